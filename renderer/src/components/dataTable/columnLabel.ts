import type { Column } from '@tanstack/react-table'

/** The text a user sees for a column: its header when that is a string, else its id. */
export const columnLabel = <T>(column: Column<T, unknown>): string =>
  typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id
