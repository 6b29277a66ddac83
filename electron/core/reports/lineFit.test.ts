import path from 'node:path'
import PDFDocument from 'pdfkit'
import type { Content, ContentTable, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces'
import { describe, expect, it } from 'vitest'
import { translator } from '../../../shared/i18n/translate'
import { buildReportDoc, dataTable, keyValueTable, type ReportMeta } from './layout'
import { createTextMeasure, fitDocumentLines } from './lineFit'
import { configurePdfmake, FONT_FILES, loadPdfLibraries, renderPdf } from './pdfEngine'
import { pdfPages } from './pdfText'

// Lines of table cells are broken before pdfmake sees them (lineFit.ts), for speed. What must hold: the
// pages read exactly as pdfmake would have laid them out itself, no fitted line is wider than its column,
// and anything the fitting cannot be sure of is left untouched.

const FONTS = path.resolve(import.meta.dirname, '../../../resources/fonts')
const t = translator('en', 'report')
const measure = createTextMeasure({
  normal: path.join(FONTS, FONT_FILES.normal),
  bold: path.join(FONTS, FONT_FILES.bold),
  italics: path.join(FONTS, FONT_FILES.italics),
  bolditalics: path.join(FONTS, FONT_FILES.bolditalics),
}, PDFDocument)

const meta: ReportMeta = {
  title: 'Line fitting',
  organisationName: 'Acme Srl',
  generatedAt: '2026-03-29T00:30:00Z',
  timeZone: 'Europe/Rome',
  lang: 'en',
  workspaceId: 'ws-1',
  auditHeadHash: null,
  appVersion: '1.0.0',
}

const LONG =
  'Not exempt: the number of employees is not recorded; the processing may result in a risk (no DPIA screening found it low); the processing is not occasional.'
const ITALIAN =
  'Conservazione: 10 anni dalla chiusura dell’esercizio, poi cancellati — art. 2220 del Codice civile; trattamento di dati relativi a condanne penali e reati (art. 10 RGPD).'
const UNBREAKABLE = 'x'.repeat(400)

/** A document with the kinds of cell the registers print. Built anew each time: fitting changes it. */
function sampleDoc(opts: { unbreakable?: boolean } = {}): TDocumentDefinitions {
  return buildReportDoc({
    meta,
    t,
    sections: [
      {
        title: 'Cells',
        content: [
          keyValueTable(
            [
              { label: 'Short', value: 'Contact data' },
              { label: 'Categories of personal data and retention (Art. 30(1)(c), (f))', value: LONG },
              { label: 'Italian', value: ITALIAN },
              { label: 'Windows lines', value: 'First line\r\nSecond line\rThird line' },
              { label: 'List', value: `•  ${LONG}\n•  Invoices: 10 years\n\n•  ${ITALIAN}` },
              {
                label: 'Runs',
                value: { text: [{ text: 'Main purpose of the activity\n', bold: true }, `Consent\n`, { text: `${LONG}\n`, fontSize: 7.5, color: '#5f6b7a' }] },
              },
              { label: 'Mixed line', value: { text: ['Plain then ', { text: 'bold on the same line', bold: true }, ` ${LONG}`] } },
              ...(opts.unbreakable ? [{ label: 'Unbreakable', value: UNBREAKABLE }] : []),
            ],
            t,
          ),
          keyValueTable(
            [
              { label: 'Plain beside a stack', value: LONG },
              { label: 'Named style', value: { text: LONG, style: 'muted' } },
              { label: 'Stack', value: { stack: [LONG, 'second'] } },
            ],
            t,
          ),
          dataTable(
            [
              { header: 'Activity', width: '*' },
              { header: 'Status', width: 52 },
              { header: 'Lawful bases (Art. 6(1))', width: 130 },
              { header: 'Missing', width: 50, alignment: 'right' },
            ],
            [
              [LONG, 'Active', 'Consent, Contract, Legitimate interests', { text: '2 / 3', bold: true }],
              [ITALIAN, 'Draft\u2028(new)', 'Legal obligation', '0 / 0'],
            ],
            'none',
          ),
          { stack: [keyValueTable([{ label: 'Indented', value: LONG }], t)], margin: [120, 0, 0, 0] },
        ],
      },
    ],
  })
}

/** Every table of the document's content, in order (headings keep the first row of a table: it is cut). */
const tables = (doc: TDocumentDefinitions): ContentTable[] => {
  const out: ContentTable[] = []
  const visit = (x: Content): void => {
    if (Array.isArray(x)) return x.forEach(visit)
    if (typeof x !== 'object' || x === null) return
    if ('stack' in x && x.stack) x.stack.forEach(visit)
    if ('table' in x && x.table) out.push(x as ContentTable)
  }
  visit(doc.content)
  return out
}

type Run = { text: string; noWrap?: boolean; bold?: boolean; fontSize?: number }
const runsOf = (cell: unknown): Run[] => {
  const text = (cell as ContentText).text
  return Array.isArray(text) ? (text as Run[]) : []
}
const plainText = (cell: unknown): string =>
  typeof cell === 'string' ? cell : typeof (cell as Run).text === 'string' ? (cell as Run).text : runsOf(cell).map((r) => r.text).join('')

/** The rows of a document's tables, found by the (unfitted) text of their first cell. */
function rowsByLabel(doc: TDocumentDefinitions): Map<string, unknown[]> {
  const rows = new Map<string, unknown[]>()
  for (const table of tables(doc)) for (const row of table.table.body) rows.set(plainText(row[0]).replace(/\n/g, ' '), row)
  return rows
}
const lines = (cell: unknown) => runsOf(cell).filter((r) => r.noWrap)
const variant = (r: Run) => (r.bold ? 'bold' : 'normal')

describe('fitDocumentLines', () => {
  const doc = sampleDoc()
  fitDocumentLines(doc, 495.28, 10, measure)
  const rows = rowsByLabel(doc)
  const value = (label: string) => rows.get(label)?.[1]
  const valueWidth = 495.28 - 165 - 16

  it('breaks a long value into unbreakable lines that each fit the column and keep every word', () => {
    const l = lines(value('Categories of personal data and retention (Art. 30(1)(c), (f))'))
    expect(l.length).toBeGreaterThan(1)
    for (const x of l) expect(measure(x.text, 'normal', 9.5)).toBeLessThanOrEqual(valueWidth)
    expect(l.map((x) => x.text).join(' ')).toBe(LONG)
    // Each line could not take the next word: the break is where pdfmake would make it.
    l.slice(0, -1).forEach((x, i) => {
      const nextWord = l[i + 1].text.split(' ')[0]
      expect(measure(`${x.text} ${nextWord}`, 'normal', 9.5)).toBeGreaterThan(valueWidth)
    })
  })

  it('measures bold labels in the bold font against the label column', () => {
    const label = lines(rows.get('Categories of personal data and retention (Art. 30(1)(c), (f))')?.[0])
    expect(label.length).toBe(2)
    for (const x of label) expect(measure(x.text, 'bold', 9.5)).toBeLessThanOrEqual(165)
  })

  it('keeps each run’s own style and size, and the blank lines of a list', () => {
    const runs = runsOf(value('Runs'))
    const small = runs.filter((r) => r.fontSize === 7.5 && r.noWrap)
    expect(small.length).toBeGreaterThan(1)
    for (const x of small) expect(measure(x.text, 'normal', 7.5)).toBeLessThanOrEqual(valueWidth)
    expect(runs.find((r) => r.noWrap)).toMatchObject({ text: 'Main purpose of the activity', bold: true })
    const list = runsOf(value('List'))
    expect(list.map((r) => r.text).join('')).toContain('Invoices: 10 years\n\n•')
    for (const r of list.filter((x) => x.noWrap)) expect(measure(r.text, variant(r), 9.5)).toBeLessThanOrEqual(valueWidth)
  })

  it('reads \\r\\n and \\r as line ends, and leaves other forced breaks to pdfmake', () => {
    expect(lines(value('Windows lines')).map((r) => r.text)).toEqual(['First line', 'Second line', 'Third line'])
    expect(rows.get(ITALIAN)?.[1]).toBe('Draft\u2028(new)')
  })

  it('leaves to pdfmake what it cannot be sure of: several styles on a line, named styles, stacks', () => {
    expect(lines(value('Mixed line'))).toEqual([])
    expect(value('Named style')).toEqual({ text: LONG, style: 'muted' })
    expect(value('Stack')).toEqual({ stack: [LONG, 'second'] })
    // How wide pdfmake makes a '*' column holding a stack is not known here: the table is left whole.
    expect(value('Plain beside a stack')).toBe(LONG)
  })

  it('computes the star column of a data table and narrows tables inside indented stacks', () => {
    const starWidth = 495.28 - 52 - 130 - 50 - 4 * 8
    const l = lines(rows.get(LONG)?.[0])
    expect(l.length).toBeGreaterThan(1)
    for (const x of l) expect(measure(x.text, 'normal', 8.5)).toBeLessThanOrEqual(starWidth)
    expect(measure(`${l[0].text} ${l[1].text.split(' ')[0]}`, 'normal', 8.5)).toBeGreaterThan(starWidth)
    expect(rows.get(LONG)?.[3]).toMatchObject({ text: [{ text: '2 / 3', noWrap: true }], bold: true, alignment: 'right' })
    const narrow = lines(value('Indented'))
    expect(narrow.length).toBeGreaterThan(2)
    for (const x of narrow) expect(measure(x.text, 'normal', 9.5)).toBeLessThanOrEqual(valueWidth - 120)
  })

  it('leaves a whole table to pdfmake when a word is wider than a column pdfmake would widen for it', () => {
    const wide = sampleDoc({ unbreakable: true })
    fitDocumentLines(wide, 495.28, 10, measure)
    const r = rowsByLabel(wide)
    expect(r.get('Unbreakable')?.[1]).toBe(UNBREAKABLE)
    expect(r.get('Italian')?.[1]).toBe(ITALIAN)
    // The data table in the same document has no such word: it is fitted.
    expect(lines(r.get(LONG)?.[0]).length).toBeGreaterThan(1)
  })
})

describe('renderPdf with fitted lines', () => {
  it.each([false, true])('lays the pages out exactly as pdfmake does on its own (a word wider than its column: %s)', async (unbreakable) => {
    const fitted = pdfPages(await renderPdf(sampleDoc({ unbreakable }), FONTS))
    const pdfmake = configurePdfmake((await loadPdfLibraries()).pdfmake, FONTS)
    const plain = pdfPages(await pdfmake.createPdf(sampleDoc({ unbreakable })).getBuffer())
    expect(fitted.length).toBe(plain.length)
    expect(fitted).toEqual(plain)
    expect(fitted.join('\n')).toContain('Invoices: 10 years')
  })
})
