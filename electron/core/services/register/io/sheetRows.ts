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

/**
 * Checks the header against the layout (unknown, duplicate and missing required columns are errors)
 * and gives each non-empty row by column name, so that the rows are checked too and every problem is
 * listed at once. Returns undefined only when a required column is missing.
 */
export function readRows<C extends string>(
  sheet: RawSheet,
  columns: readonly C[],
  required: readonly C[],
  issues: IssueList,
): SheetRow<C>[] | undefined {
  if (sheet.header.every((h) => h.trim() === '')) {
    issues.add(sheet.name, 1, '', 'emptySheet', { sheet: sheet.name })
    return undefined
  }
  const index = new Map<C, number>()
  let ok = true // false only when a required column is missing
  sheet.header.forEach((raw, i) => {
    const h = raw.trim().toLowerCase()
    if (h === '') return
    if (!(columns as readonly string[]).includes(h)) {
      issues.add(sheet.name, 1, raw, 'unknownColumn', { column: raw })
    } else if (index.has(h as C)) {
      issues.add(sheet.name, 1, raw, 'duplicateColumn', { column: raw })
    } else index.set(h as C, i)
  })
  for (const r of required)
    if (!index.has(r)) {
      issues.add(sheet.name, 1, r, 'missingColumn', { column: r })
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
