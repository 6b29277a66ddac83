import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testCore, type TestCore } from '../../testing/testCore'
import { pageLines, pdfPages } from '../pdfText'

// Set PWB_REPORT_OUT=/some/dir to keep the PDFs and look at them (pdftoppm -png -r 60 ...).
function keep(name: string, pdf: Buffer) {
  const out = process.env.PWB_REPORT_OUT
  if (!out) return
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, name), pdf)
}

let tc: TestCore

const call = <T = unknown>(channel: string, input: unknown) => tc.call<T>(channel, input)
async function report(sample: 'vimage' | 'virtual-contact', lang: 'en' | 'it' | 'fr') {
  await call('workspace.createDemo', { path: join(tc.dir, `${sample}-${lang}.pwb`), sample })
  const out = join(tc.dir, `${sample}-${lang}.pdf`)
  await call('report.create', { type: 'ropa', lang, out })
  const pdf = readFileSync(out)
  keep(`ropa-${sample}-${lang}.pdf`, pdf)
  return pdfPages(pdf)
}

beforeAll(() => {
  tc = testCore({ at: '2026-11-23T15:05:00Z', appVersion: '0.1.0' })
})
afterAll(() => tc.dispose())

describe('register PDF (Vimage demo, English)', () => {
  let pages: string[]
  let all: string
  beforeAll(async () => {
    pages = await report('vimage', 'en')
    all = pages.join('\n').replace(/\s+/g, ' ')
  })

  it('names every recipient of the sample notice', () => {
    for (const name of ['Aruba S.p.A.', 'Serverplan S.r.l.', 'Cloudflare, Inc.', 'Calendly LLC', 'Anthropic, PBC', 'OpenAI, LLC', 'Google Ireland Limited'])
      expect(all).toContain(name)
  })

  it('has a cover, contents and "Page x of y" on every page', () => {
    expect(pages[0]).toContain('Register of processing activities')
    expect(pages[0]).toContain('Vimage S.r.l.')
    const n = pages.length
    pages.forEach((p, i) => expect(pageLines(p).at(-1)).toMatch(new RegExp(`Page ${i + 1} of ${n}$`)))
    expect(pageLines(pages[1])).toContain('Contents')
    for (const h of ['Controller (Art. 30(1)(a))', 'Summary', 'Activities by lawful basis', 'Processing activities (Art. 30(1))', 'Vendors and recipients'])
      expect(pages[1]).toContain(h)
    // A controller only: no Art. 30(2) section.
    expect(all).not.toContain('Processing carried out as processor')
  })

  it('prints one section per activity with the Art. 30(1) fields', () => {
    for (const a of ['AI chatbot (Vimage AI)', 'Contact form and replies', 'Web analytics with consent (Google Analytics 4)'])
      expect(pageLines(pages[1]).some((l) => l.includes(a))).toBe(true)
    for (const label of ['Purposes and lawful bases', 'Categories of data subjects', 'Recipients outside the organisation', 'Transfers outside the EEA', 'Security measures', 'DPIA screening'])
      expect(all).toContain(label)
    expect(all).toContain('Consent — Art. 6(1)(a)')
    expect(all).toContain('Standard contractual clauses (Art. 46(2)(c))')
    expect(all).toContain('Data Privacy Framework (adequacy 2023/1795) — via Calendly LLC')
    expect(all).toMatch(/DPIA recommended — screened on 23 Nov 2026 by Vimage management \(demo\)/)
    expect(all).toContain('Content of the message: 24 months from the last contact, then deleted')
    expect(all).toContain('No DPIA screening has been done (Art. 35(1)).')
  })

  it('has the summary tables: activities × lawful basis and vendors by country', () => {
    const matrix = pages.find((p) => p.includes('Activities by lawful basis') && /Consent\s+Contract\s+Legitimate/.test(p))
    expect(matrix).toBeDefined()
    expect(all).toMatch(/Anthropic, PBC\s+Processor\s+United States/)
    expect(all).toMatch(/Aruba S\.p\.A\.\s+Processor\s+Italy/)
  })
})

describe('register PDF (Virtual Contact, Italian, controller and processor)', () => {
  it('adds the Art. 30(2) register with the controllers served, in Italian', async () => {
    const pages = await report('virtual-contact', 'it')
    const all = pages.join('\n').replace(/\s+/g, ' ')
    expect(pages[0].replace(/\s+/g, ' ')).toContain('Registro delle attività di trattamento (titolare e responsabile)')
    expect(all).toContain('Trattamenti svolti come responsabile (art. 30(2))')
    expect(all).toContain('Titolari serviti (art. 30(2)(a))')
    expect(all).toContain('Customers of the Virtual Contact Services')
    expect(all).toContain('Sub-responsabili (art. 28(4))')
    expect(all).toMatch(/Pagina 1 di \d+/)
    expect(all).not.toMatch(/Page \d+ of/)
    // Findings cite their article the Italian way, not the rule's English "Art.".
    expect(all).toContain('Non è stato fatto lo screening DPIA (art. 35(1)).')
    expect(all).toContain('(artt. 44 e 46)')
    expect(all).not.toContain('(Art. 35(1))')
  })
})

describe('register PDF (Vimage, French)', () => {
  it('writes a label and its text the French way, with a space before the colon', async () => {
    const all = (await report('vimage', 'fr')).join('\n').replace(/\s+/g, ' ')
    expect(all).toContain('Content of the message : 24 mois')
    expect(all).not.toMatch(/message: 24 mois/)
  })
})
