import { columnNames, type ColumnNames, type SheetKey } from './columnNames'
import type { IssueList } from './issues'

/** One sheet as read from a file: header names and the data rows (row numbers as the spreadsheet shows them). */
export interface RawSheet {
  name: string
  header: string[]
  rows: { row: number; cells: string[] }[]
}

export interface SheetRow<C extends string> {
  row: number
  /** Only the columns present in the file. */
  has: (c: C) => boolean
  get: (c: C) => string
}

/** The spreadsheet's name for a column: A, B, …, Z, AA, AB… (0 = A). */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/** The columns of one sheet of the documented layout (docs/register-import-format.md). */
export interface SheetLayout<C extends string> {
  key: SheetKey
  columns: readonly C[]
  required: readonly C[]
  names: ColumnNames<C>
}

export const sheetLayout = <C extends string>(key: SheetKey, columns: readonly C[], required: readonly C[]): SheetLayout<C> => ({
  key,
  columns,
  required,
  names: columnNames(key, columns),
})

/**
 * Checks the header against the layout (unknown, duplicate and missing required columns are errors; a
 * header may be a column's id or its name in English, Italian or French) and gives each non-empty row by
 * column, so that the rows are checked too and every problem is listed at once. Problems are reported
 * under the header as the file writes it. Returns undefined only when a required column is missing.
 */
export function readRows<C extends string>(sheet: RawSheet, layout: SheetLayout<C>, issues: IssueList): SheetRow<C>[] | undefined {
  const { key, required, names } = layout
  if (sheet.header.every((h) => h.trim() === '')) {
    issues.add(sheet.name, 1, '', 'emptySheet', { sheet: sheet.name })
    return undefined
  }
  const index = new Map<C, number>()
  let ok = true // false only when a required column is missing
  sheet.header.forEach((raw, i) => {
    if (raw.trim() === '') return
    const c = names.columnOf(raw)
    const suggestion = c === undefined ? names.closest(raw) : undefined
    if (c === undefined) issues.add(sheet.name, 1, raw, suggestion ? 'unknownColumnNear' : 'unknownColumn', { column: raw, suggestion })
    else if (index.has(c)) issues.add(sheet.name, 1, raw, 'duplicateColumn', { column: raw })
    else index.set(c, i)
  })
  issues.useHeaders(sheet.name, new Map([...index].map(([c, i]) => [c as string, sheet.header[i].trim()])))
  // A value under no header would be dropped without a word (a CSV field with an unquoted separator in
  // it, a column whose header was deleted): each such cell is a problem, named by its column letter.
  const headed = (i: number) => i < sheet.header.length && sheet.header[i].trim() !== ''
  for (const r of sheet.rows)
    r.cells.forEach((cell, i) => {
      if (!headed(i) && cell.trim() !== '')
        issues.add(sheet.name, r.row, columnLetter(i), 'cellWithoutHeader', { value: cell.trim(), column: columnLetter(i) })
    })
  for (const r of required)
    if (!index.has(r)) {
      issues.add(sheet.name, 1, r, 'missingColumn', { column: issues.translate(`register:columns.${key}.${r}`), id: r })
      ok = false
    }
  if (!ok) return undefined
  return sheet.rows
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => ({
      row: r.row,
      has: (c: C) => index.has(c),
      get: (c: C) => {
        const i = index.get(c)
        return i === undefined ? '' : (r.cells[i] ?? '').trim()
      },
    }))
}
