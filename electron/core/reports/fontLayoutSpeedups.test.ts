import path from 'node:path'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import {
  installFontLayoutSpeedups,
  MAX_SHARED_RUNS,
  ORIGINALS,
  sharedRunCount,
  type FontRun,
} from './fontLayoutSpeedups'
import { FONT_FILES } from './pdfEngine'

// The faster font layout must give exactly what pdfkit's own gives: the same glyphs, positions and widths
// for any text, so that pages are unchanged.

const FONTS = path.resolve(import.meta.dirname, '../../../resources/fonts')

type Font = {
  layout(
    text: string,
    features?: unknown,
    onlyWidth?: boolean,
  ): { glyphs: FontRun['glyphs'] | null; positions: FontRun['positions'] | null; advanceWidth: number }
  layoutCached(text: string): FontRun
  widthOfString(text: string, size: number): number
}

function fontOf(variant: keyof typeof FONT_FILES): Font {
  const doc = new PDFDocument({ autoFirstPage: false })
  doc.font(path.join(FONTS, FONT_FILES[variant]))
  expect(installFontLayoutSpeedups(doc)).toBe(true)
  return (doc as unknown as { _font: Font })._font
}

const TEXTS = [
  '',
  ' ',
  'a',
  'Register of processing activities',
  '  two  spaces and a trailing one ',
  'tab\tseparated\t\tcells',
  'office affluent fjord — ligatures and a dash',
  'Conservazione: 10 anni dalla chiusura dell’esercizio, art. 2220 c.c.',
  'Données à caractère personnel : « durée de conservation »',
  'x'.repeat(300),
  'a-hyphenated-word/with/slashes and (brackets)',
]

const plain = (r: ReturnType<Font['layout']>) => ({
  glyphs: r.glyphs?.map((g) => g.id) ?? null,
  positions: r.positions?.map((p) => ({ ...p })) ?? null,
  advanceWidth: r.advanceWidth,
})

describe('font layout speedups', () => {
  it.each(['normal', 'bold', 'italics'] as const)('lays out %s text exactly as pdfkit does', (variant) => {
    const font = fontOf(variant)
    const original = ORIGINALS.layout!
    for (const text of TEXTS) {
      expect(plain(font.layout(text)), text).toEqual(plain(original.call(font as never, text)))
      expect(font.layout(text, undefined, true).advanceWidth, text).toBe(
        original.call(font as never, text, undefined, true).advanceWidth,
      )
      expect(font.layout(text, undefined, true).glyphs).toBeNull()
    }
  })

  it('gives the glyphs of a line in order, each word shaped once', () => {
    const font = fontOf('normal')
    const line = font.layout('one two one')
    const one = font.layoutCached('one ')
    expect(line.glyphs!.slice(0, one.glyphs.length).map((g) => g.id)).toEqual(one.glyphs.map((g) => g.id))
    expect(line.advanceWidth).toBeCloseTo(
      one.advanceWidth + font.layoutCached('two ').advanceWidth + font.layoutCached('one').advanceWidth,
      9,
    )
  })

  it('shares shaped words between documents using the same font file, not between files', () => {
    const a = fontOf('normal')
    const b = fontOf('normal')
    const bold = fontOf('bold')
    expect(b.layoutCached('Processing ')).toBe(a.layoutCached('Processing '))
    expect(bold.layoutCached('Processing ')).not.toBe(a.layoutCached('Processing '))
    expect(bold.widthOfString('Processing', 10)).toBeGreaterThan(a.widthOfString('Processing', 10))
  })

  it('keeps a bounded number of shaped words across documents (the app runs for days)', () => {
    const font = fontOf('italics')
    for (let i = 0; i < MAX_SHARED_RUNS + 10; i++) font.layoutCached(`word${i} `)
    expect(sharedRunCount()).toBeGreaterThan(0)
    expect(sharedRunCount()).toBeLessThanOrEqual(MAX_SHARED_RUNS)
    // Still right after the cache was emptied.
    expect(font.layout('word1 ').advanceWidth).toBe(
      ORIGINALS.layout!.call(font as never, 'word1 ').advanceWidth,
    )
  })

  it('leaves a document without an embedded font alone', () => {
    expect(installFontLayoutSpeedups(new PDFDocument({ autoFirstPage: false }))).toBe(false)
  })
})
