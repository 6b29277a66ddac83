import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { clockLabelKey } from '../../../../shared/domain/breach/labels'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import { formatDateTime } from '../../../../shared/format/dateTime'
import { ErrorAlert } from '../../components/ErrorAlert'
import { ClockStatusBadge } from './ClockStatusBadge'
import { Countdown } from './Countdown'
import { useBreachWrite } from './breachApi'
import { useFieldError } from './fieldError'
import { useBreachRulesText } from './useBreachRulesText'

type Clock = BreachDetail['clocks'][number]

function DelayReasonForm({ breachId, clockId }: { breachId: string; clockId: string }) {
  const { t } = useTranslation('breach')
  const [reason, setReason] = useState('')
  const save = useBreachWrite('breach.recordDelayReason')
  const fieldError = useFieldError(save.error)
  return (
    <Stack gap={6}>
      <Textarea
        label={t('ui.clocks.delayReason')}
        description={t('ui.clocks.delayReasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError('reason')}
        autosize
        minRows={2}
      />
      <ErrorAlert error={save.error && !fieldError('reason') ? save.error : null} />
      <Group justify="flex-end">
        <Button size="xs" loading={save.isPending} onClick={() => save.mutate({ breachId, clockId, reason })}>
          {t('ui.clocks.saveReason')}
        </Button>
      </Group>
    </Stack>
  )
}

function ClockCard({ c, breachId, coreNow, timeZone }: { c: Clock; breachId: string; coreNow: string; timeZone: string }) {
  const { t, i18n } = useTranslation('breach')
  const [showReason, setShowReason] = useState(false)
  const rules = useBreachRulesText(timeZone)
  const s = c.status
  const color = s.status === 'missed' ? 'red' : s.status === 'pending' ? 'blue' : s.status === 'late_with_reason' ? 'orange' : 'gray'
  return (
    <Card withBorder padding="md" data-testid={`clock-${c.clock.id}`} data-status={s.status} style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700}>{t(clockLabelKey(c.clock.id), { defaultValue: rules.message(c.clock.labelMessage) })}</Text>
          <Badge variant="outline" style={{ flexShrink: 0 }}>
            {t(`labels.regime.${c.clock.regime}`)}
          </Badge>
        </Group>
        {s.outstanding ? <Countdown deadline={c.clock.deadline} coreNow={coreNow} size="xl" fw={700} /> : null}
        <Text size="sm" data-testid="clock-deadline">
          {t(c.clock.isLegalPeriod ? 'ui.clocks.due' : 'ui.clocks.target', {
            when: formatDateTime(c.clock.deadline, timeZone, i18n.language),
          })}
        </Text>
        <Group gap="xs">
          <ClockStatusBadge status={s.status} legal={c.clock.isLegalPeriod} />
          {c.metAt && (
            <Text size="xs" c="dimmed">
              {t('ui.clocks.sentAt', { when: formatDateTime(c.metAt, timeZone, i18n.language) })}
            </Text>
          )}
        </Group>
        {!c.clock.isLegalPeriod && (
          <Text size="xs" c="orange">
            {t('ui.clocks.targetNote')}
          </Text>
        )}
        {c.clock.saferReadingOf && (
          <Text size="xs" c="orange">
            {t('ui.clocks.saferNote')}
          </Text>
        )}
        {s.delayReason && (
          <Text size="sm">
            {t('ui.clocks.reasonRecorded')} {s.delayReason}
          </Text>
        )}
        <Text size="xs" c="dimmed" data-testid="clock-explanation">
          {rules.messages(c.clock.explanationMessages)}
        </Text>
        {s.reasonRequired && !showReason && (
          <Button size="xs" color="red" variant="light" onClick={() => setShowReason(true)}>
            {t('ui.clocks.recordReason')}
          </Button>
        )}
        {showReason && <DelayReasonForm breachId={breachId} clockId={c.clock.id} />}
      </Stack>
    </Card>
  )
}

/** One big countdown per clock that runs for this breach, with its deadline in the organisation's zone. */
export function ClocksPanel({ d }: { d: BreachDetail }) {
  const { t } = useTranslation('breach')
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('ui.clocks.title')}
      </Title>
      {d.clocks.length === 0 ? (
        <Text c="dimmed">{t('ui.clocks.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {d.clocks.map((c) => (
            <ClockCard key={c.clock.id} c={c} breachId={d.breach.id} coreNow={d.now} timeZone={d.timeZone} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  )
}
