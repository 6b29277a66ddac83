import path from 'node:path'
import type { Content, DynamicContent } from 'pdfmake/interfaces'
import { describe, expect, it } from 'vitest'
import { buildReportDoc, dataTable, shortHash, type ReportMeta } from './layout'
import { renderPdf } from './pdfEngine'
import { pageLines, pdfPages } from './pdfText'

const FONTS = path.resolve(import.meta.dirname, '../../../resources/fonts')
const HASH = 'a3f1c9e07b5d42e8a3f1c9e07b5d42e8a3f1c9e07b5d42e8a3f1c9e07b5d42e8'

const meta = (over: Partial<ReportMeta> = {}): ReportMeta => ({
  title: 'Test report',
  organisationName: 'Acme Società Cooperativa',
  generatedAt: '2026-03-29T00:30:00Z',
  timeZone: 'Europe/Rome',
  lang: 'en',
  workspaceId: 'ws-1',
  auditHeadHash: HASH,
  appVersion: '9.9.9',
  ...over,
})

const PAGE_SIZE = { width: 595.28, height: 841.89, orientation: 'portrait' as const }

/** Flattens the text of a header/footer node, whatever its nesting. */
function textOf(node: unknown): string {
  if (node === null || node === undefined) return ''
  if (typeof node === 'string') return node
  if (Array.isArray(node)) return node.map(textOf).join(' ')
  if (typeof node === 'object') {
    const o = node as Record<string, unknown>
    return ['text', 'stack', 'columns'].map((k) => textOf(o[k])).join(' ')
  }
  return ''
}

describe('buildReportDoc', () => {
  it('prints "Page x of y" in English and "Pagina x di y" in Italian, with the short head hash', () => {
    const en = buildReportDoc({ meta: meta(), sections: [] }).footer as DynamicContent
    expect(textOf(en(2, 5, PAGE_SIZE))).toContain('Page 2 of 5')
    expect(textOf(en(2, 5, PAGE_SIZE))).toContain(`Audit log head ${HASH.slice(0, 12)}…`)
    const it_ = buildReportDoc({ meta: meta({ lang: 'it' }), sections: [] }).footer as DynamicContent
    expect(textOf(it_(2, 5, PAGE_SIZE))).toContain('Pagina 2 di 5')
  })

  it('leaves the cover without a running header', () => {
    const header = buildReportDoc({ meta: meta(), sections: [] }).header as DynamicContent
    expect(header(1, 3, PAGE_SIZE)).toBeNull()
    expect(textOf(header(2, 3, PAGE_SIZE))).toMatch(/Acme Società Cooperativa.*Test report/)
  })

  it('falls back to English strings for French and prints French dates', async () => {
    const doc = buildReportDoc({
      meta: meta({ lang: 'fr' }),
      sections: [{ title: 'Section', content: [{ text: 'Corps' }] }],
    })
    const pages = pdfPages(await renderPdf(doc, FONTS))
    // 00:30 UTC on the night clocks go forward in Rome is 01:30 CET (UTC+01:00).
    expect(pages[0]).toContain('29 mars 2026, 01:30 (UTC+01:00)')
    expect(pageLines(pages[0]).at(-1)).toMatch(/Page 1 of 2$/)
  })

  it('starts every section after the first on a new page and lists sections and subsections in the contents', async () => {
    const doc = buildReportDoc({
      meta: meta(),
      sections: [
        { title: 'Alpha', content: [{ text: 'first body' }] },
        {
          title: 'Beta',
          content: [{ text: 'second body' }],
          subsections: [{ title: 'Gamma', content: [{ text: 'third body' }] }],
        },
      ],
    })
    const pages = pdfPages(await renderPdf(doc, FONTS))
    expect(pages).toHaveLength(3)
    expect(pages[1]).toMatch(/1\s+Alpha\s+2\n/)
    expect(pages[1]).toMatch(/2\s+Beta\s+3\n/)
    expect(pages[1]).toMatch(/2\.1\s+Gamma\s+3\n/)
    expect(pages[1]).toContain('first body')
    expect(pages[2]).toContain('second body')
  })
})

describe('dataTable', () => {
  it('repeats its header row, never splits a row and keeps the header with a row', () => {
    const t = dataTable([{ header: 'A', width: '*' }], [['x']], 'none') as Extract<
      Content,
      { table: unknown }
    >
    expect(t.table).toMatchObject({ headerRows: 1, dontBreakRows: true, keepWithHeaderRows: 1 })
  })

  it('says so when there are no rows', () => {
    expect(dataTable([{ header: 'A', width: '*' }], [], 'Nothing here.')).toMatchObject({
      text: 'Nothing here.',
    })
  })
})

describe('shortHash', () => {
  it('keeps the first 12 characters and marks the cut', () => {
    expect(shortHash(HASH)).toBe('a3f1c9e07b5d…')
    expect(shortHash('abc')).toBe('abc')
  })
})

describe('renderPdf', () => {
  const withImage = (image: string) =>
    buildReportDoc({ meta: meta(), sections: [{ title: 'Image', content: [{ image, width: 10 }] }] })

  it('refuses to read local files outside the fonts folder', async () => {
    await expect(renderPdf(withImage('/etc/hostname'), FONTS)).rejects.toThrow(/denied/)
  })

  it('refuses to fetch URLs', async () => {
    await expect(renderPdf(withImage('https://example.com/logo.png'), FONTS)).rejects.toThrow(/denied/)
  })

  it('says which fonts are missing', async () => {
    await expect(renderPdf(withImage('x'), '/nonexistent/fonts')).rejects.toThrow(
      /report fonts are missing from \/nonexistent\/fonts \(Roboto-Regular\.ttf/,
    )
  })
})
