import type { FilterFn, Row, RowData } from '@tanstack/react-table'

declare module '@tanstack/react-table' {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The text a user sees in the cell, when it differs from the stored value (labels, local times). Filters search it. */
    text?: (value: TValue, row: TData) => string
  }
}

/** What filters match against: the text shown in the cell, not the raw stored value. */
export function cellText<T>(
  row: Row<T>,
  columnId: string,
  text?: (value: unknown, row: T) => string,
): string {
  const value = row.getValue(columnId)
  return text ? text(value, row.original) : value === null || value === undefined ? '' : String(value)
}

export const includesShownText: FilterFn<unknown> = (row, columnId, filter) => {
  const column = row.getAllCells().find((c) => c.column.id === columnId)?.column
  const needle = String(filter ?? '').toLowerCase()
  return cellText(row, columnId, column?.columnDef.meta?.text).toLowerCase().includes(needle)
}
