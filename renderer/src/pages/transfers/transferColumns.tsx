import { Badge, Group, Stack, Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { TransferSummary } from '../../../../shared/domain/transfers/views'
import { countryText } from './labels'

const STATUS_COLOR = { draft: 'yellow', final: 'green', superseded: 'gray' } as const

/** Columns of the transfers list: importer, country, tool, TIA needed, TIA status, review date, problems. */
export function transferColumns(t: TFunction, lang: string): ColumnDef<TransferSummary>[] {
  const tools = (r: TransferSummary) =>
    r.tools.length
      ? r.tools.map((x) => t(`toolsShort.${x}`)).join(' + ')
      : r.need.reason === 'eea'
        ? t('report.notInEea')
        : t('toolsShort.none')
  const tia = (r: TransferSummary) =>
    r.tia ? `${t(`statuses.${r.tia.status}`)} v${r.tia.version}` : t('statuses.none')
  return [
    {
      id: 'importer',
      accessorKey: 'importerName',
      header: t('ui.list.col.importer'),
      size: 240,
      meta: { text: (_v, r) => `${r.importerName} ${r.activityName ?? ''}` },
      cell: (c) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {c.row.original.importerName}
          </Text>
          {c.row.original.activityName && (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {c.row.original.activityName}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      id: 'country',
      accessorKey: 'importerCountry',
      header: t('ui.list.col.country'),
      size: 170,
      meta: { text: (v) => countryText(v as string, lang) },
      cell: (c) => countryText(c.getValue<string>(), lang),
    },
    {
      id: 'tools',
      accessorFn: tools,
      header: t('ui.list.col.tools'),
      size: 130,
      cell: (c) => (
        <Text
          size="sm"
          c={
            c.row.original.tools.length ? undefined : c.row.original.need.reason === 'eea' ? 'dimmed' : 'red'
          }
        >
          {c.getValue<string>()}
        </Text>
      ),
    },
    {
      id: 'need',
      accessorFn: (r) => (r.need.required ? t('ui.list.needYes') : t('ui.list.needNo')),
      header: t('ui.list.col.need'),
      size: 200,
      meta: { text: (v, r) => `${v as string} ${t(`reasonsShort.${r.need.reason}`)}` },
      cell: (c) => (
        <Stack gap={0}>
          <Text size="sm" fw={c.row.original.need.required ? 600 : 400}>
            {c.getValue<string>()}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`reasonsShort.${c.row.original.need.reason}`)}
          </Text>
        </Stack>
      ),
    },
    {
      id: 'tia',
      accessorFn: tia,
      header: t('ui.list.col.tia'),
      size: 130,
      cell: (c) => {
        const s = c.row.original.tia
        return s ? (
          <Badge color={STATUS_COLOR[s.status]} variant="light">
            {c.getValue<string>()}
          </Badge>
        ) : (
          <Text size="sm" c={c.row.original.need.required ? 'red' : 'dimmed'}>
            {c.getValue<string>()}
          </Text>
        )
      },
    },
    {
      id: 'review',
      accessorFn: (r) => r.tia?.nextReviewOn ?? '',
      header: t('ui.list.col.review'),
      size: 130,
      cell: (c) =>
        c.getValue<string>() ? (
          <Group gap={4} wrap="nowrap">
            <Text size="sm" c={c.row.original.reviewOverdue ? 'red' : undefined}>
              {c.getValue<string>()}
            </Text>
            {c.row.original.reviewOverdue && (
              <Badge color="red" size="xs">
                {t('ui.list.overdue')}
              </Badge>
            )}
          </Group>
        ) : (
          '—'
        ),
    },
    {
      id: 'problems',
      accessorFn: (r) => r.errors + r.warnings,
      header: t('ui.list.col.problems'),
      size: 100,
      cell: (c) =>
        c.row.original.errors + c.row.original.warnings > 0 ? (
          <Badge color={c.row.original.errors ? 'red' : 'orange'} variant="light">
            {c.getValue<number>()}
          </Badge>
        ) : (
          '—'
        ),
    },
  ]
}
