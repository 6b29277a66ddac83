import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Test support: the text of a PDF page by page, as poppler's pdftotext lays it out. Tests read what a
// person would read, not the document definition.

/** Runs `pdftotext -layout` on the bytes; returns one string per page. */
export function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'pwb-pdf-'))
  try {
    const file = path.join(dir, 'report.pdf')
    writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    // pdftotext ends every page with a form feed, so the last element is empty.
    const pages = text.split('\f')
    if (pages.at(-1)?.trim() === '') pages.pop()
    return pages
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Non-empty lines of a page, trimmed. */
export const pageLines = (page: string): string[] =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
