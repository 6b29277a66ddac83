import { Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { SummaryReportCard } from './SummaryReportCard'

export function ReportsPage() {
  const { t } = useTranslation()
  return (
    <Stack gap="lg" maw={900}>
      <PageTitle title={t('reports.title')} intro={t('reports.intro')} />
      <SummaryReportCard />
    </Stack>
  )
}
