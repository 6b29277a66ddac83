import { Alert, Badge, Button, Group, Loader, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core'
import { Link, useParams } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { AssessmentPanel } from './AssessmentPanel'
import { BreachReportsMenu } from './BreachReportsMenu'
import { ChecklistCard } from './ChecklistCard'
import { ClockStatusBadge } from './ClockStatusBadge'
import { ClocksPanel } from './ClocksPanel'
import { DecisionPanel } from './DecisionPanel'
import { FactsPanel } from './FactsPanel'
import { ImpactPanel } from './ImpactPanel'
import { NotificationsPanel } from './NotificationsPanel'
import { TimelinePanel } from './TimelinePanel'
import { useBreach, useBreachWrite } from './breachApi'

/** One breach: live countdowns per regime, the first-hour checklist, facts, assessment, decision, log. */
export function BreachPage() {
  const { t } = useTranslation('breach')
  const { breachId } = useParams({ strict: false }) as { breachId: string }
  const q = useBreach(breachId)
  const setStatus = useBreachWrite('breach.setStatus')
  if (q.isPending) return <Loader />
  if (!q.data) return <ErrorAlert error={q.error} />
  const d = q.data
  const b = d.breach
  const severity = d.assessments[0]?.severity
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            <Link to="/breaches">{t('ui.list.title')}</Link> / {b.ref}
          </Text>
          <Title order={2}>{b.title}</Title>
          <Group gap="xs">
            <Badge variant="light" color={b.status === 'open' ? 'red' : 'gray'}>
              {t(`labels.status.${b.status}`)}
            </Badge>
            {severity && <Badge variant="light">{t('ui.assess.score', { score: severity.score, level: t(`labels.severity.${severity.level}`) })}</Badge>}
            {d.overallStatus && <ClockStatusBadge status={d.overallStatus} legal={d.nextClock?.legal ?? true} />}
          </Group>
        </Stack>
        <Group>
          <BreachReportsMenu breachId={b.id} />
          <Button
            variant="default"
            loading={setStatus.isPending}
            onClick={() => setStatus.mutate({ id: b.id, status: b.status === 'open' ? 'closed' : 'open' })}
          >
            {b.status === 'open' ? t('ui.page.close') : t('ui.page.reopen')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={setStatus.error} />
      {b.drill && <Alert color="grape">{t('ui.page.drill')}</Alert>}
      <ClocksPanel d={d} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ChecklistCard d={d} />
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('ui.page.timeline')}
          </Title>
          <TimelinePanel d={d} />
        </Stack>
      </SimpleGrid>
      <Tabs defaultValue="decision" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="facts">{t('ui.page.tabs.facts')}</Tabs.Tab>
          <Tabs.Tab value="assessment">{t('ui.page.tabs.assessment')}</Tabs.Tab>
          <Tabs.Tab value="decision">{t('ui.page.tabs.decision')}</Tabs.Tab>
          <Tabs.Tab value="notifications">{t('ui.page.tabs.notifications', { count: d.notifications.length })}</Tabs.Tab>
          <Tabs.Tab value="impact">{t('ui.page.tabs.impact')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="facts" pt="md">
          <FactsPanel d={d} />
        </Tabs.Panel>
        <Tabs.Panel value="assessment" pt="md">
          <AssessmentPanel d={d} />
        </Tabs.Panel>
        <Tabs.Panel value="decision" pt="md">
          <DecisionPanel d={d} now={d.now} />
        </Tabs.Panel>
        <Tabs.Panel value="notifications" pt="md">
          <NotificationsPanel d={d} now={d.now} />
        </Tabs.Panel>
        <Tabs.Panel value="impact" pt="md">
          <ImpactPanel id={b.id} timeZone={d.timeZone} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
