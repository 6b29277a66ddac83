import { Anchor, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import type { Deadline } from '../../../../shared/domain/deadline'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatInstant } from '../../format/formatInstant'

const SHOWN = 8
/** The dashboard looks two weeks ahead; overdue clocks always show (deadlines.list keeps them). */
const WITHIN_DAYS = 14
/** Where a module's case opens, for the deadlines that link to it. */
const CASE_ROUTE: Partial<Record<Deadline['module'], string>> = { dsar: '/requests/' }
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
  const deadlines = useApiQuery('deadlines.list', { withinDays: WITHIN_DAYS })
  // What still needs doing: open clocks due within the window, and overdue ones (met/closed ones drop off).
  const list = (deadlines.data ?? []).filter((d) => d.status === 'pending' || d.status === 'missed')
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
            {CASE_ROUTE[d.module] && (
              <Anchor component={Link} to={`${CASE_ROUTE[d.module]}${d.entityId}`} size="xs" data-testid={`deadline-link-${d.entityId}`}>
                {t('dashboard.deadlines.open')}
              </Anchor>
            )}
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
