import { Badge } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import type { ColumnDef } from '@tanstack/react-table'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TiaSummary } from '../../../../shared/domain/transfers/tia'
import { useApiQuery } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { ErrorAlert } from '../../components/ErrorAlert'
import { countryText } from './labels'

const STATUS_COLOR = { draft: 'yellow', final: 'green', superseded: 'gray' } as const

/** Every TIA version of the workspace. */
export function TiasTable() {
  const { t, i18n } = useTranslation('transfers')
  const navigate = useNavigate()
  const tias = useApiQuery('transfers.tia.list', {})
  const columns = useMemo<ColumnDef<TiaSummary>[]>(
    () => [
      { id: 'importer', accessorKey: 'importerName', header: t('ui.tias.col.importer'), size: 220 },
      {
        id: 'country',
        accessorKey: 'importerCountry',
        header: t('ui.tias.col.country'),
        size: 170,
        meta: { text: (v) => countryText(v as string, i18n.language) },
        cell: (c) => countryText(c.getValue<string>(), i18n.language),
      },
      { id: 'version', accessorKey: 'version', header: t('ui.tias.col.version'), size: 90 },
      {
        id: 'status',
        accessorKey: 'status',
        header: t('ui.tias.col.status'),
        size: 120,
        meta: { text: (v) => t(`statuses.${v as string}`) },
        cell: (c) => (
          <Badge color={STATUS_COLOR[c.row.original.status]} variant="light">
            {t(`statuses.${c.row.original.status}`)}
          </Badge>
        ),
      },
      {
        id: 'conclusion',
        accessorFn: (r) => (r.conclusion ? t(`conclusions.${r.conclusion}`) : ''),
        header: t('ui.tias.col.conclusion'),
        size: 260,
      },
      { id: 'review', accessorFn: (r) => r.nextReviewOn ?? '', header: t('ui.tias.col.review'), size: 120 },
      { id: 'signed', accessorFn: (r) => r.signedBy ?? '', header: t('ui.tias.col.signed'), size: 180 },
    ],
    [t, i18n.language],
  )
  return (
    <>
      <ErrorAlert error={tias.error} />
      {tias.data && (
        <DataTable
          tableId="transfer-tias"
          columns={columns}
          data={tias.data}
          getRowId={(r) => r.id}
          onRowClick={(r) => void navigate({ to: '/transfers/tia/$tiaId', params: { tiaId: r.id } })}
          emptyText={t('ui.tias.empty')}
        />
      )}
    </>
  )
}
