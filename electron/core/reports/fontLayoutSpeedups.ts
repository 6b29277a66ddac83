import type PDFDocument from 'pdfkit'

// pdfkit 0.19 measures and draws text through its embedded font's layout(): the text is cut after each
// space or tab, each piece is shaped by fontkit once per document and cached, and the pieces' glyphs are
// joined. Two costs in that path are not needed, and are removed here without changing a glyph or a width:
// - the pieces are joined with Array.concat, which copies the line's glyphs again for every word (a line of
//   n words costs n² copies);
// - the cache belongs to one document, so every document shapes the same words again (a report makes two:
//   the line-fitting measurer's and pdfmake's), and every report in the app starts from nothing.
// A register of 1,000 activities renders about a tenth faster (bench/registerBench.ts). The originals are
// kept (ORIGINALS) so that a test can compare the two on the same text.

/** A shaped run as pdfkit caches it: glyphs, their positions (in 1/1000 em) and the total advance. */
export interface FontRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[]
  positions: Record<string, number>[]
  advanceWidth: number
}

interface EmbeddedFontLike {
  font: { postscriptName?: string; numGlyphs?: number; unitsPerEm?: number }
  layoutRun(text: string, features?: unknown): FontRun
  layoutCached(text: string): FontRun
  layout(
    text: string,
    features?: unknown,
    onlyWidth?: boolean,
  ): { glyphs: FontRun['glyphs'] | null; positions: FontRun['positions'] | null; advanceWidth: number }
  /** The shared cache of this font file, found once per font object. */
  pwbRuns?: Map<string, FontRun>
}

type Methods = Pick<EmbeddedFontLike, 'layoutCached' | 'layout'>
const PATCHED = Symbol.for('pwb.fontLayoutSpeedups')

/** pdfkit's own methods, as they were before install (for tests). */
export const ORIGINALS: Partial<Methods> = {}

/**
 * Shaped words kept across documents, all fonts together: about 3 KB each, so at most about 60 MB in a
 * long-running app. A register of 1,000 activities uses about 10,500; past the limit all are dropped.
 */
export const MAX_SHARED_RUNS = 20_000
const runsByFont = new Map<string, Map<string, FontRun>>()
let sharedRuns = 0

/** Shaped words kept across documents, all fonts together (to keep an eye on the cache's size). */
export const sharedRunCount = (): number => sharedRuns

function runsOf(font: EmbeddedFontLike): Map<string, FontRun> {
  let runs = font.pwbRuns
  if (runs === undefined) {
    // Shaping depends on the font file only: its name, glyph count and units per em tell files apart.
    const key = `${font.font.postscriptName}\u0000${font.font.numGlyphs}\u0000${font.font.unitsPerEm}`
    runs = runsByFont.get(key)
    if (!runs) runsByFont.set(key, (runs = new Map()))
    font.pwbRuns = runs
  }
  return runs
}

function layoutCached(this: EmbeddedFontLike, text: string): FontRun {
  const runs = runsOf(this)
  let run = runs.get(text)
  if (run === undefined) {
    if (sharedRuns >= MAX_SHARED_RUNS) {
      for (const r of runsByFont.values()) r.clear()
      sharedRuns = 0
    }
    runs.set(text, (run = this.layoutRun(text)))
    sharedRuns++
  }
  return run
}

const SPACE = 32
const TAB = 9

/** pdfkit's layout(): the same cuts (after each space or tab) and sums, the glyphs appended in place. */
function layout(this: EmbeddedFontLike, text: string, features?: unknown, onlyWidth?: boolean) {
  if (features) return this.layoutRun(text, features)
  const glyphs: FontRun['glyphs'] | null = onlyWidth ? null : []
  const positions: FontRun['positions'] | null = onlyWidth ? null : []
  let advanceWidth = 0
  let last = 0
  const n = text.length
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1
    if (c === SPACE || c === TAB || (i === n && last < n)) {
      const run = this.layoutCached(text.slice(last, i + 1))
      if (glyphs && positions)
        for (let g = 0; g < run.glyphs.length; g++) {
          glyphs.push(run.glyphs[g])
          positions.push(run.positions[g])
        }
      advanceWidth += run.advanceWidth
      last = i + 1
    }
  }
  return { glyphs, positions, advanceWidth }
}

/**
 * Installs the faster methods on pdfkit's embedded-font class, found through a document that has a
 * TrueType font selected. Once per process; a pdfkit whose font class is not the expected shape (another
 * version) is left as it is.
 */
export function installFontLayoutSpeedups(doc: InstanceType<typeof PDFDocument>): boolean {
  const font = (doc as unknown as { _font?: object })._font
  const proto = font
    ? (Object.getPrototypeOf(font) as Partial<Methods> & { [PATCHED]?: true; layoutRun?: unknown })
    : undefined
  if (!proto) return false
  if (proto[PATCHED]) return true
  if (
    typeof proto.layoutRun !== 'function' ||
    typeof proto.layoutCached !== 'function' ||
    typeof proto.layout !== 'function' ||
    proto.layout.length !== 3
  )
    return false
  ORIGINALS.layoutCached = proto.layoutCached
  ORIGINALS.layout = proto.layout
  proto.layoutCached = layoutCached
  proto.layout = layout
  proto[PATCHED] = true
  return true
}
