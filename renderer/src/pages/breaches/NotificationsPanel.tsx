import { Button, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { clockLabelKey } from '../../../../shared/domain/breach/labels'
import { CHANNELS, PHASES, type NotificationInput } from '../../../../shared/domain/breach/response'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import { formatDateTime } from '../../../../shared/format/dateTime'
import { instantToLocalInput, localInputToInstant } from '../../../../shared/format/localInput'
import { RecipientSchema } from '../../../../shared/rules/breach/clock'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useBreachWrite } from './breachApi'
import { useFieldError } from './fieldError'
import { useBreachRulesText } from './useBreachRulesText'
import { DateTimeField } from '../../components/DateTimeField'

const NONE = '_none'

/** The phased notifications (Art. 33(4)) with recipient, channel, reference and content; a new one logged. */
export function NotificationsPanel({ d, now }: { d: BreachDetail; now: string }) {
  const { t, i18n } = useTranslation('breach')
  const rules = useBreachRulesText(d.timeZone)
  const authorities = useApiQuery('reference.authorities', {})
  const clocks = d.clocks.filter((c) => !c.clock.saferReadingOf)
  const firstOpen = clocks.find((c) => c.status.outstanding) ?? clocks[0]
  const [clockId, setClockId] = useState<string>(firstOpen?.clock.id ?? NONE)
  const clock = clocks.find((c) => c.clock.id === clockId)
  const [phase, setPhase] = useState<string>('initial')
  const [recipientKind, setRecipientKind] = useState<string>(firstOpen?.clock.recipient ?? 'supervisory_authority')
  const [authorityCode, setAuthorityCode] = useState<string>(d.authority?.code ?? '')
  const [recipientName, setRecipientName] = useState(d.breach.role === 'processor' ? (d.breach.controllerName ?? '') : '')
  const [channel, setChannel] = useState<string>('online_form')
  const [sentAt, setSentAt] = useState(instantToLocalInput(now, d.timeZone))
  const [reference, setReference] = useState('')
  const [content, setContent] = useState('')
  const [delayReason, setDelayReason] = useState('')
  const log = useBreachWrite('breach.logNotification', () => {
    setContent('')
    setReference('')
    setDelayReason('')
  })
  const fieldError = useFieldError(log.error)
  const chooseClock = (id: string | null) => {
    const c = clocks.find((x) => x.clock.id === id)
    setClockId(id ?? NONE)
    if (c) setRecipientKind(c.clock.recipient)
  }
  const isAuthority = recipientKind === 'supervisory_authority'

  const submit = () =>
    log.mutate({
      breachId: d.breach.id,
      clockId: clockId === NONE ? undefined : clockId,
      phase: phase as NotificationInput['phase'],
      recipientKind: recipientKind as NotificationInput['recipientKind'],
      authorityCode: isAuthority && authorityCode ? authorityCode : undefined,
      recipientName,
      channel: channel as NotificationInput['channel'],
      sentAt: localInputToInstant(sentAt, d.timeZone) ?? sentAt,
      reference,
      content,
      delayReason: delayReason || undefined,
    })

  return (
    <Stack gap="lg">
      {d.notifications.length === 0 ? (
        <Text c="dimmed">{t('ui.notify.none')}</Text>
      ) : (
        <Table striped data-testid="notifications-log">
          <Table.Thead>
            <Table.Tr>
              {(['when', 'phase', 'recipient', 'channel', 'reference', 'deadline'] as const).map((c) => (
                <Table.Th key={c}>{t(`report.col.${c}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.notifications.map((n) => (
              <Table.Tr key={n.id}>
                <Table.Td>{formatDateTime(n.sentAt, d.timeZone, i18n.language)}</Table.Td>
                <Table.Td>{t(`labels.phase.${n.phase}`)}</Table.Td>
                <Table.Td>
                  {n.recipientName}
                  <Text size="xs" c="dimmed">
                    {t(`labels.recipient.${n.recipientKind}`)}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`labels.channel.${n.channel}`)}</Table.Td>
                <Table.Td>{n.reference ?? ''}</Table.Td>
                <Table.Td>{n.clockId ? t(clockLabelKey(n.clockId)) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={4}>{t('ui.notify.log')}</Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Select
          label={t('ui.notify.clock')}
          data={[
            { value: NONE, label: t('ui.notify.noClock') },
            ...clocks.map((c) => ({ value: c.clock.id, label: t(clockLabelKey(c.clock.id), { defaultValue: rules.message(c.clock.labelMessage) }) })),
          ]}
          value={clockId}
          onChange={chooseClock}
          allowDeselect={false}
          error={fieldError('clockId')}
        />
        <Select
          label={t('ui.notify.phase')}
          data={PHASES.map((p) => ({ value: p, label: t(`labels.phase.${p}`) }))}
          value={phase}
          onChange={(v) => v && setPhase(v)}
          allowDeselect={false}
        />
        <Select
          label={t('ui.notify.recipientKind')}
          data={RecipientSchema.options.map((r) => ({ value: r, label: t(`labels.recipient.${r}`) }))}
          value={recipientKind}
          onChange={(v) => v && setRecipientKind(v)}
          allowDeselect={false}
        />
        {isAuthority && (
          <Select
            label={t('ui.notify.authority')}
            data={(authorities.data ?? []).map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))}
            value={authorityCode || null}
            onChange={(v) => setAuthorityCode(v ?? '')}
            searchable
            clearable
            error={fieldError('authorityCode')}
          />
        )}
        <TextInput
          label={t('ui.notify.recipientName')}
          description={isAuthority ? t('ui.notify.recipientNameHelp') : undefined}
          value={recipientName}
          onChange={(e) => setRecipientName(e.currentTarget.value)}
          error={fieldError('recipientName')}
        />
        <Select
          label={t('ui.notify.channel')}
          data={CHANNELS.map((c) => ({ value: c, label: t(`labels.channel.${c}`) }))}
          value={channel}
          onChange={(v) => v && setChannel(v)}
          allowDeselect={false}
        />
        <DateTimeField
          label={t('ui.notify.sentAt')}
          description={t('ui.form.inZone', { timeZone: d.timeZone })}
          value={sentAt}
          onChange={setSentAt}
          error={fieldError('sentAt')}
          data-testid="field-sentAt"
        />
        <TextInput label={t('ui.notify.reference')} value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={fieldError('reference')} />
      </SimpleGrid>
      <Textarea label={t('ui.notify.content')} description={t('ui.notify.contentHelp')} value={content} onChange={(e) => setContent(e.currentTarget.value)} error={fieldError('content')} autosize minRows={3} required />
      {clock && clock.status.secondsLeft < 0 && (
        <Textarea
          label={t('ui.clocks.delayReason')}
          description={t('ui.clocks.delayReasonHelp')}
          value={delayReason}
          onChange={(e) => setDelayReason(e.currentTarget.value)}
          error={fieldError('delayReason')}
          autosize
          minRows={2}
        />
      )}
      <ErrorAlert error={log.error} />
      <Group justify="flex-end">
        <Button onClick={submit} loading={log.isPending} data-testid="log-notification">
          {t('ui.notify.save')}
        </Button>
      </Group>
    </Stack>
  )
}
