import { existsSync } from 'node:fs'
import path from 'node:path'
import type PDFDocument from 'pdfkit'
import type pdfmakeModule from 'pdfmake'
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'
import { createTextMeasure, fitDocumentLines, type MeasureText } from './lineFit'
import { CoreError } from '../errors'
import { installStyleLookupSpeedup, styleStackClassOf } from './styleLookupSpeedup'
import { installColorStateSpeedup } from './colorStateSpeedup'

// pdfmake 0.3 is a process-wide singleton (fonts and access policies live on it). Every render sets
// the whole configuration again, synchronously, right before createPdf, which snapshots it: calling
// this any number of times, from any report, with the same folder is harmless (idempotent).

/** Family name used by every report; pdfmake's "bold" is Roboto Medium. */
export const FONT_FAMILY = 'Roboto'

export const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const

const checkedDirs = new Set<string>()

/** The four font files in dir, checked once per folder. */
function fontFiles(dir: string): Record<keyof typeof FONT_FILES, string> {
  if (!checkedDirs.has(dir)) {
    const missing = Object.values(FONT_FILES).filter((f) => !existsSync(path.join(dir, f)))
    if (missing.length > 0)
      throw new CoreError('INTERNAL', 'errors.fontsMissing', { dir, files: missing.join(', ') })
    checkedDirs.add(dir)
  }
  const file = (variant: keyof typeof FONT_FILES) => path.join(dir, FONT_FILES[variant])
  return {
    normal: file('normal'),
    bold: file('bold'),
    italics: file('italics'),
    bolditalics: file('bolditalics'),
  }
}

const fontDictionary = (dir: string): TFontDictionary => ({ [FONT_FAMILY]: fontFiles(dir) })

type Pdfmake = typeof pdfmakeModule
interface PdfLibraries {
  pdfmake: Pdfmake
  PDFDocument: typeof PDFDocument
}
let libraries: Promise<PdfLibraries> | undefined

/**
 * pdfmake and pdfkit, loaded on the first report rather than at start: they take about 0.3 s to load,
 * which every other `pwb` command and the app's first window would otherwise wait for.
 */
export function loadPdfLibraries(): Promise<PdfLibraries> {
  libraries ??= Promise.all([
    import('pdfmake'),
    import('pdfkit'),
    import('pdfmake/js/StyleContextStack.js'),
  ]).then(([m, k, s]) => {
    // The same module pdfmake's own files require (one CommonJS cache): its style lookups, made faster.
    const styleStack = styleStackClassOf(s)
    if (styleStack) installStyleLookupSpeedup(styleStack)
    // The same pdfkit class pdfmake's documents extend: colours, opacities and line settings written once per page state.
    installColorStateSpeedup(k.default)
    return { pdfmake: m.default, PDFDocument: k.default }
  })
  return libraries
}

/** Points the pdfmake singleton at the fonts in fontsDir and forbids every other file and all URLs. */
export function configurePdfmake(pdfmake: Pdfmake, fontsDir: string): Pdfmake {
  const dir = path.resolve(fontsDir)
  pdfmake.setFonts(fontDictionary(dir))
  // Reports are offline: no URL is ever fetched, and only the font folder may be read.
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(dir + path.sep))
  return pdfmake
}

const measures = new Map<string, MeasureText>()
function measureFor(fontsDir: string, Pdf: typeof PDFDocument): MeasureText {
  const dir = path.resolve(fontsDir)
  let measure = measures.get(dir)
  if (!measure) {
    measures.set(dir, (measure = createTextMeasure(fontFiles(dir), Pdf)))
  }
  return measure
}

/** A4 portrait, the only page our layout uses; other sizes are rendered without fitting lines. */
const A4_WIDTH = 595.28

function contentWidth(doc: TDocumentDefinitions): number | null {
  if (doc.pageSize !== 'A4' || (doc.pageOrientation ?? 'portrait') !== 'portrait') return null
  const m = doc.pageMargins
  if (!Array.isArray(m) || m.length !== 4) return null
  return A4_WIDTH - m[0] - m[2]
}

/** Renders a document definition (see layout.ts) to PDF bytes with the fonts in fontsDir. */
export async function renderPdf(doc: TDocumentDefinitions, fontsDir: string): Promise<Buffer> {
  const { pdfmake, PDFDocument: Pdf } = await loadPdfLibraries()
  // No await from here to createPdf, which snapshots the singleton's configuration: another report
  // rendering meanwhile cannot change it in between.
  configurePdfmake(pdfmake, fontsDir)
  const width = contentWidth(doc)
  const fontSize = (doc.defaultStyle as { fontSize?: number } | undefined)?.fontSize
  if (width !== null && fontSize !== undefined)
    fitDocumentLines(doc, width, fontSize, measureFor(fontsDir, Pdf))
  return pdfmake.createPdf(doc).getBuffer()
}
