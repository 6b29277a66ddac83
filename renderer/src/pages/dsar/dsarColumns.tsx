import { Badge, Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { DsarListRow } from '../../../../shared/domain/dsar/views'
import type { useDsarFormat } from './dsarFormat'

type F = ReturnType<typeof useDsarFormat>

export const STATUS_COLOR: Record<DsarListRow['status'], string> = {
  received: 'blue',
  identity_check: 'cyan',
  in_progress: 'indigo',
  extended: 'orange',
  answered: 'green',
  refused: 'grape',
  withdrawn: 'gray',
  closed: 'gray',
}

/** Sort key of "days left": open requests by days left (overdue first), replied ones after them. */
const urgency = (r: DsarListRow) => (r.open ? r.daysLeft : 100_000 - r.daysLeft)

function daysText(r: DsarListRow, f: F): string {
  if (!r.open) return r.onTime === null ? '—' : f.t('ui.list.replied')
  if (r.overdue) return f.t('ui.list.overdue', { count: -r.daysLeft })
  if (r.daysLeft === 0) return f.t('ui.list.dueToday')
  return f.t('ui.list.daysLeft', { count: r.daysLeft })
}

/** Columns of the requests list; every date and day count is the core's. */
export function dsarColumns(f: F): ColumnDef<DsarListRow>[] {
  const { t } = f
  return [
    { id: 'id', accessorKey: 'id', header: t('ui.list.colRef'), size: 130 },
    {
      id: 'requester',
      accessorFn: (r) => r.requesterName ?? t('ui.list.erased'),
      header: t('ui.list.colRequester'),
      size: 160,
    },
    {
      id: 'status',
      accessorKey: 'status',
      header: t('ui.list.colStatus'),
      size: 140,
      meta: { text: (v) => t(`status.${v as string}`) },
      cell: (c) => (
        <Badge variant="light" color={STATUS_COLOR[c.row.original.status]}>
          {t(`status.${c.row.original.status}`)}
        </Badge>
      ),
    },
    {
      id: 'daysLeft',
      accessorFn: urgency,
      header: t('ui.list.colDaysLeft'),
      size: 180,
      meta: { text: (_v, r) => daysText(r, f) },
      cell: (c) => {
        const r = c.row.original
        return (
          <Text
            size="sm"
            c={r.overdue ? 'red' : r.open && r.daysLeft <= 7 ? 'orange' : undefined}
            fw={r.overdue ? 700 : undefined}
          >
            {daysText(r, f)}
          </Text>
        )
      },
    },
    {
      id: 'due',
      accessorKey: 'due',
      header: t('ui.list.colDue'),
      size: 120,
      meta: { text: (v) => f.day(v as string) },
      cell: (c) => f.day(c.row.original.due),
    },
    {
      id: 'regime',
      accessorKey: 'regime',
      header: t('ui.list.colRegime'),
      size: 90,
      meta: { text: (v) => t(`regimeShort.${v as string}`) },
      cell: (c) => t(`regimeShort.${c.row.original.regime}`),
    },
    {
      id: 'types',
      accessorFn: (r) => r.requestTypes.map(f.type).join(', '),
      header: t('ui.list.colType'),
      size: 190,
    },
  ]
}
