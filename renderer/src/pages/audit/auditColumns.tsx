import { Code } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { AuditEntry } from '../../../../shared/domain/audit'
import { formatInstant } from '../../format/formatInstant'

/** Columns of the audit log; `at` sorts by the stored UTC instant and shows the organisation's wall clock. */
export function auditColumns(t: TFunction, timeZone: string, lang: string): ColumnDef<AuditEntry>[] {
  const actionLabel = (a: string) => t(`audit.actions.${a}`, { defaultValue: a })
  return [
    { id: 'id', accessorKey: 'id', header: t('audit.col.id'), size: 80 },
    {
      id: 'at',
      accessorKey: 'at',
      header: t('audit.col.at'),
      size: 230,
      meta: { text: (v) => formatInstant(v as string, timeZone, lang) },
      cell: (c) => formatInstant(c.getValue<string>(), timeZone, lang),
    },
    { id: 'actor', accessorKey: 'actor', header: t('audit.col.actor'), size: 120 },
    { id: 'entity', accessorKey: 'entity', header: t('audit.col.entity'), size: 130 },
    { id: 'entityId', accessorKey: 'entityId', header: t('audit.col.entityId'), size: 110 },
    {
      id: 'action',
      accessorKey: 'action',
      header: t('audit.col.action'),
      size: 110,
      meta: { text: (v) => actionLabel(v as string) },
      cell: (c) => actionLabel(c.getValue<string>()),
    },
    {
      id: 'hash',
      accessorKey: 'hash',
      header: t('audit.col.hash'),
      size: 150,
      cell: (c) => <Code title={c.getValue<string>()}>{c.getValue<string>().slice(0, 12)}…</Code>,
    },
  ]
}
