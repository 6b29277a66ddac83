import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { OrganisationProfileSchema } from '../../../shared/domain/organisation'
import { pageLines, pdfPages } from './pdfText'
import { renderSummaryReport, type SummaryReportData } from './summaryReport'
import { vimageSummary } from './summaryReport.fixture'

const FONTS = path.resolve(import.meta.dirname, '../../../resources/fonts')

// Set PWB_REPORT_OUT=/some/dir to keep the PDFs and look at them (pdftoppm -png -r 60 ...).
function keep(name: string, pdf: Buffer) {
  const out = process.env.PWB_REPORT_OUT
  if (!out) return
  mkdirSync(out, { recursive: true })
  writeFileSync(path.join(out, name), pdf)
}

interface TocEntry {
  number: string
  title: string
  page: number
}

/** Entries of the contents page: "2.1   Integrity ........ 3" as pdftotext lays them out. */
function tocEntries(page: string): TocEntry[] {
  return pageLines(page)
    .map((l) => /^(\d+(?:\.\d+)?)\s+(.+?)\s{2,}(\d+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ number: m[1], title: m[2], page: Number(m[3]) }))
}

/** 1-based numbers of the pages whose lines match re. */
const pagesMatching = (pages: string[], re: RegExp): number[] =>
  pages.flatMap((p, i) => (pageLines(p).some((l) => re.test(l)) ? [i + 1] : []))

/** Audit rows found in the table: lines starting with the entry number and a 2026 date. */
const auditRowIds = (pages: string[]): number[] =>
  pages.flatMap((p) =>
    pageLines(p).flatMap((l) => {
      const m = /^(\d+)\s+\d{1,2} \S+ 2026\b/.exec(l)
      return m ? [Number(m[1])] : []
    }),
  )

describe('workspace summary report (English)', () => {
  const data = vimageSummary(80)
  const head = data.audit.headHash as string
  let pages: string[]
  let all: string

  beforeAll(async () => {
    const pdf = await renderSummaryReport(data, 'en', FONTS)
    keep('summary-en.pdf', pdf)
    pages = pdfPages(pdf)
    all = pages.join('\n')
  })

  it('puts the organisation, title, generation time in the org time zone and full head hash on the cover', () => {
    const cover = pages[0]
    expect(cover).toContain('Vimage S.r.l.')
    expect(cover).toContain('Workspace summary')
    // 15:05 UTC is 16:05 in Rome in November (CET).
    expect(cover).toMatch(/Generated\s+23 Nov 2026, 16:05 \(UTC\+01:00\)/)
    expect(cover).toMatch(/Workspace ID\s+8d0f6c4e-3b1a-4f7e-9c2d-5a6b7c8d9e0f/)
    expect(cover).toMatch(/App version\s+Privacy Workbench 0\.1\.0/)
    expect(cover).toContain(head)
  })

  it('numbers every page "Page x of N" in the footer', () => {
    const n = pages.length
    expect(n).toBeGreaterThanOrEqual(4)
    expect(pages[0]).toContain(`Page 1 of ${n}`)
    pages.forEach((p, i) => expect(pageLines(p).at(-1)).toMatch(new RegExp(`Page ${i + 1} of ${n}$`)))
  })

  it('prints the shortened audit head hash in the footer of every page', () => {
    for (const p of pages)
      expect(pageLines(p).at(-1)).toMatch(new RegExp(`^Audit log head ${head.slice(0, 12)}…`))
  })

  it('runs a header with organisation and title on every page but the cover', () => {
    expect(pageLines(pages[0])[0]).not.toMatch(/Vimage S\.r\.l\.\s+Workspace summary/)
    for (const p of pages.slice(1)) expect(pageLines(p)[0]).toMatch(/^Vimage S\.r\.l\.\s+Workspace summary$/)
  })

  it('has a table of contents whose page numbers point at the headings', () => {
    expect(pageLines(pages[1])).toContain('Contents')
    const toc = tocEntries(pages[1])
    expect(toc.map((e) => `${e.number} ${e.title}`)).toEqual([
      '1 Organisation',
      '2 Audit log',
      '2.1 Integrity',
      '2.2 Recent entries',
    ])
    for (const e of toc) {
      const heading = new RegExp(`^${e.number.replace('.', '\\.')}\\s+${e.title}$`)
      expect(
        pageLines(pages[e.page - 1]).some((l) => heading.test(l)),
        `${e.number} ${e.title} on page ${e.page}`,
      ).toBe(true)
    }
  })

  it('shows the organisation profile with labels, the authority’s full name and readable law names', () => {
    expect(all).toMatch(/Legal name\s+Vimage S\.r\.l\./)
    expect(all).toMatch(/VAT number\s+IT04213560401/)
    expect(all).toMatch(/Country of establishment\s+Italy \(IT\)/)
    expect(all).toMatch(/Data protection officer \(Art\. 37\)\s+Not appointed/)
    expect(all).toMatch(/EU representative \(Art\. 27\)\s+Not needed: established in the EU\/EEA/)
    expect(all).toMatch(/Lead supervisory authority\s+Garante per la protezione dei dati personali \(IT\)/)
    expect(all).toMatch(/Roles\s+Controller, Processor/)
    expect(all).toContain('EU GDPR (Regulation (EU) 2016/679)')
    expect(all).toContain('ePrivacy Directive 2002/58/EC')
  })

  it('keeps accented and typographic characters', () => {
    expect(all).toContain('Vimage – Città dell’Immagine')
    expect(all).toContain('capitale sociale € 10.000')
    expect(all).toContain('47121 Forlì')
    expect(all).toContain('niccolò.ferrà')
    expect(all).toContain('perché l’attività principale è')
  })

  it('reports the integrity status, entry count and head hash', () => {
    expect(all).toMatch(/Integrity check\s+Passed: the hash chain is intact/)
    expect(all).toMatch(/Entries in the log\s+80/)
    expect(all).toMatch(new RegExp(`Head hash \\(latest entry\\)\\s+${head}`))
    expect(all).toMatch(/Workspace created\s+1 Sept? 2026, 09:12 \(UTC\+02:00\)/)
  })

  it('lists every recent entry once, newest first, in the org time zone', () => {
    const ids = auditRowIds(pages)
    expect(ids).toEqual(Array.from({ length: 80 }, (_, i) => 80 - i))
    // Entry 80 is at 15:00 UTC = 16:00 CET; its short hash is the head hash's prefix.
    expect(all).toMatch(
      new RegExp(
        `^\\s*80\\s+23 Nov 2026\\s+niccolò\\.ferrà\\s+Vendor\\s+Created\\s+${head.slice(0, 10)}…`,
        'm',
      ),
    )
    expect(all).toMatch(/^\s*16:00:00 \(UTC\+01:00\)\s+ven-1080/m)
  })

  it('repeats the audit table header on every page the table runs onto', () => {
    const header = /^#\s+When\s+Who\s+Record\s+Action\s+Hash$/
    const withHeader = pagesMatching(pages, header)
    const withRows = pages.flatMap((p, i) => (auditRowIds([p]).length > 0 ? [i + 1] : []))
    expect(withRows.length).toBeGreaterThanOrEqual(2)
    expect(withHeader).toEqual(withRows)
    // On continuation pages the header comes straight after the running header.
    for (const n of withHeader.slice(1)) expect(pageLines(pages[n - 1])[1]).toMatch(header)
  })

  it('has no Italian in the English report', () => {
    expect(all).not.toMatch(/Pagina|Ragione sociale|Registro delle modifiche/)
  })
})

describe('workspace summary report (Italian)', () => {
  const data = vimageSummary(80)
  let pages: string[]
  let all: string

  beforeAll(async () => {
    const pdf = await renderSummaryReport(data, 'it', FONTS)
    keep('summary-it.pdf', pdf)
    pages = pdfPages(pdf)
    all = pages.join('\n')
  })

  it('numbers pages "Pagina x di N"', () => {
    const n = pages.length
    expect(pages[0]).toContain(`Pagina 1 di ${n}`)
    pages.forEach((p, i) => expect(pageLines(p).at(-1)).toMatch(new RegExp(`Pagina ${i + 1} di ${n}$`)))
    expect(all).not.toContain('Page 1 of')
  })

  it('uses Italian labels, dates and headings', () => {
    expect(pages[0]).toMatch(/Generato il\s+23 nov 2026, 16:05 \(UTC\+01:00\)/)
    expect(pageLines(pages[1])).toContain('Indice')
    expect(tocEntries(pages[1]).map((e) => e.title)).toEqual([
      'Organizzazione',
      'Registro delle modifiche',
      'Integrità',
      'Voci recenti',
    ])
    expect(all).toMatch(/Ragione sociale\s+Vimage S\.r\.l\./)
    expect(all).toMatch(/Partita IVA\s+IT04213560401/)
    expect(all).toMatch(/Paese di stabilimento\s+Italia \(IT\)/)
    // The label wraps before "(art. 37)" in its column.
    expect(all).toMatch(/Responsabile della protezione dei dati\s+Non designato\s+\(art\. 37\)/)
    expect(all).toMatch(/Ruoli\s+Titolare del trattamento, Responsabile del trattamento/)
    expect(all).toContain('Non necessario: stabilita nell’UE/SEE')
    expect(all).toContain('GDPR UE (Regolamento (UE) 2016/679)')
    expect(all).toMatch(/Controllo di integrità\s+Superato: la catena degli hash è integra/)
  })

  it('repeats the Italian table header on later pages', () => {
    const withHeader = pagesMatching(pages, /^N\.\s+Quando\s+Chi\s+Elemento\s+Azione\s+Hash$/)
    expect(withHeader.length).toBeGreaterThanOrEqual(2)
    expect(auditRowIds(pages)).toHaveLength(80)
  })

  it('keeps accented characters', () => {
    expect(all).toContain('Riepilogo dell’archivio')
    expect(all).toContain('Città dell’Immagine')
    expect(all).toContain('€ 10.000')
    expect(all).toContain('Integrità')
  })
})

describe('workspace summary report edge cases', () => {
  it('renders an empty audit log without a hash', async () => {
    const base = vimageSummary(0)
    const data: SummaryReportData = {
      ...base,
      audit: { total: 0, headHash: null, verifiedOk: true, recent: [] },
    }
    const pages = pdfPages(await renderSummaryReport(data, 'en', FONTS))
    const all = pages.join('\n')
    expect(pages[0]).toMatch(/Audit log head hash\s+none \(the audit log is empty\)/)
    for (const p of pages) expect(pageLines(p).at(-1)).toMatch(/^Audit log empty\s+Page \d+ of \d+$/)
    expect(all).toMatch(/Entries in the log\s+0/)
    expect(all).toContain('No entries.')
  })

  it('shows a broken chain, an appointed DPO and an Art. 27 representative', async () => {
    const base = vimageSummary(3)
    const data: SummaryReportData = {
      ...base,
      profile: OrganisationProfileSchema.parse({
        legalName: 'Northwind Analytics Inc.',
        address: { city: 'Seattle' },
        country: 'US',
        timeZone: 'America/Los_Angeles',
        language: 'en',
        dpo: { appointed: true, name: 'Dana Whitfield', email: 'dpo@northwind.example' },
        euRepresentative: { name: 'EU-Rep Ireland Ltd', email: 'rep@eurep.example' },
        leadAuthority: 'IE',
        roles: ['processor'],
        regimes: ['gdpr', 'ccpa'],
      }),
      audit: { ...base.audit, verifiedOk: false },
    }
    const pages = pdfPages(await renderSummaryReport(data, 'en', FONTS))
    const all = pages.join('\n')
    expect(all).toMatch(/Integrity check\s+FAILED: the log was altered or damaged/)
    expect(all).toMatch(/DPO name\s+Dana Whitfield/)
    expect(all).toMatch(/DPO phone\s+Not given/)
    expect(all).toMatch(/EU representative \(Art\. 27\)\s+EU-Rep Ireland Ltd/)
    expect(all).toMatch(/Lead supervisory authority\s+Data Protection Commission \(DPC\) \(IE\)/)
    expect(all).toContain('California CCPA/CPRA')
    // 15:05 UTC is 07:05 in Los Angeles in November (PST).
    expect(pages[0]).toMatch(/Generated\s+23 Nov 2026, 07:05 \(UTC-08:00\)/)
  })

  it('gives the same bytes for the same data (the time comes from the data, not the clock)', async () => {
    const data = vimageSummary(5)
    const [a, b] = await Promise.all([
      renderSummaryReport(data, 'en', FONTS),
      renderSummaryReport(data, 'en', FONTS),
    ])
    expect(a.equals(b)).toBe(true)
  })
})
