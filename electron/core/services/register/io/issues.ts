import type { TFunction } from 'i18next'
import type { z } from 'zod'
import type { ImportIssue } from '../../../../../shared/domain/register/importExport'
import { issueKey } from '../../../../../shared/i18n/zodIssue'

type SheetOrder = { sheet: string; columns: readonly string[] }[]

/** Collects import problems with sheet, row and column, in the workspace language. */
export class IssueList {
  readonly list: ImportIssue[] = []
  /** Things that import but may not be what was meant (they never stop an import). */
  readonly notes: ImportIssue[] = []
  /** Per sheet, the header each column has in the file (problems are reported under it). */
  private readonly headers = new Map<string, Map<string, string>>()
  constructor(private readonly t: TFunction) {}

  translate(key: string, params: Record<string, unknown> = {}): string {
    return this.t(key, params)
  }

  add(sheet: string, row: number, column: string, key: string, params: Record<string, unknown> = {}): void {
    this.list.push({ sheet, row, column, message: this.t(`register:import.${key}`, params) })
  }

  note(sheet: string, row: number, column: string, key: string, params: Record<string, unknown> = {}): void {
    this.notes.push({ sheet, row, column, message: this.t(`register:import.${key}`, params) })
  }

  /** A message already in words (e.g. a translated validation key), with the line of a list cell if any. */
  addText(sheet: string, row: number, column: string, message: string, line?: number): void {
    this.list.push({ sheet, row, column, message: line ? this.t('register:import.lineMessage', { line, message }) : message })
  }

  /** Zod issues of one row; `where` maps a field path to its column and, for lists, the cell line. */
  addZod(sheet: string, row: number, error: z.ZodError, where: (path: PropertyKey[]) => { column: string; line?: number }): void {
    for (const issue of error.issues) {
      const { column, line } = where(issue.path)
      // A cell already reported in plain words (e.g. "use one of …") is not reported twice.
      if (this.list.some((i) => i.sheet === sheet && i.row === row && i.column === column)) continue
      const key = issueKey(issue as Parameters<typeof issueKey>[0])
      // A form's date field has one format; a spreadsheet cell may be written either way the import reads.
      const message = key === 'validation.date' ? this.t('register:import.date') : this.t(key, { ns: 'common' })
      this.addText(sheet, row, column, message, line)
    }
  }

  /** The file's header for each column of a sheet ("Categorie di dati" for data_categories). */
  useHeaders(sheet: string, headers: Map<string, string>): void {
    this.headers.set(sheet, headers)
  }

  /** The problems sheet by sheet (in the order given), row by row, columns in layout order. */
  sorted(order: SheetOrder): ImportIssue[] {
    return this.inOrder(this.list, order)
  }

  /** The notes in the same order. */
  sortedNotes(order: SheetOrder): ImportIssue[] {
    return this.inOrder(this.notes, order)
  }

  private inOrder(list: ImportIssue[], order: SheetOrder): ImportIssue[] {
    const sheetIdx = (s: string) => order.findIndex((o) => o.sheet === s)
    const colIdx = (s: string, c: string) => order.find((o) => o.sheet === s)?.columns.indexOf(c.toLowerCase()) ?? -1
    return list
      .map((issue, i) => ({ issue, i }))
      .sort(
        (a, b) =>
          sheetIdx(a.issue.sheet) - sheetIdx(b.issue.sheet) ||
          a.issue.row - b.issue.row ||
          colIdx(a.issue.sheet, a.issue.column) - colIdx(b.issue.sheet, b.issue.column) ||
          a.i - b.i,
      )
      .map(({ issue }) => ({ ...issue, column: this.headers.get(issue.sheet)?.get(issue.column) ?? issue.column }))
  }

  get size(): number {
    return this.list.length
  }
}
