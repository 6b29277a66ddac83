import { Accordion, Alert, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core'
import { OPEN_STATUSES } from '../../../../shared/domain/dsar/enums'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { useDsarFormat } from './dsarFormat'

/** The case's clock, big: the legal limit, days left, why this date, pauses and extension — all as the core computed them. */
export function ClockCard({ view }: { view: DsarCaseView }) {
  const f = useDsarFormat()
  const { t } = f
  const k = view.clock
  const c = view.case
  const replied = c.answeredOn !== null && k.onTime !== null
  const open = OPEN_STATUSES.includes(c.status)
  const color = k.overdue ? 'red' : open && k.daysLeft <= 7 ? 'orange' : replied && !k.onTime ? 'red' : 'blue'
  const left = replied
    ? `${t('ui.case.replied', { date: f.day(c.answeredOn as string) })} — ${t(k.onTime ? 'ui.case.repliedOnTime' : 'ui.case.repliedLate')}`
    : k.overdue
      ? t('ui.case.overdue', { count: -k.daysLeft })
      : k.daysLeft === 0
        ? t('ui.case.dueToday')
        : open
          ? t('ui.case.daysLeft', { count: k.daysLeft })
          : ''
  const clockStart = k.perType.find((p) => p.requestType === k.mainType)?.clockStart ?? k.receivedDate
  return (
    <Card withBorder padding="lg" data-testid="dsar-clock">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
              {t('ui.case.dueLabel')}
            </Text>
            <Title order={2} style={{ fontSize: '2.2rem' }} data-testid="dsar-due">
              {f.long(k.due)}
            </Title>
            <Text size="lg" fw={700} c={color} data-testid="dsar-days-left">
              {left}
            </Text>
          </Stack>
          <Stack gap={4} align="flex-end">
            <Badge size="lg" variant="light">
              {t(`dsar:regimes.${c.regime}`)}
            </Badge>
            <Text size="sm">{t('ui.case.target', { date: f.day(k.target) })}</Text>
            <Text size="sm" c="dimmed">
              {t('ui.case.received', { when: f.day(k.receivedDate) })} ·{' '}
              {t('ui.case.clockStart', { date: f.day(clockStart) })}
            </Text>
            <Text size="sm" c="dimmed">
              {f.calendar(k.calendar)}
            </Text>
          </Stack>
        </Group>
        {k.waiting && (
          <Alert color="yellow" variant="light" data-testid="dsar-waiting">
            {t(`next.waiting.${k.waiting.kind}`, { since: f.long(k.waiting.since) })}
          </Alert>
        )}
        {k.extended && c.extension && (
          <Text size="sm" data-testid="dsar-extended">
            {t('ui.case.extended', { on: f.day(c.extension.on), from: f.day(k.firstDue), to: f.day(k.due) })}
          </Text>
        )}
        <List size="sm" spacing={2}>
          {!k.extended && k.extensionNoticeBy && open && (
            <List.Item>{t('ui.case.extensionNoticeBy', { date: f.day(k.extensionNoticeBy) })}</List.Item>
          )}
          {k.refusalNoticeBy && open && (
            <List.Item>{t('ui.case.refusalNoticeBy', { date: f.day(k.refusalNoticeBy) })}</List.Item>
          )}
          {k.acknowledgeBy && open && (
            <List.Item>{t('ui.case.acknowledgeBy', { date: f.day(k.acknowledgeBy) })}</List.Item>
          )}
          {k.unpausedTarget && k.unpausedDue && (
            <List.Item data-testid="dsar-unpaused">
              {t('ui.case.unpaused', { target: f.day(k.unpausedTarget), due: f.day(k.unpausedDue) })}
            </List.Item>
          )}
          {k.pausedDays !== undefined && k.pausedDays > 0 && (
            <List.Item>{t('ui.case.pausedDays', { count: k.pausedDays })}</List.Item>
          )}
          {k.pauses.map((p) => (
            <List.Item key={p.from} data-testid="dsar-pause">
              {p.to
                ? t('ui.case.pause', { from: f.day(p.from), to: f.day(p.to) })
                : t('ui.case.pauseOpen', { from: f.day(p.from) })}
            </List.Item>
          ))}
        </List>
        {k.keepsRunning && open && (
          <Alert color="blue" variant="light" data-testid="dsar-keeps-running">
            {t('ui.case.keepsRunning')}
          </Alert>
        )}
        <Accordion variant="contained" defaultValue="why">
          <Accordion.Item value="why">
            <Accordion.Control>{t('ui.case.why')}</Accordion.Control>
            <Accordion.Panel>
              <List size="sm" spacing={4} data-testid="dsar-why">
                {k.messages.map((m, i) => (
                  <List.Item key={i}>{f.message(m)}</List.Item>
                ))}
              </List>
            </Accordion.Panel>
          </Accordion.Item>
          {k.readings.length > 0 && (
            <Accordion.Item value="readings">
              <Accordion.Control>{t('ui.case.readings')}</Accordion.Control>
              <Accordion.Panel>
                <List size="sm" spacing={4}>
                  {k.readings.map((r) => (
                    <List.Item key={r.id}>
                      {t('report.clock.reading', {
                        question: f.message({ key: `readings.${r.id}.question`, params: r.params }),
                        chosen: f.message({ key: `readings.${r.id}.chosen`, params: r.params }),
                        alternative: f.message({ key: `readings.${r.id}.alternative`, params: r.params }),
                        why: f.message({ key: `readings.${r.id}.why`, params: r.params }),
                      })}
                    </List.Item>
                  ))}
                </List>
              </Accordion.Panel>
            </Accordion.Item>
          )}
          {k.perType.length > 1 && (
            <Accordion.Item value="types">
              <Accordion.Control>{t('ui.case.perType')}</Accordion.Control>
              <Accordion.Panel>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('report.clock.colType')}</Table.Th>
                      <Table.Th>{t('report.clock.colTarget')}</Table.Th>
                      <Table.Th>{t('report.clock.colDue')}</Table.Th>
                      <Table.Th>{t('report.clock.colExtended')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {k.perType.map((p) => (
                      <Table.Tr key={p.requestType}>
                        <Table.Td>{f.type(p.requestType)}</Table.Td>
                        <Table.Td>{f.day(p.target)}</Table.Td>
                        <Table.Td>{f.day(p.due)}</Table.Td>
                        <Table.Td>{p.extendedDue ? f.day(p.extendedDue) : '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Accordion.Panel>
            </Accordion.Item>
          )}
        </Accordion>
      </Stack>
    </Card>
  )
}
