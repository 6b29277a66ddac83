import { Alert, Loader, SimpleGrid, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCurrentWorkspace, useProfile } from '../../api/useWorkspace'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { RunningClocksCard } from '../breaches/RunningClocksCard'
import { AuditStatusCard } from './AuditStatusCard'
import { RegisterDashboardCard } from '../register/RegisterDashboardCard'
import { DeadlinesCard } from './DeadlinesCard'
import { OrganisationSummary } from './OrganisationSummary'

export function DashboardPage() {
  const { t } = useTranslation()
  const profile = useProfile()
  const warnings = useCurrentWorkspace().data?.warnings ?? []
  return (
    <Stack gap="lg">
      <PageTitle title={t('dashboard.title')} intro={t('dashboard.intro')} />
      <RunningClocksCard />
      {warnings.map((w) => (
        <Alert key={w} color="yellow" variant="light" title={t('dashboard.warning')}>
          {w}
        </Alert>
      ))}
      {profile.isPending && <Loader />}
      <ErrorAlert error={profile.error} />
      {profile.data && <OrganisationSummary profile={profile.data} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <DeadlinesCard timeZone={profile.data?.timeZone ?? 'UTC'} />
        <AuditStatusCard />
        <RegisterDashboardCard />
      </SimpleGrid>
    </Stack>
  )
}
