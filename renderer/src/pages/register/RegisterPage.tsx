import { Alert, Button, Code, Group, Loader, Stack } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { DataTable } from '../../components/DataTable'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { activityColumns } from './activityColumns'
import { CompletenessPanel } from './CompletenessPanel'
import { useActivities } from './registerApi'
import { RegisterImportExport } from './RegisterImportExport'
import { RegisterTabs } from './RegisterTabs'

/** The register of processing activities (Art. 30): every activity, filterable, and what is still missing. */
export function RegisterPage() {
  const { t, i18n } = useTranslation('register')
  const navigate = useNavigate()
  const list = useActivities()
  const columns = useMemo(() => activityColumns(t, i18n.language), [t, i18n.language])
  const pdf = useMutation({ mutationFn: () => call('report.create', { type: 'ropa' }) })
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('ui.list.title')} intro={t('ui.list.intro')} />
        <Group gap="sm">
          <RegisterImportExport />
          <Button variant="default" onClick={() => pdf.mutate()} loading={pdf.isPending} data-testid="register-pdf">
            {t('ui.list.pdf')}
          </Button>
          <Button variant="default" onClick={() => void navigate({ to: '/register/activities/new' })} data-testid="new-activity-blank">
            {t('ui.list.newBlank')}
          </Button>
          <Button onClick={() => void navigate({ to: '/register/new' })} data-testid="new-activity">
            {t('ui.list.newFromTemplate')}
          </Button>
        </Group>
      </Group>
      <RegisterTabs active="activities" />
      <ErrorAlert error={pdf.error} title={t('ui.list.pdfFailed')} />
      {pdf.data && (
        <Alert color="green" variant="light" title={t('ui.list.pdfWritten')} withCloseButton onClose={() => pdf.reset()}>
          <Code>{pdf.data.path}</Code>
        </Alert>
      )}
      <CompletenessPanel limit={8} />
      <ErrorAlert error={list.error} />
      {list.isPending && <Loader />}
      {list.data && (
        <DataTable
          tableId="register-activities"
          columns={columns}
          data={list.data}
          getRowId={(r) => r.id}
          initialSorting={[{ id: 'name', desc: false }]}
          onRowClick={(r) => void navigate({ to: `/register/activities/${r.id}` })}
          height="max(320px, calc(100vh - 420px))"
          emptyText={t('ui.list.empty')}
        />
      )}
    </Stack>
  )
}
