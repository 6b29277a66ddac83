import { Group, Text, TextInput } from '@mantine/core'
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type FilterFn,
  type SortingState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { includesShownText } from './dataTable/cellText'
import { ColumnsMenu } from './dataTable/ColumnsMenu'
import { columnLabel } from './dataTable/columnLabel'
import classes from './dataTable/DataTable.module.css'
import { useTablePrefs } from './dataTable/useTablePrefs'

export interface DataTableProps<T> {
  /** Key under which column visibility and order are remembered. */
  tableId: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack's own ColumnDef variance needs it
  columns: ColumnDef<T, any>[]
  data: T[]
  getRowId?: (row: T, index: number) => string
  onRowClick?: (row: T) => void
  initialSorting?: SortingState
  /** Maximum height of the scrolling area; rows outside it are not rendered (virtual rows). */
  height?: number | string
  rowHeight?: number
  emptyText?: string
}

export function DataTable<T>({
  tableId,
  columns,
  data,
  getRowId,
  onRowClick,
  initialSorting = [],
  height = 520,
  rowHeight = 36,
  emptyText,
}: DataTableProps<T>) {
  const { t } = useTranslation()
  const columnIds = useMemo(() => columns.map((c, i) => c.id ?? String(i)), [columns])
  const prefs = useTablePrefs(tableId, columnIds)
  const [sorting, setSorting] = useState<SortingState>(initialSorting)
  const [globalFilter, setGlobalFilter] = useState('')
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([])

  const table = useReactTable({
    data,
    columns,
    getRowId,
    state: {
      sorting,
      globalFilter,
      columnFilters,
      columnVisibility: prefs.columnVisibility,
      columnOrder: prefs.columnOrder,
    },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnFiltersChange: setColumnFilters,
    onColumnVisibilityChange: prefs.setColumnVisibility,
    onColumnOrderChange: prefs.setColumnOrder,
    defaultColumn: { filterFn: includesShownText as FilterFn<T> },
    globalFilterFn: includesShownText as FilterFn<T>,
    getColumnCanGlobalFilter: () => true,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  })

  const rows = table.getRowModel().rows
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const padTop = items.length ? items[0].start : 0
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0
  const visible = table.getVisibleLeafColumns()

  return (
    <div data-testid={`table-${tableId}`}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <TextInput
          placeholder={t('table.search')}
          aria-label={t('table.search')}
          value={globalFilter}
          onChange={(e) => setGlobalFilter(e.currentTarget.value)}
          w={320}
        />
        <Group gap="sm" wrap="nowrap">
          <Text size="sm" c="dimmed" data-testid="row-count">
            {t('table.rowCount', { shown: rows.length, total: data.length })}
          </Text>
          <ColumnsMenu table={table} onReset={prefs.reset} />
        </Group>
      </Group>
      <div ref={scrollRef} className={classes.scroller} style={{ maxHeight: height }}>
        <table className={classes.table} style={{ minWidth: table.getTotalSize() }}>
          <colgroup>
            {visible.map((c) => (
              <col key={c.id} style={{ width: c.getSize() }} />
            ))}
          </colgroup>
          <thead className={classes.head}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted()
                  return (
                    <th
                      key={header.id}
                      className={classes.th}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          className={classes.sortButton}
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  )
                })}
              </tr>
            ))}
            <tr>
              {visible.map((column) => (
                <th key={column.id} className={classes.filterCell}>
                  {column.getCanFilter() && (
                    <TextInput
                      size="xs"
                      placeholder={t('table.filter')}
                      aria-label={t('table.filterColumn', { column: columnLabel(column) })}
                      value={(column.getFilterValue() as string | undefined) ?? ''}
                      onChange={(e) => column.setFilterValue(e.currentTarget.value || undefined)}
                    />
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={visible.length} style={{ height: padTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index]
              const className = [
                classes.row,
                item.index % 2 ? classes.striped : '',
                onRowClick ? classes.clickable : '',
              ]
                .filter(Boolean)
                .join(' ')
              return (
                <tr
                  key={row.id}
                  className={className}
                  style={{ height: rowHeight }}
                  data-index={item.index}
                  tabIndex={onRowClick ? 0 : undefined}
                  onClick={onRowClick ? () => onRowClick(row.original) : undefined}
                  onKeyDown={onRowClick ? (e) => e.key === 'Enter' && onRowClick(row.original) : undefined}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={classes.td}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              )
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={visible.length} style={{ height: padBottom, padding: 0, border: 0 }} />
              </tr>
            )}
            {rows.length === 0 && (
              <tr>
                <td
                  colSpan={visible.length}
                  className={classes.td}
                  style={{ height: 64, textAlign: 'center' }}
                >
                  <Text size="sm" c="dimmed">
                    {data.length === 0 ? (emptyText ?? t('table.empty')) : t('table.noMatch')}
                  </Text>
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  )
}
