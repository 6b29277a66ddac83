import { cellLines, splitParts } from './cellSyntax'
import type { IssueList } from './issues'
import type { SheetRow } from './sheetRows'

// A client's spreadsheet often lists several things in one line of a cell ("Clienti, fornitori"), where
// the layout wants one per line. Read as typed, that is one item; the import says so, row and column,
// without refusing it (a name may hold a comma): the user decides before confirming.

/** Commas or semicolons outside brackets ("Dati anagrafici (nome, cognome)" is one item). */
const runTogether = (item: string) => /[,;]/.test(item.replace(/\([^)]*\)/g, ''))

/** Notes each single-line cell of `columns` whose one item looks like several run together. */
export function noteRunTogetherItems<C extends string>(sheet: string, rows: Iterable<SheetRow<C>>, columns: readonly C[], issues: IssueList): void {
  for (const r of rows) noteRunTogetherInRow(sheet, r, columns, issues)
}

/** The same for one row (a large sheet's rows are noted as they are read). */
export function noteRunTogetherInRow<C extends string>(sheet: string, r: SheetRow<C>, columns: readonly C[], issues: IssueList): void {
  for (const c of columns) {
    if (!r.has(c)) continue
    const lines = cellLines(r.get(c))
    const item = lines.length === 1 ? splitParts(lines[0].text)[0] : ''
    if (runTogether(item)) issues.note(sheet, r.row, c, 'oneItemRead', { value: item })
  }
}
