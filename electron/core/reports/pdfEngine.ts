import { existsSync } from 'node:fs'
import path from 'node:path'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'

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

function fontDictionary(dir: string): TFontDictionary {
  if (!checkedDirs.has(dir)) {
    const missing = Object.values(FONT_FILES).filter((f) => !existsSync(path.join(dir, f)))
    if (missing.length > 0)
      throw new Error(
        `The report fonts are missing from ${dir} (${missing.join(', ')}). Reinstall the app; its resources/fonts folder is incomplete.`,
      )
    checkedDirs.add(dir)
  }
  return {
    [FONT_FAMILY]: {
      normal: path.join(dir, FONT_FILES.normal),
      bold: path.join(dir, FONT_FILES.bold),
      italics: path.join(dir, FONT_FILES.italics),
      bolditalics: path.join(dir, FONT_FILES.bolditalics),
    },
  }
}

/** Points the pdfmake singleton at the fonts in fontsDir and forbids every other file and all URLs. */
export function configurePdfmake(fontsDir: string): void {
  const dir = path.resolve(fontsDir)
  pdfmake.setFonts(fontDictionary(dir))
  // Reports are offline: no URL is ever fetched, and only the font folder may be read.
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(dir + path.sep))
}

/** Renders a document definition (see layout.ts) to PDF bytes with the fonts in fontsDir. */
export async function renderPdf(doc: TDocumentDefinitions, fontsDir: string): Promise<Buffer> {
  configurePdfmake(fontsDir)
  return pdfmake.createPdf(doc).getBuffer()
}
