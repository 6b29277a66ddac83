import path from 'node:path'
import type { Content, DynamicContent } from 'pdfmake/interfaces'
import { describe, expect, it } from 'vitest'
import { translator } from '../../../shared/i18n/translate'
import { buildReportDoc, dataTable, keyValueTable, note, paragraph, shortHash, type ReportMeta } from './layout'
import { renderPdf } from './pdfEngine'
import { toApiError } from '../createCore'
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

  it('speaks French for French and prints French dates', async () => {
    const doc = buildReportDoc({
      meta: meta({ lang: 'fr' }),
      sections: [{ title: 'Section', content: [{ text: 'Corps' }] }],
    })
    const pages = pdfPages(await renderPdf(doc, FONTS))
    // 00:30 UTC on the night clocks go forward in Rome is 01:30 CET (UTC+01:00).
    expect(pages[0]).toContain('29 mars 2026, 01:30 (UTC+01:00)')
    expect(pageLines(pages[0]).at(-1)).toMatch(/Page 1 sur 2$/)
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
    const e = await renderPdf(withImage('x'), '/nonexistent/fonts').catch((x: unknown) => x)
    expect(e).toMatchObject({ code: 'INTERNAL', key: 'errors.fontsMissing', params: { dir: '/nonexistent/fonts' } })
    expect((e as { params: { files: string } }).params.files).toMatch(/^Roboto-Regular\.ttf, /)
    // What the user reads, in the workspace's language.
    expect(toApiError(e, 'en').message).toMatch(/^The report fonts are missing from \/nonexistent\/fonts \(Roboto-Regular\.ttf/)
    expect(toApiError(e, 'it').message).toMatch(/^Mancano i caratteri dei report in \/nonexistent\/fonts/)
  })
})

describe('keeping headings with what follows them', () => {
  const t = translator('en', 'report')
  const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => (i === 0 ? tag : 'filler')).join(' ')
  // Every kind of block a report puts under a heading, taller than a line where it matters.
  const lead = (kind: number): Content[] => {
    const tag = `lead-${kind}`
    switch (kind) {
      case 0:
        return [paragraph(words(60, tag))]
      case 1:
        return [keyValueTable([{ label: tag, value: words(45, 'v') }, { label: 'Second', value: 'two' }, { label: 'Third', value: null }], t)]
      case 2:
        return [dataTable([{ header: 'Name', width: 90 }, { header: 'Text', width: '*' }], [[tag, words(40, 'w')], ['b', 'c']], 'none')]
      case 3:
        return [{ ul: [words(30, tag), 'second item'] }]
      case 4:
        return [{ text: 'Minor heading', bold: true, margin: [0, 6, 0, 4], headlineLevel: 3 }, paragraph(words(30, tag))]
      default:
        return [note(words(20, tag))]
    }
  }
  // One section per kind of block and filler length: the filler (one more line each time, 23 words a line)
  // puts the heading on every line near the foot of a page, and past it.
  const kinds = 6
  const fillers = Array.from({ length: 14 }, (_, i) => 38 + i)
  const doc = () =>
    buildReportDoc({
      meta: meta(),
      sections: Array.from({ length: kinds * fillers.length }, (_, i) => ({
        title: `Section ${i}`,
        content: [paragraph(words(fillers[i % fillers.length] * 23, `tail-${i}`))],
        subsections: [{ title: `Heading ${i}`, content: lead(Math.floor(i / fillers.length)) }],
      })),
    })
  const N = kinds * fillers.length

  it('never leaves a heading as the last line of a page, and loses nothing', async () => {
    const pages = pdfPages(await renderPdf(doc(), FONTS))
    expect(pages.length).toBeGreaterThan(N)
    const all = pages.join('\n')
    for (let i = 0; i < N; i++) expect(all).toContain(`tail-${i}`)
    for (let k = 0; k < kinds; k++) expect(all.split(`lead-${k}`).length - 1).toBe(fillers.length)
    pages.slice(2).forEach((page, p) => {
      // The last line above the footer (footer: the audit hash and "Page x of y" on one line).
      const body = pageLines(page).slice(0, -1)
      const last = body.at(-1) ?? ''
      expect(last, `page ${p + 3}`).not.toMatch(/^(\d+\.1\s+Heading \d+|Minor heading)$/)
      // The header row of a data table is not left alone either.
      expect(last, `page ${p + 3}`).not.toMatch(/^Name\s+Text$/)
    })
  })

  it('lists every heading in the contents with the page it is printed on', async () => {
    const pages = pdfPages(await renderPdf(doc(), FONTS))
    const contents = pages.slice(1, 8).join('\n')
    for (let i = 0; i < N; i += 7) {
      const entry = contents.match(new RegExp(`${i + 1}\\.1\\s+Heading ${i}\\s+(\\d+)\\n`))
      expect(entry, `Heading ${i}`).not.toBeNull()
      expect(pages[Number(entry![1]) - 1]).toMatch(new RegExp(`${i + 1}\\.1\\s+Heading ${i}\\n`))
    }
  })
})
