import { Badge, Card, Group, List, Loader, Modal, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core'
import { Link, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { ErrorAlert } from '../../components/ErrorAlert'
import { CaseActions } from './CaseActions'
import { ClockCard } from './ClockCard'
import { STATUS_COLOR } from './dsarColumns'
import { useDsarCase } from './dsarApi'
import { useDsarFormat } from './dsarFormat'
import { DecisionsPanel } from './DecisionsPanel'
import { EventsPanel } from './EventsPanel'
import { FilesPanel } from './FilesPanel'
import { HistoryPanel } from './HistoryPanel'
import { LettersPanel } from './LettersPanel'
import { OverviewPanel } from './OverviewPanel'
import { RequestForm } from './RequestForm'
import { SearchPanel } from './SearchPanel'

/** One request: the clock shown big, what to do next, and its records. */
export function CasePage() {
  const f = useDsarFormat()
  const { t } = f
  const { caseId } = useParams({ strict: false }) as { caseId: string }
  const q = useDsarCase(caseId)
  const [editing, setEditing] = useState(false)
  if (q.isPending) return <Loader />
  if (!q.data) return <ErrorAlert error={q.error} />
  const view = q.data
  const c = view.case
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            <Link to="/requests">{t('ui.case.back')}</Link> / {c.id}
          </Text>
          <Title order={2}>
            {c.id} — {c.requesterName ?? t('ui.list.erased')}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color={STATUS_COLOR[c.status]} data-testid="dsar-status">
              {t(`status.${c.status}`)}
            </Badge>
            {c.requestTypes.map((x) => (
              <Badge key={x} variant="outline">
                {f.type(x)}
              </Badge>
            ))}
          </Group>
        </Stack>
        <CaseActions view={view} onEdit={() => setEditing(true)} />
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
        <div style={{ gridColumn: 'span 2' }}>
          <ClockCard view={view} />
        </div>
        <Card withBorder padding="lg" data-testid="dsar-next">
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('ui.case.nextSteps')}
            </Title>
            <List size="sm" spacing={6}>
              {view.nextSteps.map((s) => (
                <List.Item key={s.key}>{f.note(s)}</List.Item>
              ))}
            </List>
            {view.retention.endsOn && !c.purgedAt && (
              <Text size="xs" c="dimmed">
                {t('ui.case.retentionEnds', { date: f.day(view.retention.endsOn) })}
              </Text>
            )}
          </Stack>
        </Card>
      </SimpleGrid>
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('ui.case.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="events">{t('ui.case.tabs.events')}</Tabs.Tab>
          <Tabs.Tab value="search">{t('ui.case.tabs.search')}</Tabs.Tab>
          <Tabs.Tab value="decisions">{t('ui.case.tabs.decisions')}</Tabs.Tab>
          <Tabs.Tab value="letters">{t('ui.case.tabs.letters')}</Tabs.Tab>
          <Tabs.Tab value="files">{t('ui.case.tabs.files')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('ui.case.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewPanel view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="events" pt="md">
          <EventsPanel view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="search" pt="md">
          <SearchPanel view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="decisions" pt="md">
          <DecisionsPanel view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="letters" pt="md">
          <LettersPanel view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="files" pt="md">
          <FilesPanel view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel view={view} />
        </Tabs.Panel>
      </Tabs>
      {editing && (
        <Modal
          opened
          onClose={() => setEditing(false)}
          title={t('ui.form.titleEdit', { id: c.id })}
          size="xl"
        >
          <RequestForm existing={c} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        </Modal>
      )}
    </Stack>
  )
}
