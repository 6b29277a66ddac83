import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { clockLabelKey } from '../../../../shared/domain/breach/labels'
import { formatDateTime } from '../../../../shared/format/dateTime'
import { ErrorAlert } from '../../components/ErrorAlert'
import { ClockStatusBadge } from './ClockStatusBadge'
import { Countdown } from './Countdown'
import { useRunningClocks } from './breachApi'

/** Every running breach clock, soonest first; shown on top of the dashboard. Nothing when none runs. */
export function RunningClocksCard() {
  const { t, i18n } = useTranslation('breach')
  const q = useRunningClocks()
  if (q.error) return <ErrorAlert error={q.error} />
  const clocks = q.data?.clocks ?? []
  if (!q.data || clocks.length === 0) return null
  const tz = q.data.timeZone
  return (
    <Card withBorder padding="lg" data-testid="running-clocks" style={{ borderColor: 'var(--mantine-color-red-4)' }}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('ui.running.title', { count: clocks.length })}
        </Title>
        {clocks.map((c) => (
          <Group key={`${c.breachId}:${c.clockId}`} justify="space-between" wrap="nowrap" gap="md">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/breaches/${c.breachId}`} fw={600} lineClamp={1}>
                {c.ref} — {c.title}
              </Anchor>
              <Text size="sm">{t(clockLabelKey(c.clockId))}</Text>
              <Text size="xs" c="dimmed">
                {t(c.legal ? 'ui.clocks.due' : 'ui.clocks.target', { when: formatDateTime(c.deadline, tz, i18n.language) })}
              </Text>
            </Stack>
            <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
              <Countdown deadline={c.deadline} coreNow={q.data.now} fw={700} size="lg" />
              <ClockStatusBadge status={c.status} legal={c.legal} size="sm" />
            </Stack>
          </Group>
        ))}
      </Stack>
    </Card>
  )
}
