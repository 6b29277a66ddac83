import { Card, Checkbox, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CHECKLIST_ITEMS } from '../../../../shared/domain/breach/response'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import { formatDateTime } from '../../../../shared/format/dateTime'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useBreachWrite } from './breachApi'

/** The guided "first hour": what to do at once, ticked off with who and when. */
export function ChecklistCard({ d }: { d: BreachDetail }) {
  const { t, i18n } = useTranslation('breach')
  const toggle = useBreachWrite('breach.checklist')
  const done = new Map(d.checklist.map((c) => [c.item, c]))
  return (
    <Card withBorder padding="lg" data-testid="first-hour">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('ui.checklist.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ui.checklist.intro')}
        </Text>
        {CHECKLIST_ITEMS.map((item) => {
          const entry = done.get(item)
          return (
            <Checkbox
              key={item}
              checked={!!entry}
              disabled={toggle.isPending}
              onChange={(e) => toggle.mutate({ breachId: d.breach.id, item, done: e.currentTarget.checked })}
              label={t(`labels.checklist.${item}`)}
              description={
                entry ? t('ui.checklist.doneBy', { who: entry.doneBy, when: formatDateTime(entry.doneAt, d.timeZone, i18n.language) }) : undefined
              }
            />
          )
        })}
        <ErrorAlert error={toggle.error} />
      </Stack>
    </Card>
  )
}
