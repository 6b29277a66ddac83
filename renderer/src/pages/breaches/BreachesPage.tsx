import { Button, Group, Loader, Stack } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../components/DataTable'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { breachColumns } from './breachColumns'
import { useBreachList } from './breachApi'
import { RunningClocksCard } from './RunningClocksCard'

/** The breaches of the workspace (drills never appear): status, severity, next deadline, time left. */
export function BreachesPage() {
  const { t, i18n } = useTranslation('breach')
  const navigate = useNavigate()
  const list = useBreachList()
  const timeZone = list.data?.timeZone ?? 'UTC'
  const coreNow = list.data?.now ?? ''
  const columns = useMemo(() => breachColumns(t, timeZone, i18n.language, coreNow), [t, timeZone, i18n.language, coreNow])
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('ui.list.title')} intro={t('ui.list.intro')} />
        <Button onClick={() => void navigate({ to: '/breaches/new' })} data-testid="new-breach">
          {t('ui.list.new')}
        </Button>
      </Group>
      <RunningClocksCard />
      <ErrorAlert error={list.error} />
      {list.isPending && <Loader />}
      {list.data && (
        <DataTable
          tableId="breaches"
          columns={columns}
          data={list.data.items}
          getRowId={(r) => r.id}
          onRowClick={(r) => void navigate({ to: `/breaches/${r.id}` })}
          emptyText={t('ui.list.empty')}
        />
      )}
    </Stack>
  )
}
