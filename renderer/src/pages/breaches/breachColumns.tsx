import { Badge, Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { BreachListItem } from '../../../../shared/domain/breach/views'
import { formatDateTime } from '../../../../shared/format/dateTime'
import { ClockStatusBadge } from './ClockStatusBadge'
import { Countdown } from './Countdown'

const SEVERITY_COLOR = { low: 'gray', medium: 'yellow', high: 'orange', very_high: 'red' } as const

/** Columns of the breach list: everything shown is what the core returned, formatted for the user. */
export function breachColumns(t: TFunction, timeZone: string, lang: string, coreNow: string): ColumnDef<BreachListItem>[] {
  const when = (iso: string) => formatDateTime(iso, timeZone, lang)
  return [
    { id: 'ref', accessorKey: 'ref', header: t('ui.list.col.ref'), size: 125 },
    { id: 'title', accessorKey: 'title', header: t('ui.list.col.title'), size: 230 },
    {
      id: 'status',
      accessorKey: 'status',
      header: t('ui.list.col.status'),
      size: 85,
      meta: { text: (v) => t(`labels.status.${v as string}`) },
      cell: (c) => t(`labels.status.${c.getValue<string>()}`),
    },
    {
      id: 'severity',
      accessorFn: (r) => r.severityScore ?? -1,
      header: t('ui.list.col.severity'),
      size: 125,
      meta: { text: (_v, r) => (r.severity ? t(`labels.severity.${r.severity}`) : '') },
      cell: (c) => {
        const r = c.row.original
        return r.severity ? (
          <Badge color={SEVERITY_COLOR[r.severity]} variant="light">
            {t(`labels.severity.${r.severity}`)}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('ui.list.notAssessed')}
          </Text>
        )
      },
    },
    {
      id: 'nextDeadline',
      accessorFn: (r) => r.nextClock?.deadline ?? '',
      header: t('ui.list.col.nextDeadline'),
      size: 200,
      meta: { text: (v) => (v ? when(v as string) : '') },
      cell: (c) => {
        const n = c.row.original.nextClock
        return n ? when(n.deadline) : <Text size="sm" c="dimmed">{t('ui.list.noRunningClock')}</Text>
      },
    },
    {
      id: 'timeLeft',
      accessorFn: (r) => r.nextClock?.deadline ?? '',
      header: t('ui.list.col.timeLeft'),
      size: 150,
      enableColumnFilter: false,
      cell: (c) => {
        const n = c.row.original.nextClock
        return n ? <Countdown deadline={n.deadline} coreNow={coreNow} size="sm" compact /> : ''
      },
    },
    {
      id: 'clockStatus',
      accessorFn: (r) => r.overallStatus ?? '',
      header: t('ui.list.col.clockStatus'),
      size: 220,
      meta: { text: (v) => (v ? t(`labels.clockStatus.${v as string}`) : '') },
      cell: (c) => {
        const r = c.row.original
        return r.overallStatus ? <ClockStatusBadge status={r.overallStatus} legal={r.nextClock?.legal ?? true} size="sm" /> : ''
      },
    },
    {
      id: 'notification',
      accessorKey: 'notification',
      header: t('ui.list.col.notification'),
      size: 150,
      meta: { text: (v) => t(`labels.notification.${v as string}`) },
      cell: (c) => t(`labels.notification.${c.getValue<string>()}`),
    },
  ]
}
