import { Button, Group, Loader, Stack } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { useMemo } from 'react'
import { DataTable } from '../../components/DataTable'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { dsarColumns } from './dsarColumns'
import { useDsarList } from './dsarApi'
import { useDsarFormat } from './dsarFormat'
import { RetentionCard } from './RetentionCard'

/** Every data-subject request with its legal limit and days left, overdue ones first. */
export function RequestsPage() {
  const f = useDsarFormat()
  const navigate = useNavigate()
  const list = useDsarList()
  const columns = useMemo(() => dsarColumns(f), [f.lang])
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={f.t('ui.list.title')} intro={f.t('ui.list.intro')} />
        <Button onClick={() => void navigate({ to: '/requests/new' })} data-testid="new-request">
          {f.t('ui.list.new')}
        </Button>
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending && <Loader />}
      {list.data && (
        <DataTable
          tableId="dsar"
          columns={columns}
          data={list.data}
          getRowId={(r) => r.id}
          initialSorting={[{ id: 'daysLeft', desc: false }]}
          onRowClick={(r) => void navigate({ to: `/requests/${r.id}` })}
          height="max(320px, calc(100vh - 420px))"
          emptyText={f.t('ui.list.empty')}
        />
      )}
      <RetentionCard />
    </Stack>
  )
}
