import { Button, Group, Loader, Stack, Tabs } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { CandidatesCard } from './CandidatesCard'
import { CountriesPanel } from './CountriesPanel'
import { FindingsCard } from './FindingsCard'
import { OverviewPanel } from './OverviewPanel'
import { PackStatusAlert } from './PackStatusAlert'
import { TiasTable } from './TiasTable'
import { transferColumns } from './transferColumns'

/** The transfers module: inventory, destinations overview, TIAs, and the country data. */
export function TransfersPage() {
  const { t, i18n } = useTranslation('transfers')
  const navigate = useNavigate()
  const list = useApiQuery('transfers.list', {})
  const findings = useApiQuery('transfers.findings', {})
  const columns = useMemo(() => transferColumns(t, i18n.language), [t, i18n.language])
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('ui.title')} intro={t('ui.intro')} />
        <Button onClick={() => void navigate({ to: '/transfers/new' })} data-testid="new-transfer">
          {t('ui.list.add')}
        </Button>
      </Group>
      <PackStatusAlert />
      <Tabs defaultValue="transfers" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="transfers">{t('ui.tabs.transfers')}</Tabs.Tab>
          <Tabs.Tab value="overview">{t('ui.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="tias">{t('ui.tabs.tias')}</Tabs.Tab>
          <Tabs.Tab value="countries">{t('ui.tabs.countries')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="transfers" pt="md">
          <Stack gap="md">
            <CandidatesCard />
            <ErrorAlert error={list.error} />
            {list.isPending && <Loader />}
            {list.data && (
              <DataTable
                tableId="transfers"
                columns={columns}
                data={list.data}
                getRowId={(r) => r.id}
                onRowClick={(r) =>
                  void navigate({ to: '/transfers/$transferId', params: { transferId: r.id } })
                }
                height="max(280px, calc(100vh - 520px))"
                emptyText={t('ui.list.empty')}
              />
            )}
            {findings.data && <FindingsCard findings={findings.data} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="overview" pt="md">
          <OverviewPanel />
        </Tabs.Panel>
        <Tabs.Panel value="tias" pt="md">
          <TiasTable />
        </Tabs.Panel>
        <Tabs.Panel value="countries" pt="md">
          <CountriesPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
