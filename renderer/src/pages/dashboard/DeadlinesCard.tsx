import { Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Deadline } from '../../../../shared/domain/deadline'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatInstant } from '../../format/formatInstant'

const SHOWN = 8
const STATUS_COLOR: Record<Deadline['status'], string> = {
  pending: 'blue',
  met: 'green',
  missed: 'red',
  late_with_reason: 'orange',
  not_required: 'gray',
}

/** Deadlines exactly as the backend computed them, soonest first; the renderer never computes one. */
export function DeadlinesCard({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation()
  const deadlines = useApiQuery('deadlines.list', {})
  const list = deadlines.data ?? []
  return (
    <Card withBorder padding="lg" data-testid="deadlines">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('dashboard.deadlines.title')}
        </Title>
        {deadlines.isPending && <Loader size="sm" />}
        <ErrorAlert error={deadlines.error} />
        {deadlines.data && list.length === 0 && (
          <>
            <Text size="sm">{t('dashboard.deadlines.empty')}</Text>
            <Text size="sm" c="dimmed">
              {t('dashboard.deadlines.later')}
            </Text>
          </>
        )}
        {list.slice(0, SHOWN).map((d) => (
          <Stack key={d.key} gap={2}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" fw={600} lineClamp={1}>
                {d.title}
              </Text>
              <Badge color={STATUS_COLOR[d.status]} variant="light" style={{ flexShrink: 0 }}>
                {t(`dashboard.deadlines.status.${d.status}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {t(d.legal ? 'dashboard.deadlines.due' : 'dashboard.deadlines.target', {
                when: formatInstant(d.dueAt, timeZone, i18n.language),
              })}
            </Text>
            <Text size="xs" c="dimmed">
              {d.explanation}
            </Text>
          </Stack>
        ))}
        {list.length > SHOWN && (
          <Text size="sm" c="dimmed">
            {t('dashboard.deadlines.more', { count: list.length - SHOWN })}
          </Text>
        )}
      </Stack>
    </Card>
  )
}
