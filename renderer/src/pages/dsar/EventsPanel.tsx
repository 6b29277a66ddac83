import { Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { DSAR_EVENT_KINDS, OPEN_STATUSES, type DsarEventKind } from '../../../../shared/domain/dsar/enums'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDsarWrite } from './dsarApi'
import { useDsarFormat, useFieldError } from './dsarFormat'
import { DateField } from '../../components/DateField'

/** Identity, fee and clarification events: under UK GDPR they start and stop the clock (Art. 12A). */
export function EventsPanel({ view }: { view: DsarCaseView }) {
  const f = useDsarFormat()
  const { t } = f
  const c = view.case
  const editable = OPEN_STATUSES.includes(c.status) && !c.purgedAt
  const [kind, setKind] = useState<DsarEventKind>('id_requested')
  const [on, setOn] = useState(view.clock.today)
  const [reason, setReason] = useState('')
  const add = useDsarWrite('dsar.eventAdd', () => setReason(''))
  const del = useDsarWrite('dsar.eventDelete')
  const fieldError = useFieldError(add.error)
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {c.regime === 'uk' ? t('ui.events.introUk') : t('ui.events.introEu')}
      </Text>
      {c.events.length === 0 ? (
        <Text size="sm">{t('ui.events.empty')}</Text>
      ) : (
        <Table striped data-testid="dsar-events">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ui.events.on')}</Table.Th>
              <Table.Th>{t('ui.events.kind')}</Table.Th>
              <Table.Th>{t('ui.events.reason')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.events.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{f.day(e.on)}</Table.Td>
                <Table.Td>{t(`events.${e.kind}`)}</Table.Td>
                <Table.Td>{e.reason ?? '—'}</Table.Td>
                <Table.Td>
                  {editable && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => del.mutate({ caseId: c.id, id: e.id })}
                    >
                      {t('ui.events.delete')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorAlert error={del.error} />
      {editable && (
        <Card withBorder padding="md">
          <Stack gap="xs">
            <Title order={4} size="h5">
              {t('ui.events.add')}
            </Title>
            <Group grow align="flex-start">
              <Select
                label={t('ui.events.kind')}
                data={DSAR_EVENT_KINDS.map((k) => ({ value: k, label: t(`events.${k}`) }))}
                value={kind}
                onChange={(v) => v && setKind(v as DsarEventKind)}
                allowDeselect={false}
                error={fieldError('kind')}
                data-testid="dsar-event-kind"
              />
              <DateField
                label={t('ui.events.on')}
                value={on}
                onChange={setOn}
                error={fieldError('on')}
                data-testid="dsar-event-on"
              />
            </Group>
            <TextInput
              label={t('ui.events.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError('reason')}
              data-testid="dsar-event-reason"
            />
            <Group>
              <Button
                onClick={() => add.mutate({ caseId: c.id, kind, on, reason })}
                loading={add.isPending}
                data-testid="dsar-event-add"
              >
                {t('ui.events.add')}
              </Button>
            </Group>
            {!fieldError('kind') && !fieldError('on') && !fieldError('reason') && (
              <ErrorAlert error={add.error} />
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  )
}
