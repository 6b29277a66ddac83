import { readFileSync } from 'node:fs'
import { writeFileAtomic } from '../../../files/writeFileAtomic'
import type ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { addSheetRow, type RawSheet } from './sheetRows'
import { readXlsxCells, WorkbookTooLarge } from './xlsxCells'

let excel: Promise<typeof ExcelJS> | undefined
/**
 * exceljs, loaded on the first XLSX read or write rather than at start: it takes about 0.4 s to load,
 * which every other `pwb` command and the app's first window would otherwise wait for.
 */
export function loadExcel(): Promise<typeof ExcelJS> {
  excel ??= import('exceljs').then((m) => m.default)
  return excel
}

// Reading and writing register spreadsheets: XLSX (exceljs) and CSV (papaparse, UTF-8 with BOM so that
// spreadsheet programs keep accented letters). Every cell is read as text.

export type FileFormat = 'xlsx' | 'csv'

export function formatOf(path: string): FileFormat | undefined {
  const m = /\.(xlsx|csv)$/i.exec(path)
  return m ? (m[1].toLowerCase() as FileFormat) : undefined
}

/** The CSV that sits beside `path` for another sheet: register.csv -> register-vendors.csv. */
export const siblingCsv = (path: string, suffix: string): string => path.replace(/\.csv$/i, `-${suffix}.csv`)

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue)
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text)
    if ('error' in v) return ''
  }
  return String(v)
}

/** Adds a row exceljs read (values from index 1, as exceljs gives them) to a sheet being read. */
function addRow(sheet: RawSheet, number: number, values: ExcelJS.CellValue[]): void {
  const cells: string[] = []
  for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]))
  addSheetRow(sheet, number, cells)
}

/**
 * Every sheet of a workbook by lower-case name. The first non-empty row is the header. Read from the
 * file's XML by `readXlsxCells` (six times faster than exceljs on a 10,000-row register) when the
 * workbook is plain SpreadsheetML, as Excel, LibreOffice and exceljs write it; else by exceljs, the whole
 * file at once. Not with exceljs's streaming reader: it turns a letter such as "é" into "\ufffd\ufffd" when
 * the letter's bytes fall across two 16 KB pieces of the file (exceljs issues #2084 and #2316, open; seen
 * here on a French register), and it sometimes reaches a sheet before the part that names it and fails
 * (issue #3064). `lazy`: see readXlsxCells (a workbook read by exceljs is read whole anyway).
 */
export async function readWorkbook(path: string, options: { lazy?: boolean } = {}): Promise<Map<string, RawSheet>> {
  let plain: Map<string, RawSheet> | undefined
  try {
    plain = readXlsxCells(path, options)
  } catch (e) {
    if (e instanceof WorkbookTooLarge) throw e
    plain = undefined // not a zip, or a part that is not XML: exceljs reads it, or says what is wrong with it
  }
  return plain ?? readWorkbookInMemory(path)
}

/** The same, read by exceljs (for files `readXlsxCells` does not read, and to compare the two in tests). */
export async function readWorkbookInMemory(path: string): Promise<Map<string, RawSheet>> {
  const ExcelJS = await loadExcel()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const out = new Map<string, RawSheet>()
  for (const ws of wb.worksheets) {
    const sheet: RawSheet = { name: ws.name, header: [], rows: [] }
    ws.eachRow((row, number) => addRow(sheet, number, row.values as ExcelJS.CellValue[]))
    out.set(ws.name.toLowerCase(), sheet)
  }
  return out
}

/**
 * Spreadsheets set to Italian or French write ';' between fields: the header row decides (the column
 * names hold none of these characters). A one-column file has no delimiter: ',' is assumed.
 */
function headerDelimiter(text: string): string {
  const best = (line: string) =>
    [',', ';', '\t'].map((d) => ({ d, n: line.split(d).length - 1 })).reduce((b, c) => (c.n > b.n ? c : b))
  // A register kept by hand may start with a title line: the first line with two separators or more (a
  // header of three columns or more) decides, else the first line.
  const head = text.split(/\r?\n/, 10).map(best)
  return (head.find((h) => h.n >= 2) ?? head[0]).d
}

/**
 * A CSV's text. UTF-8 (with or without BOM) as we write it; UTF-16 when it starts with that BOM ("Unicode
 * text"); otherwise Windows-1252, which Excel on Windows in Western Europe writes for plain "CSV": read
 * as UTF-8, its "à", "é", "€" would silently become "�" and be saved so.
 */
export function csvText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes) // drops a BOM
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

export function readCsv(path: string, name: string): RawSheet {
  const text = csvText(readFileSync(path))
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: headerDelimiter(text) })
  const data = parsed.data
  const firstError = parsed.errors.find((e) => e.type === 'Quotes')
  if (firstError) throw new Error(`row ${(firstError.row ?? 0) + 1}: ${firstError.message}`)
  return {
    name,
    header: data[0] ?? [],
    rows: data.slice(1).map((cells, i) => ({ row: i + 2, cells })),
  }
}


export interface SheetOut {
  /** The sheet's name (a CSV file's suffix: X-vendors.csv). */
  name: string
  /** The workbook tab's name, when not `name` (a template's, in the workspace's language). */
  title?: string
  columns: readonly string[]
  rows: Record<string, string>[]
  /** Columns holding one item per line: wrapped and wider. */
  listColumns?: readonly string[]
  /** What the header row shows, column by column (default: the column ids). */
  headers?: readonly string[]
  /** Per column, words to offer in a drop-down on the empty rows of a template (a help, not a limit). */
  choices?: Record<string, readonly string[]>
}

/** How many rows of a template get the drop-downs. */
const TEMPLATE_ROWS = 500

export async function writeWorkbook(path: string, sheets: SheetOut[], created: Date): Promise<void> {
  const ExcelJS = await loadExcel()
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Privacy Workbench'
  // From the injected clock, so the same register gives the same file.
  wb.created = created
  wb.modified = created
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.title ?? s.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    const lists = new Set(s.listColumns ?? [])
    ws.columns = s.columns.map((c, i) => ({ header: s.headers?.[i] ?? c, key: c, width: lists.has(c) ? 48 : c === 'id' ? 38 : 22 }))
    ws.getRow(1).font = { bold: true }
    for (const [column, words] of Object.entries(s.choices ?? {})) {
      // A list validation is one quoted, comma-separated formula of at most 255 characters.
      const formula = `"${words.join(',')}"`
      if (words.some((w) => w.includes(',') || w.includes('"')) || formula.length > 255) continue
      const col = s.columns.indexOf(column) + 1
      if (col === 0) continue
      for (let r = 2; r <= TEMPLATE_ROWS + 1; r++)
        ws.getCell(r, col).dataValidation = { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: false }
    }
    // An empty field is no cell at all, as a spreadsheet program saves it: a register's many empty
    // fields would otherwise be half the file's cells, and as much work to read back.
    for (const r of s.rows) ws.addRow(s.columns.map((c) => r[c] || null))
    for (const c of lists) ws.getColumn(c).alignment = { wrapText: true, vertical: 'top' }
  }
  writeFileAtomic(path, Buffer.from(await wb.xlsx.writeBuffer()))
}

/**
 * The field separator spreadsheets expect in a workspace's language: Excel set to Italian or French
 * splits CSV fields on ';' (the list separator there, as ',' is the decimal comma) and would show a
 * comma-separated file in one column. The import reads either.
 */
export const csvDelimiterFor = (language: string): ',' | ';' => (language === 'it' || language === 'fr' ? ';' : ',')

export function writeCsv(
  path: string,
  columns: readonly string[],
  rows: Record<string, string>[],
  delimiter: ',' | ';' = ',',
  headers: readonly string[] = columns,
): void {
  const csv = Papa.unparse({ fields: [...headers], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n', delimiter })
  // Every line ends with a line break (papaparse ends a header-only file with one already).
  writeFileAtomic(path, `\uFEFF${csv}${csv.endsWith('\r\n') ? '' : '\r\n'}`)
}
