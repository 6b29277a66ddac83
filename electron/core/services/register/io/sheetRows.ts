import { columnNames, type ColumnNames, type SheetKey } from './columnNames'
import type { IssueList } from './issues'

/** One sheet as read from a file: header names and the data rows (row numbers as the spreadsheet shows them). */
export interface RawSheet {
  name: string
  header: string[]
  /** The header's row number in the file (default 1). */
  headerRow?: number
  rows: SheetCells[]
  /**
   * The rows after `rows`, read only as they are asked for (and only once), so that a large sheet's first
   * rows can be checked and written while the rest is still being read (xlsxCells.ts, `lazy`).
   */
  more?: Iterable<SheetCells>
}

/** One row of a sheet as read: its number as the spreadsheet shows it, its cells as text. */
export interface SheetCells {
  row: number
  cells: string[]
}

/** A row with nothing in it but spaces: left out of a sheet as read. */
export const blankRow = (cells: string[]): boolean => cells.every((c) => c.trim() === '')

/** Adds a row, its cells as text, to a sheet being read: the first non-empty row is the header. */
export function addSheetRow(sheet: RawSheet, number: number, cells: string[]): void {
  if (blankRow(cells)) return
  if (sheet.header.length === 0) {
    sheet.header = cells
    sheet.headerRow = number
  } else sheet.rows.push({ row: number, cells })
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

/** How many rows under a title are searched for the header row (a lazy sheet reads these at once). */
export const TITLE_ROWS = 10

/**
 * A register kept by hand often starts with a title ("Registro dei trattamenti — Rossi Srl", a date) above
 * its header row. When the first row names no column at all, the header is the first of the next rows that
 * names at least two, most of its cells being column names; the rows above it are listed in a note (they
 * are not imported). Otherwise the sheet is as read.
 */
function belowTitle<C extends string>(sheet: RawSheet, layout: SheetLayout<C>, issues: IssueList): RawSheet {
  const known = (cells: string[]) => {
    const filled = cells.filter((c) => c.trim() !== '')
    const named = filled.filter((c) => layout.names.columnOf(c) !== undefined).length
    return { filled: filled.length, named }
  }
  if (known(sheet.header).named > 0) return sheet
  const at = sheet.rows.slice(0, TITLE_ROWS).findIndex((r) => {
    const k = known(r.cells)
    return k.named >= 2 && k.named * 2 >= k.filled
  })
  if (at < 0) return sheet
  const header = sheet.rows[at]
  const first = sheet.headerRow ?? 1
  const last = header.row - 1
  issues.note(sheet.name, first, '', 'titleRows', { count: last - first + 1, rows: first === last ? String(first) : `${first}–${last}` })
  return { ...sheet, header: header.cells, headerRow: header.row, rows: sheet.rows.slice(at + 1) }
}

/**
 * Checks the header against the layout (unknown, duplicate and missing required columns are errors; a
 * header may be a column's id or its name in English, Italian or French) and gives each non-empty row by
 * column, so that the rows are checked too and every problem is listed at once. Problems are reported
 * under the header as the file writes it. Returns undefined only when a required column is missing. The
 * rows are read and checked as they are asked for: iterate them once, to the end, before the problems
 * are complete.
 */
export function readRows<C extends string>(raw: RawSheet, layout: SheetLayout<C>, issues: IssueList): Iterable<SheetRow<C>> | undefined {
  const { key, required, names } = layout
  const sheet = belowTitle(raw, layout, issues)
  if (blankRow(sheet.header)) {
    issues.add(sheet.name, sheet.headerRow ?? 1, '', 'emptySheet', { sheet: sheet.name })
    return undefined
  }
  const headerRow = sheet.headerRow ?? 1
  const index = new Map<C, number>()
  let ok = true // false only when a required column is missing
  sheet.header.forEach((raw, i) => {
    if (raw.trim() === '') return
    const c = names.columnOf(raw)
    const suggestion = c === undefined ? names.closest(raw) : undefined
    if (c === undefined) issues.add(sheet.name, headerRow, raw, suggestion ? 'unknownColumnNear' : 'unknownColumn', { column: raw, suggestion })
    else if (index.has(c)) issues.add(sheet.name, headerRow, raw, 'duplicateColumn', { column: raw })
    else index.set(c, i)
  })
  issues.useHeaders(sheet.name, new Map([...index].map(([c, i]) => [c as string, sheet.header[i].trim()])))
  // A value under no header would be dropped without a word (a CSV field with an unquoted separator in
  // it, a column whose header was deleted): each such cell is a problem, named by its column letter.
  const headed = (i: number) => i < sheet.header.length && sheet.header[i].trim() !== ''
  const unheaded = (r: SheetCells) =>
    r.cells.forEach((cell, i) => {
      if (!headed(i) && cell.trim() !== '')
        issues.add(sheet.name, r.row, columnLetter(i), 'cellWithoutHeader', { value: cell.trim(), column: columnLetter(i) })
    })
  for (const r of required)
    if (!index.has(r)) {
      issues.add(sheet.name, headerRow, r, 'missingColumn', { column: issues.translate(`register:columns.${key}.${r}`), id: r })
      ok = false
    }
  if (!ok) {
    // The rows are not read when a required column is missing, but their values under no header still are problems.
    for (const r of allCells(sheet)) unheaded(r)
    return undefined
  }
  return (function* () {
    for (const r of allCells(sheet)) {
      unheaded(r)
      if (blankRow(r.cells)) continue
      yield {
        row: r.row,
        has: (c: C) => index.has(c),
        get: (c: C) => {
          const i = index.get(c)
          return i === undefined ? '' : (r.cells[i] ?? '').trim()
        },
      }
    }
  })()
}

/** Every row of a sheet: those read, then those read as they are asked for. */
function* allCells(sheet: RawSheet): Generator<SheetCells> {
  yield* sheet.rows
  if (sheet.more) yield* sheet.more
}
