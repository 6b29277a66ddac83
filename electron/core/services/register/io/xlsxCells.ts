import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { addSheetRow, blankRow, TITLE_ROWS, type RawSheet, type SheetCells } from './sheetRows'

// The cell values of an XLSX workbook, as text, read straight from its XML parts (ECMA-376 Part 1:
// workbook §18.2, worksheet cells §18.3.1.4, shared strings §18.4, number formats §18.8.30–31).
// Why not exceljs alone: its general XML parser takes about 0.9 s for a 10,000-row register, more than the
// checks and the database write together, and the goal for that import is 2 s. Only what an import
// needs is read here: sheet names, cell values, the styles that make a number a date. Anything outside that
// plain shape (namespace prefixes, CDATA, a part that is missing) makes this reader answer `undefined`,
// and the caller reads the file with exceljs instead: never a guess. A test reads every fixture with both
// readers and compares them (xlsxCells.test.ts).

/** The same answer exceljs would give a date cell, after our cellText: the day, in ISO form. */
function serialToDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)
  return new Date(ms).toISOString().slice(0, 10)
}

/** exceljs's rule (utils.isDateFmt): a format with day, month, year or time letters outside quotes and []. */
const isDateFormat = (code: string): boolean =>
  /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''))

/** Built-in number formats that show dates or times (§18.8.30: 14–22, the East Asian 27–36 and 50–58, 45–47). */
const BUILTIN_DATE = (id: number): boolean =>
  (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** XML text with its character references decoded (the five named ones and numeric ones). */
function decode(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY, (_m, hex: string, dec: string, name: string) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(parseInt(dec, 10))
        : NAMED[name],
  )
}

/** The workbook uses something this reader does not read: exceljs reads it instead. */
class NotPlain extends Error {
  /** The row it was found in, when in a sheet's rows. */
  row?: number
}

/**
 * What the XML parts of a workbook may unpack to, in all: a register of 10,000 activities is about 12 MB,
 * and a file made to unpack to gigabytes (a "zip bomb") would take the app's memory with it.
 */
export const MAX_UNPACKED_MB = 512

/** The workbook's parts say they unpack to more than MAX_UNPACKED_MB: read by no reader. */
export class WorkbookTooLarge extends Error {}

/** A lazily read sheet holds, past its first rows, a value this reader cannot read (a missing shared string). */
export class WorkbookDamaged extends Error {
  constructor(
    readonly sheet: string,
    readonly row: number,
    detail: string,
  ) {
    super(`${sheet}, row ${row}: ${detail}`)
  }
}

const attrPatterns = new Map<string, RegExp>()

function attr(tag: string, name: string): string | undefined {
  let re = attrPatterns.get(name)
  if (!re) attrPatterns.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)))
  const m = re.exec(tag)
  return m ? decode(m[1] ?? m[2]) : undefined
}

/** The text of a string item (§18.4.8 si, or a cell's is): its runs' t elements, phonetic runs left out. */
function itemText(xml: string): string {
  if (xml.includes('<![CDATA[')) throw new NotPlain('CDATA')
  const body = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml
  let text = ''
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) text += m[1]
  return decode(text)
}

/** A part's path inside the zip, from a relationship's target (relative to `base`'s folder, or absolute). */
function partPath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = base.split('/').slice(0, -1)
  for (const p of target.split('/')) {
    if (p === '..') parts.pop()
    else if (p !== '.') parts.push(p)
  }
  return parts.join('/')
}

/** The relationships of a part: type (its last word: worksheet, styles…) and path, by id. */
function relationships(files: Record<string, Uint8Array>, part: string, text: (b: Uint8Array) => string) {
  const relsPath = partPath(part, `_rels/${part.split('/').at(-1)}.rels`)
  const rels = new Map<string, { type: string; path: string }>()
  const bytes = files[relsPath]
  if (!bytes) return rels
  for (const m of text(bytes).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id')
    const target = attr(m[0], 'Target')
    const type = attr(m[0], 'Type')?.split('/').at(-1) ?? ''
    if (id && target && attr(m[0], 'TargetMode') !== 'External')
      rels.set(id, { type, path: partPath(part, target) })
  }
  return rels
}

/** Which cell style indexes (§18.8.10 cellXfs) show their number as a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return []
  const custom = new Map<number, string>()
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g))
    custom.set(Number(attr(m[0], 'numFmtId')), attr(m[0], 'formatCode') ?? '')
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? ''
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0)
    const code = custom.get(id)
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE(id)
  })
}

const CELL = /<row\b([^>]*?)\/?>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g

/** 1 for A, 27 for AA… from a cell reference such as "AB12". */
function columnOf(ref: string): number {
  let col = 0
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i)
    if (code < 65 || code > 90) break
    col = col * 26 + code - 64
  }
  return col
}

interface SheetContext {
  strings: string[]
  dates: boolean[]
  date1904: boolean
}

/** A cell's value as text, or undefined for a cell with no value (a styled empty cell). */
function cellValue(attrs: string, body: string | undefined, ctx: SheetContext): string | undefined {
  if (body === undefined) return undefined
  const type = attr(attrs, 't') ?? 'n'
  if (type === 'inlineStr') {
    const is = /<is>([\s\S]*?)<\/is>/.exec(body)
    return is ? itemText(is[1]) : undefined
  }
  const v = /<v(?:\s[^>]*)?>([^<]*)<\/v>/.exec(body)
  if (!v) return body.includes('<f') ? '' : undefined // a formula never calculated: no value to read
  const raw = v[1]
  switch (type) {
    case 's': {
      const s = ctx.strings[Number(raw)]
      if (s === undefined) throw new NotPlain(`shared string ${raw}`)
      return s
    }
    case 'str':
      return decode(raw)
    case 'b':
      return String(parseInt(raw, 10) !== 0)
    case 'e':
      return ''
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : decode(raw)
    default: {
      const n = parseFloat(raw)
      const style = Number(attr(attrs, 's') ?? 0)
      // exceljs leaves a formula's result a number even when the cell shows a date; a date it is.
      return ctx.dates[style] && Number.isFinite(n) ? serialToDate(n, ctx.date1904) : String(n)
    }
  }
}

/** The rows of a sheet's sheetData, in the file's order, as they are asked for. */
function* cellRows(data: string, ctx: SheetContext): Generator<SheetCells> {
  let rowNumber = 0
  let cells: string[] | undefined
  let col = 0
  const re = new RegExp(CELL.source, 'g')
  re.lastIndex = data.indexOf('>') + 1
  for (let m = re.exec(data); m; m = re.exec(data)) {
    if (m[1] !== undefined) {
      if (cells) yield { row: rowNumber, cells }
      const r = attr(m[1], 'r')
      rowNumber = r ? Number(r) : rowNumber + 1
      cells = []
      col = 0
      continue
    }
    const attrs = m[2]
    const ref = attr(attrs, 'r')
    col = ref ? columnOf(ref) : col + 1
    let value: string | undefined
    try {
      value = cellValue(attrs, m[3], ctx)
    } catch (e) {
      if (e instanceof NotPlain) e.row = rowNumber
      throw e
    }
    if (value === undefined || !cells) continue
    while (cells.length < col - 1) cells.push('')
    cells[col - 1] = value
  }
  if (cells) yield { row: rowNumber, cells }
}

/**
 * One sheet. `lazy`: its header and the rows a title search looks at are read now, the rest as they are
 * asked for (`more`); a value this reader cannot read there is then an error (WorkbookDamaged), as exceljs
 * can no longer be asked instead.
 */
function readSheet(name: string, xml: string, ctx: SheetContext, lazy: boolean): RawSheet {
  if (/<\w+:sheetData\b/.test(xml)) throw new NotPlain('prefixed sheet')
  const sheet: RawSheet = { name, header: [], rows: [] }
  const start = xml.indexOf('<sheetData')
  if (start < 0 || /^<sheetData\b[^>]*\/>/.test(xml.slice(start, start + 200))) return sheet
  const end = xml.indexOf('</sheetData>', start)
  const data = xml.slice(start, end < 0 ? undefined : end)
  // CDATA is found at once, so that a lazy sheet never needs exceljs for it halfway through.
  if (data.includes('<![CDATA[')) throw new NotPlain('CDATA')
  const rows = cellRows(data, ctx)
  for (let r = rows.next(); !r.done; r = rows.next()) {
    addSheetRow(sheet, r.value.row, r.value.cells)
    if (lazy && sheet.rows.length >= TITLE_ROWS) {
      sheet.more = rest(name, rows)
      break
    }
  }
  return sheet
}

/** The rows after those read at once, as addSheetRow would keep them (blank rows left out). */
function* rest(name: string, rows: Generator<SheetCells>): Generator<SheetCells> {
  try {
    for (const r of rows) if (!blankRow(r.cells)) yield r
  } catch (e) {
    if (e instanceof NotPlain) throw new WorkbookDamaged(name, e.row ?? 0, e.message)
    throw e
  }
}

/**
 * Every sheet by lower-case name, each cell as text (dates as 2026-12-31), the first non-empty row as
 * header; or undefined when the workbook is not plain SpreadsheetML (then read it with exceljs).
 * `lazy`: each sheet's rows past the first few are read as they are asked for (see readSheet).
 */
export function readXlsxCells(path: string, { lazy = false } = {}): Map<string, RawSheet> | undefined {
  let unpacked = 0
  const files = unzipSync(readFileSync(path), {
    filter: (f) => {
      if (!f.name.endsWith('.xml') && !f.name.endsWith('.rels')) return false
      unpacked += f.originalSize
      if (unpacked > MAX_UNPACKED_MB * 1024 * 1024)
        throw new WorkbookTooLarge(`${path} unpacks to more than ${MAX_UNPACKED_MB} MB`)
      return true
    },
  })
  const utf8 = new TextDecoder()
  const text = (b: Uint8Array) => utf8.decode(b)
  try {
    const root = relationships(files, '', text)
    const workbookPath =
      [...root.values()].find((r) => r.type === 'officeDocument')?.path ?? 'xl/workbook.xml'
    const workbookBytes = files[workbookPath]
    if (!workbookBytes) return undefined
    const workbook = text(workbookBytes)
    if (/<\w+:sheets\b/.test(workbook)) return undefined
    const rels = relationships(files, workbookPath, text)
    const partOf = (type: string) => [...rels.values()].find((r) => r.type === type)?.path
    const sstPath = partOf('sharedStrings')
    const stylesPath = partOf('styles')
    const sst = sstPath && files[sstPath] ? text(files[sstPath]) : ''
    if (/<\w+:si\b/.test(sst)) return undefined
    const strings: string[] = []
    for (const m of sst.matchAll(/<si(?:\s[^>]*)?>([\s\S]*?)<\/si>|<si\s*\/>/g))
      strings.push(m[1] === undefined ? '' : itemText(m[1]))
    const pr = /<workbookPr\b[^>]*>/.exec(workbook)?.[0]
    const ctx: SheetContext = {
      strings,
      dates: dateStyles(stylesPath && files[stylesPath] ? text(files[stylesPath]) : undefined),
      date1904: pr ? ['1', 'true'].includes(attr(pr, 'date1904') ?? '') : false,
    }
    const out = new Map<string, RawSheet>()
    for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
      const name = attr(m[0], 'name') ?? `Sheet${out.size + 1}`
      const rel = rels.get(attr(m[0], 'r:id') ?? '')
      if (!rel || rel.type !== 'worksheet') continue // a chart sheet or dialog sheet holds no rows
      const bytes = files[rel.path]
      if (!bytes) return undefined
      if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), readSheet(name, text(bytes), ctx, lazy))
    }
    return out
  } catch (e) {
    if (e instanceof NotPlain) return undefined
    throw e
  }
}
