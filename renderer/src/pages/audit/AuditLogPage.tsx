import { Loader, Stack, Text } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../../../shared/domain/audit'
import { useApiQuery } from '../../api/queries'
import { useProfile } from '../../api/useWorkspace'
import { DataTable } from '../../components/DataTable'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { AuditEntryDrawer } from './AuditEntryDrawer'
import { auditColumns } from './auditColumns'
import { VerifyAuditPanel } from './VerifyAuditPanel'

const LIMIT = 5000

export function AuditLogPage() {
  const { t, i18n } = useTranslation()
  const timeZone = useProfile().data?.timeZone ?? 'UTC'
  const list = useApiQuery('audit.list', { limit: LIMIT })
  const [selected, setSelected] = useState<AuditEntry | null>(null)
  const columns = useMemo(() => auditColumns(t, timeZone, i18n.language), [t, timeZone, i18n.language])

  return (
    <Stack gap="md">
      <PageTitle title={t('audit.title')} intro={t('audit.intro', { timeZone })} />
      <VerifyAuditPanel />
      <ErrorAlert error={list.error} />
      {list.isPending && <Loader />}
      {list.data && (
        <>
          {list.data.total > list.data.rows.length && (
            <Text size="sm" c="dimmed">
              {t('audit.truncated', { shown: list.data.rows.length, total: list.data.total })}
            </Text>
          )}
          <DataTable
            tableId="audit"
            columns={columns}
            data={list.data.rows}
            getRowId={(r) => String(r.id)}
            initialSorting={[{ id: 'id', desc: true }]}
            onRowClick={setSelected}
            height="max(320px, calc(100vh - 380px))"
            emptyText={t('audit.empty')}
          />
        </>
      )}
      <AuditEntryDrawer entry={selected} timeZone={timeZone} onClose={() => setSelected(null)} />
    </Stack>
  )
}
