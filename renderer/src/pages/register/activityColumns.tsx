import { Badge } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { ActivitySummary } from '../../../../shared/domain/register/activity'
import { countryName } from '../../format/countryName'

const joined = (xs: string[]) => xs.join(', ')

/** Columns of the register list; each column's filter box searches the text shown (status, basis, vendor…). */
export function activityColumns(t: TFunction, lang: string): ColumnDef<ActivitySummary>[] {
  const basis = (b: string) => t(`basesShort.${b}`)
  return [
    { id: 'name', accessorKey: 'name', header: t('ui.list.col.name'), size: 280 },
    {
      id: 'status',
      accessorKey: 'status',
      header: t('ui.list.col.status'),
      size: 100,
      meta: { text: (v) => t(`status.${v as string}`) },
      cell: (c) => t(`status.${c.getValue<string>()}`),
    },
    {
      id: 'role',
      accessorKey: 'role',
      header: t('ui.list.col.role'),
      size: 130,
      meta: { text: (v) => t(`role.${v as string}`) },
      cell: (c) => t(`role.${c.getValue<string>()}`),
    },
    {
      id: 'bases',
      accessorFn: (r) => r.bases,
      header: t('ui.list.col.bases'),
      size: 200,
      enableSorting: false,
      meta: { text: (v) => joined((v as string[]).map(basis)) },
      cell: (c) => joined(c.getValue<string[]>().map(basis)),
    },
    {
      id: 'data',
      accessorFn: (r) => r.dataCategories,
      header: t('ui.list.col.data'),
      size: 220,
      enableSorting: false,
      meta: { text: (v) => joined(v as string[]) },
      cell: (c) => joined(c.getValue<string[]>()),
    },
    {
      id: 'vendors',
      accessorFn: (r) => r.vendors.map((v) => v.name),
      header: t('ui.list.col.vendors'),
      size: 220,
      enableSorting: false,
      meta: { text: (v) => joined(v as string[]) },
      cell: (c) => joined(c.getValue<string[]>()),
    },
    {
      id: 'countries',
      accessorFn: (r) => r.countries,
      header: t('ui.list.col.countries'),
      size: 160,
      enableSorting: false,
      meta: { text: (v) => joined((v as string[]).map((x) => `${countryName(x, lang)} ${x}`)) },
      cell: (c) => joined(c.getValue<string[]>()),
    },
    { id: 'nextReviewOn', accessorFn: (r) => r.nextReviewOn ?? '', header: t('ui.list.col.review'), size: 120 },
    {
      id: 'dpia',
      accessorFn: (r) => r.dpiaResult ?? '',
      header: t('ui.list.col.dpia'),
      size: 170,
      meta: { text: (v) => (v ? t(`dpiaResult.${v as string}`) : t('ui.list.notScreened')) },
      cell: (c) => (c.getValue<string>() ? t(`dpiaResult.${c.getValue<string>()}`) : t('ui.list.notScreened')),
    },
    {
      id: 'findings',
      accessorKey: 'findings',
      header: t('ui.list.col.findings'),
      size: 110,
      cell: (c) =>
        c.getValue<number>() > 0 ? (
          <Badge color="red" variant="light">
            {c.getValue<number>()}
          </Badge>
        ) : (
          <Badge color="green" variant="light">
            0
          </Badge>
        ),
    },
  ]
}
