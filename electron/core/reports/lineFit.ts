import LineBreaker from 'linebreak'
import type PDFDocument from 'pdfkit'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { installFontLayoutSpeedups } from './fontLayoutSpeedups'

// Long reports (a register of 1,000 activities) spend most of their time in pdfmake's per-word work: it
// splits every text into words, measures each, and draws each with its own text operation. The lines of
// our tables' cells are instead broken here, the way pdfmake breaks them (Unicode line-break
// opportunities from `linebreak`, filled greedily, widths from pdfkit: the libraries pdfmake itself uses),
// and each line is given to pdfmake as one unbreakable run (`noWrap`, a documented pdfmake property): the
// page is the same, the work a fraction. Text whose style cannot be told for sure, and a word wider than
// its column, are left to pdfmake's own wrapping.

export type FontVariant = 'normal' | 'bold' | 'italics' | 'bolditalics'

/** Widths in points of text in the report fonts. */
export type MeasureText = (text: string, variant: FontVariant, fontSize: number) => number

/** A measurer over the four font files, with pdfkit's own per-word cache behind it (pdfkit is passed in: loaded on first use). */
export function createTextMeasure(fontFiles: Record<FontVariant, string>, Pdf: typeof PDFDocument): MeasureText {
  const doc = new Pdf({ autoFirstPage: false })
  // pdfkit registers a font once per name and reuses its glyph layouts.
  for (const [variant, file] of Object.entries(fontFiles)) doc.registerFont(variant, file)
  installFontLayoutSpeedups(doc.font('normal'))
  return (text, variant, fontSize) => doc.font(variant).fontSize(fontSize).widthOfString(text)
}

/** Room kept free in a line (points), for rounding: our line and pdfmake's measure of it are the same pdfkit call. */
const SLACK = 0.01

/** What the layout tells about a table it made: its column widths as pdfmake takes them. */
interface FitSpec {
  widths: (number | '*' | 'auto')[]
  /** Left + right padding of each cell. */
  cellPadding: number
  /** Font size the table's cells inherit. */
  fontSize: number
}

/**
 * Content width of each column in points, as pdfmake computes it (columnCalculator: fixed widths as given,
 * '*' columns share what is left after the fixed ones and every cell's padding), or null when it cannot be
 * known here ('auto' columns, and '*' ones beside them).
 */
function columnWidths(spec: FitSpec, available: number): (number | null)[] {
  const { widths, cellPadding } = spec
  if (widths.includes('auto')) return widths.map((w) => (typeof w === 'number' ? w : null))
  const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0)
  const stars = widths.filter((w) => w === '*').length
  const star = stars === 0 ? 0 : (available - fixed - cellPadding * widths.length) / stars
  return widths.map((w) => (typeof w === 'number' ? w : star))
}

const fitSpecs = new WeakMap<object, FitSpec>()

/**
 * Marks a table made by the layout whose cells may be fitted. `widths` are pdfmake's column widths and
 * `cellPadding` the left + right padding of each cell (pdfmake adds padding and rules outside the widths).
 */
export function fitTable<T extends object>(table: T, widths: (number | '*' | 'auto')[], cellPadding: number, fontSize: number): T {
  fitSpecs.set(table, { widths, cellPadding, fontSize })
  return table
}

/** The same spec for a copy of a fitted table (a table the layout cut in two). */
export function fitLike<T extends object>(copy: T, original: object): T {
  const spec = fitSpecs.get(original)
  if (spec) fitSpecs.set(copy, spec)
  return copy
}

type Style = { bold: boolean; italics: boolean; fontSize: number }
type Run = { text: string } & Record<string, unknown>

/** Properties a run may carry that this module understands; any other (a named style, a link…) stops fitting. */
const KNOWN = new Set(['text', 'bold', 'italics', 'fontSize', 'color', 'alignment'])

function plainRun(x: unknown): x is Run {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as Run).text === 'string' && Object.keys(x).every((k) => KNOWN.has(k))
}

const styleOf = (run: Record<string, unknown>, parent: Style): Style => ({
  bold: typeof run.bold === 'boolean' ? run.bold : parent.bold,
  italics: typeof run.italics === 'boolean' ? run.italics : parent.italics,
  fontSize: typeof run.fontSize === 'number' ? run.fontSize : parent.fontSize,
})

const variantOf = (s: Style): FontVariant => (s.bold ? (s.italics ? 'bolditalics' : 'bold') : s.italics ? 'italics' : 'normal')

/**
 * A cell fitted to `width`.
 * - content: the cell's runs with each single-style line broken into unbreakable lines; null = leave the
 *   cell as it is (not plain text: nested content, named styles; or nothing could be fitted).
 * - narrow: every word of the cell is known to fit the width. When a word is wider, pdfmake widens a '*'
 *   column to hold it, and lines fitted to the narrower width would break differently from pdfmake's.
 */
function fitCell(cell: unknown, width: number, base: Style, measure: MeasureText): { content: Content | null; narrow: boolean } {
  const unknown = { content: null, narrow: false }
  let node: Run
  if (typeof cell === 'string') node = { text: cell }
  else if (typeof cell === 'object' && cell !== null && !Array.isArray(cell) && Array.isArray((cell as Run).text)) {
    const { text, ...rest } = cell as { text: unknown[] }
    if (!Object.keys(rest).every((k) => KNOWN.has(k)) || !text.every((r) => typeof r === 'string' || plainRun(r))) return unknown
    node = cell as Run
  } else if (plainRun(cell)) node = cell
  else return unknown
  if ((node as { alignment?: unknown }).alignment === 'justify') return unknown
  const { text, ...nodeProps } = node as { text: string | (string | Run)[] }
  const nodeStyle = styleOf(nodeProps, base)

  // The cell's lines; a newline keeps the style of its run (an empty line is as tall as its run's font).
  type Piece = { text: string; props: Record<string, unknown>; newline: boolean }
  const pieces: Piece[] = []
  for (const r of typeof text === 'string' ? [text] : text) {
    const { text: t, ...props } = typeof r === 'string' ? { text: r } : r
    t.split(NEWLINE).forEach((segment, i) => {
      if (i > 0) pieces.push({ text: '\n', props, newline: true })
      if (segment !== '') pieces.push({ text: segment, props, newline: false })
    })
  }

  const out: Run[] = []
  let fitted = 0
  let narrow = true
  let line: Piece[] = []
  const wrapPiece = (p: Piece) => {
    const s = styleOf(p.props, nodeStyle)
    return wrap(p.text, width - SLACK, (x) => measure(x, variantOf(s), s.fontSize))
  }
  const flush = () => {
    const [only] = line
    const lines = line.length === 1 ? wrapPiece(only) : null
    if (lines) {
      lines.forEach((x, i) => {
        if (i > 0) out.push({ ...only.props, text: '\n' })
        out.push({ ...only.props, text: x, noWrap: true })
      })
      fitted++
    } else {
      // Several styles on one line stay with pdfmake; their words must still fit for the column to hold.
      if (!line.every((p) => line.length > 1 && wrapPiece(p))) narrow = false
      for (const p of line) out.push({ ...p.props, text: p.text })
    }
    line = []
  }
  for (const p of pieces) {
    if (!p.newline) line.push(p)
    else {
      flush()
      out.push({ ...p.props, text: p.text })
    }
  }
  flush()
  return { content: fitted === 0 ? null : ({ ...nodeProps, text: out } as Content), narrow }
}

/** Line ends as pdfmake reads them (\r\n, \r or \n). */
const NEWLINE = /\r\n|\r|\n/
/** Other characters after which Unicode requires a line break (UAX #14 class BK, and NEL): left to pdfmake. */
const OTHER_MANDATORY_BREAK = /[\v\f\u0085\u2028\u2029]/

/**
 * One line of text broken into lines no wider than `limit`, greedily at Unicode line-break opportunities
 * as pdfmake does (spaces at a line's end do not count). null when a single word does not fit: pdfmake
 * then decides.
 */
function wrap(text: string, limit: number, width: (s: string) => number): string[] | null {
  if (OTHER_MANDATORY_BREAK.test(text)) return null
  if (width(text) <= limit) return [text]
  const segments: string[] = []
  const breaker = new LineBreaker(text)
  let last = 0
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.required && bk.position < text.length) return null
    segments.push(text.slice(last, bk.position))
    last = bk.position
  }
  const lines: string[] = []
  let line = ''
  let lineWidth = 0 // of `line`, trailing spaces included
  // pdfkit measures text as runs cut after each space or tab, so while every cut in the line falls after
  // one, the line's width is the sum of its segments' (each measured once); after a cut elsewhere (a
  // hyphen) the line is measured whole.
  let additive = true
  const endsInSpace = (x: string) => x.endsWith(' ') || x.endsWith('\t')
  for (const segment of segments) {
    const w = line === '' ? width(segment.trimEnd()) : additive ? lineWidth + width(segment.trimEnd()) : width((line + segment).trimEnd())
    if (w > limit) {
      if (line === '') return null
      lines.push(line.trimEnd())
      line = ''
      lineWidth = 0
      additive = true
      if (width(segment.trimEnd()) > limit) return null
    }
    line += segment
    lineWidth += width(segment)
    additive &&= endsInSpace(segment)
  }
  lines.push(line.trimEnd())
  return lines
}

const marginX = (x: object): number => {
  const m = (x as { margin?: unknown }).margin
  if (typeof m === 'number') return 2 * m
  if (Array.isArray(m)) return m.length === 2 ? 2 * (m[0] as number) : ((m[0] as number) ?? 0) + ((m[2] as number) ?? 0)
  return 0
}

/**
 * Fits the lines of every table the layout marked, wherever it sits in the document's content (at the
 * top level or in stacks, whose margins narrow it). Tables inside columns or other tables are left alone.
 */
export function fitDocumentLines(doc: TDocumentDefinitions, contentWidth: number, defaultFontSize: number, measureText: MeasureText): void {
  const base: Style = { bold: false, italics: false, fontSize: defaultFontSize }
  // Long registers repeat the same lines (labels, retention rules, vendors) hundreds of times: each is
  // measured once per document.
  const widths = new Map<string, number>()
  const measure: MeasureText = (text, variant, fontSize) => {
    const key = `${variant}\u0000${fontSize}\u0000${text}`
    let w = widths.get(key)
    if (w === undefined) widths.set(key, (w = measureText(text, variant, fontSize)))
    return w
  }
  const visit = (x: Content, available: number): void => {
    if (Array.isArray(x)) return x.forEach((y) => visit(y, available))
    if (typeof x !== 'object' || x === null) return
    const inner = available - marginX(x)
    if ('stack' in x && Array.isArray(x.stack)) return x.stack.forEach((y) => visit(y, inner))
    const spec = fitSpecs.get(x)
    if (!spec || !('table' in x) || !x.table) return
    const widths = columnWidths(spec, inner)
    const tableStyle = styleOf(x as unknown as Record<string, unknown>, { ...base, fontSize: spec.fontSize })
    const fitted = x.table.body.map((row) =>
      row.map((cell, i) => {
        const w = widths[i]
        return w === null || w === undefined ? { content: null, narrow: spec.widths[i] !== '*' } : fitCell(cell, w, tableStyle, measure)
      }),
    )
    // A '*' column pdfmake would widen for a long word: the whole table is left to pdfmake.
    if (fitted.some((row) => row.some((c, i) => spec.widths[i] === '*' && !c.narrow))) return
    x.table.body = x.table.body.map((row, r) => row.map((cell, i) => (fitted[r][i].content as typeof cell | null) ?? cell))
  }
  visit(doc.content, contentWidth)
}
