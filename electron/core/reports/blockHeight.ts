import type { Content, StyleDictionary } from 'pdfmake/interfaces'

// A quick, deliberately generous estimate of how tall the start of a block of pdfmake content will be,
// made before layout (pdfmake measures only during layout). The shared layout reserves this much room
// under a heading so that the heading is never the last thing on a page (layout.ts, keepHeadingsWithNext).
// Overestimating only moves a heading to the next page a little early; it never loses content.

type Node = Record<string, unknown>
type Box = [number, number, number, number]

export interface EstimateContext {
  /** Width available to the block, in points. */
  width: number
  /** Font size inherited from the enclosing nodes. */
  fontSize: number
  styles: StyleDictionary
}

/** Average advance of a Roboto character, in em: generous (real text averages about 0.5 em). */
const CHAR_EM = 0.6
/** One line, in em: Roboto's ascender + descender (1.17 em) × the documents' lineHeight 1.2, rounded up. */
const LINE_EM = 1.44
/** Lines of a paragraph that must follow a heading (a paragraph may break after them). */
const FIRST_LINES = 2
/** Cell padding (top + bottom, left + right) and rule of the layout's tables, rounded up. */
const CELL_PAD_Y = 9
const CELL_PAD_X = 8

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x)

function styleValue(node: Node, key: string, styles: StyleDictionary): unknown {
  if (node[key] !== undefined) return node[key]
  const names = Array.isArray(node.style) ? node.style : node.style === undefined ? [] : [node.style]
  for (let i = names.length - 1; i >= 0; i--) {
    const style = typeof names[i] === 'string' ? styles[names[i] as string] : names[i]
    const value = isNode(style) ? style[key] : undefined
    if (value !== undefined) return value
  }
  return undefined
}

/** A node's margins as [left, top, right, bottom], from the node or its named styles. */
export function marginOf(node: unknown, styles: StyleDictionary): Box {
  if (!isNode(node)) return [0, 0, 0, 0]
  const m = styleValue(node, 'margin', styles)
  if (typeof m === 'number') return [m, m, m, m]
  if (Array.isArray(m) && m.length === 2) return [m[0], m[1], m[0], m[1]] as Box
  if (Array.isArray(m) && m.length === 4) return [...m] as Box
  return [0, 0, 0, 0]
}

const fontSizeOf = (node: unknown, ctx: EstimateContext): number => {
  const fs = isNode(node) ? styleValue(node, 'fontSize', ctx.styles) : undefined
  return typeof fs === 'number' ? fs : ctx.fontSize
}

/** The plain text of inline content (a string, runs, or nested runs). */
function plainText(x: unknown): string {
  if (typeof x === 'string' || typeof x === 'number') return String(x)
  if (Array.isArray(x)) return x.map(plainText).join('')
  if (isNode(x)) return plainText(x.text)
  return ''
}

/** Lines the text wraps to at this width, greedily by words. */
export function lineCount(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * CHAR_EM)))
  let lines = 0
  for (const paragraph of text.split('\n')) {
    let used = 0
    lines += 1
    for (const word of paragraph.split(' ')) {
      if (used > 0 && used + 1 + word.length > perLine) {
        lines += 1
        used = 0
      }
      used += (used > 0 ? 1 : 0) + word.length
      while (used > perLine) {
        lines += 1
        used -= perLine
      }
    }
  }
  return lines
}

function columnWidths(widths: unknown, count: number, width: number): number[] {
  const ws = Array.isArray(widths) ? widths : Array.from({ length: count }, () => '*')
  const fixed = ws.reduce((sum: number, w) => sum + (typeof w === 'number' ? w : 0), 0)
  const flexible = ws.filter((w) => typeof w !== 'number').length
  const share = Math.max(20, (width - fixed - ws.length * CELL_PAD_X) / Math.max(1, flexible))
  return ws.map((w) => (typeof w === 'number' ? w : share))
}

function rowHeight(row: unknown, cols: number[], ctx: EstimateContext, first: boolean): number {
  if (!Array.isArray(row)) return 0
  let height = 0
  row.forEach((cell, i) => {
    const span = isNode(cell) && typeof cell.colSpan === 'number' ? cell.colSpan : 1
    const width = cols.slice(i, i + span).reduce((a, b) => a + b, 0) + (span - 1) * CELL_PAD_X
    const h = first ? firstBlockHeight(cell, { ...ctx, width }) : blockHeight(cell, { ...ctx, width })
    height = Math.max(height, h)
  })
  return height + CELL_PAD_Y
}

function canvasHeight(vectors: unknown): number {
  if (!Array.isArray(vectors)) return 0
  let h = 0
  for (const v of vectors) {
    if (!isNode(v)) continue
    const n = (k: string) => (typeof v[k] === 'number' ? (v[k] as number) : 0)
    h = Math.max(h, n('y') + n('h'), n('y1'), n('y2'), n('y') + n('r2'))
    if (Array.isArray(v.points)) for (const p of v.points) if (isNode(p)) h = Math.max(h, typeof p.y === 'number' ? p.y : 0)
    h += n('lineWidth')
  }
  return h
}

/**
 * Estimated height of the whole block, or of its first `maxLines` lines for text.
 * Unknown kinds of content count as three lines.
 */
export function blockHeight(x: Content | unknown, ctx: EstimateContext, maxLines = Infinity): number {
  if (x === null || x === undefined) return 0
  const fontSize = fontSizeOf(x, ctx)
  const inner = { ...ctx, fontSize }
  const line = fontSize * LINE_EM
  if (typeof x === 'string' || typeof x === 'number') return Math.min(maxLines, lineCount(String(x), ctx.width, fontSize)) * line
  if (Array.isArray(x)) return x.reduce((sum: number, c) => sum + blockHeight(c, inner), 0)
  if (!isNode(x)) return 3 * line
  const [left, top, right, bottom] = marginOf(x, ctx.styles)
  const width = Math.max(20, ctx.width - left - right)
  const boxed = { ...inner, width }
  let body: number
  if (x.text !== undefined) body = Math.min(maxLines, lineCount(plainText(x.text), width, fontSize)) * line
  else if (Array.isArray(x.stack)) body = x.stack.reduce((sum: number, c) => sum + blockHeight(c, boxed), 0)
  else if (Array.isArray(x.ul) || Array.isArray(x.ol)) {
    const items = (x.ul ?? x.ol) as unknown[]
    body = items.reduce((sum: number, c) => sum + blockHeight(c, { ...boxed, width: width - 15 }), 0)
  } else if (Array.isArray(x.columns)) {
    const cols = x.columns as unknown[]
    const widths = columnWidths(cols.map((c) => (isNode(c) ? c.width : undefined)), cols.length, width)
    body = Math.max(0, ...cols.map((c, i) => blockHeight(c, { ...boxed, width: widths[i] })))
  } else if (isNode(x.table) && Array.isArray(x.table.body)) {
    const rows = x.table.body as unknown[]
    const cols = columnWidths(x.table.widths, Array.isArray(rows[0]) ? rows[0].length : 1, width)
    body = rows.reduce((sum: number, r) => sum + rowHeight(r, cols, boxed, false), 0)
  } else if (x.canvas !== undefined) body = canvasHeight(x.canvas)
  else if (x.image !== undefined) body = typeof x.height === 'number' ? x.height : Array.isArray(x.fit) ? Number(x.fit[1]) : 200
  else body = 3 * line
  return top + body + bottom
}

/**
 * Estimated height of what must stay with a heading put just above this block: its first lines
 * (text, lists), its first row with the rows kept with it (tables), or all of it (anything that
 * cannot break: images, canvases, unbreakable blocks).
 */
export function firstBlockHeight(x: Content | unknown, ctx: EstimateContext): number {
  if (!isNode(x) && !Array.isArray(x)) return blockHeight(x, ctx, FIRST_LINES)
  if (Array.isArray(x)) return x.length ? firstBlockHeight(x[0], { ...ctx, fontSize: fontSizeOf(x, ctx) }) : 0
  if (x.unbreakable) return blockHeight(x, ctx)
  const fontSize = fontSizeOf(x, ctx)
  const [left, top, right] = marginOf(x, ctx.styles)
  const width = Math.max(20, ctx.width - left - right)
  const inner = { ...ctx, fontSize, width }
  if (x.text !== undefined) return blockHeight(x, ctx, FIRST_LINES)
  if (Array.isArray(x.stack)) return top + (x.stack.length ? firstBlockHeight(x.stack[0], inner) : 0)
  if (Array.isArray(x.ul) || Array.isArray(x.ol)) {
    const items = (x.ul ?? x.ol) as unknown[]
    return top + (items.length ? firstBlockHeight(items[0], { ...inner, width: width - 15 }) : 0)
  }
  if (Array.isArray(x.columns)) {
    const cols = x.columns as unknown[]
    const widths = columnWidths(cols.map((c) => (isNode(c) ? c.width : undefined)), cols.length, width)
    return top + Math.max(0, ...cols.map((c, i) => firstBlockHeight(c, { ...inner, width: widths[i] })))
  }
  if (isNode(x.table) && Array.isArray(x.table.body)) {
    const t = x.table
    const rows = t.body as unknown[]
    const cols = columnWidths(t.widths, Array.isArray(rows[0]) ? rows[0].length : 1, width)
    const header = typeof t.headerRows === 'number' ? t.headerRows : 0
    const kept = header > 0 && typeof t.keepWithHeaderRows === 'number' ? t.keepWithHeaderRows : 0
    // Rows that cannot be separated from the first: the header rows with the rows kept with them, or the
    // first row when rows never break; otherwise the first lines of the first row.
    const whole = header > 0 ? header + kept : t.dontBreakRows ? 1 : 0
    let h = top
    if (whole === 0) h += rowHeight(rows[0], cols, inner, true)
    else for (const r of rows.slice(0, whole)) h += rowHeight(r, cols, inner, false)
    return h
  }
  return blockHeight(x, ctx)
}
