import type { ColumnOrderState, OnChangeFn, Updater, VisibilityState } from '@tanstack/react-table'
import { useCallback, useState } from 'react'

// Column layout is a UI preference (like the colour scheme): localStorage, per table, never workspace data.
interface TablePrefs {
  columnVisibility: VisibilityState
  columnOrder: ColumnOrderState
}

const storageKey = (tableId: string) => `pwb.table.${tableId}`

function load(tableId: string, columnIds: string[]): TablePrefs {
  let saved: Partial<TablePrefs>
  try {
    saved = JSON.parse(localStorage.getItem(storageKey(tableId)) ?? '{}') as Partial<TablePrefs>
  } catch {
    saved = {}
  }
  // Columns added since the preference was saved go at the end; removed ones are forgotten.
  const order = (saved.columnOrder ?? []).filter((id) => columnIds.includes(id))
  return {
    columnVisibility: saved.columnVisibility ?? {},
    columnOrder: [...order, ...columnIds.filter((id) => !order.includes(id))],
  }
}

const apply = <T>(u: Updater<T>, old: T): T => (typeof u === 'function' ? (u as (o: T) => T)(old) : u)

export function useTablePrefs(tableId: string, columnIds: string[]) {
  const [prefs, setPrefs] = useState(() => load(tableId, columnIds))

  const update = useCallback(
    (next: (p: TablePrefs) => TablePrefs) =>
      setPrefs((p) => {
        const value = next(p)
        localStorage.setItem(storageKey(tableId), JSON.stringify(value))
        return value
      }),
    [tableId],
  )

  const setColumnVisibility: OnChangeFn<VisibilityState> = (u) =>
    update((p) => ({ ...p, columnVisibility: apply(u, p.columnVisibility) }))
  const setColumnOrder: OnChangeFn<ColumnOrderState> = (u) =>
    update((p) => ({ ...p, columnOrder: apply(u, p.columnOrder) }))
  const reset = () => update(() => ({ columnVisibility: {}, columnOrder: columnIds }))

  return { ...prefs, setColumnVisibility, setColumnOrder, reset }
}
