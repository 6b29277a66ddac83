import { Table, Text } from '@mantine/core'
import { timelineText } from '../../../../shared/format/dsarText'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { useDsarFormat } from './dsarFormat'

/** Everything that happened on the case, in date order (the audit log holds who changed what). */
export function HistoryPanel({ view }: { view: DsarCaseView }) {
  const f = useDsarFormat()
  return (
    <Table striped data-testid="dsar-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>{f.t('report.timeline.colDate')}</Table.Th>
          <Table.Th>{f.t('report.timeline.colWhat')}</Table.Th>
          <Table.Th>{f.t('report.timeline.colDetail')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {view.timeline.map((item, i) => {
          const { what, detail } = timelineText(item, f.text)
          return (
            <Table.Tr key={i}>
              <Table.Td>{f.day(item.date)}</Table.Td>
              <Table.Td>{what}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {detail}
                </Text>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
