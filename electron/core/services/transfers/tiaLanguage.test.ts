import Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelOutput } from '../../../../shared/ipc/contract'
import { BUILTIN_PACK } from '../../../../shared/reference/countryPack'
import { pdfPages } from '../../reports/pdfText'
import { testCore, type TestCore } from '../../testing/testCore'

// In an Italian or French workspace the country pack's texts reach the user in that language: the TIA's
// step 3 (copied in when the TIA starts), the country screens, the TIA and register PDFs.

type Tia = ChannelOutput<'transfers.tia.get'>
type Transfer = ChannelOutput<'transfers.save'>
type CountryInfo = ChannelOutput<'transfers.countries.get'>

const US = BUILTIN_PACK.countries.find((c) => c.country === 'US')!
/** Sentences of the English pack that must not be left in an Italian or French document. */
const ENGLISH = [
  US.summary.slice(0, 60),
  US.oversight.slice(0, 60),
  US.laws.find((l) => l.key === 'eo_14086')!.summary.slice(0, 50),
  BUILTIN_PACK.dpf.decision,
]

let tc: TestCore
const file = () => join(tc.dir, 'agenzia.pwb')

async function call<T = unknown>(channel: string, input: unknown = {}): Promise<T> {
  const r = await tc.core.invoke(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`)
  return r.data as T
}

async function workspaceIn(language: 'it' | 'fr') {
  await call('workspace.create', {
    path: file(),
    legalName: 'Agenzia Web Srl',
    country: language === 'it' ? 'IT' : 'FR',
    timeZone: 'Europe/Rome',
    language,
  })
  await call('workspace.close')
  const db = new Database(file())
  const at = '2026-11-01T00:00:00.000Z'
  db.prepare(
    "INSERT INTO register_vendor (id, name, country, role, dpa_signed, created_at, updated_at) VALUES ('ai', 'Anthropic, PBC', 'US', 'processor', 1, ?, ?)",
  ).run(at, at)
  db.close()
  await call('workspace.open', { path: file() })
  const transfer = await call<Transfer>('transfers.save', {
    importerVendorId: 'ai',
    importerCountry: 'US',
    purpose: 'Chatbot',
    dataCategories: ['Messaggi'],
    dataSubjects: ['Visitatori'],
    formats: ['in_transit'],
    tools: [{ tool: 'scc', sccModule: 2, signedOn: '2026-03-01' }],
  })
  return transfer
}

async function pdfText(type: 'tia' | 'transfers', caseId?: string): Promise<string> {
  const out = join(tc.dir, `${type}.pdf`)
  await call('report.create', { type, out, ...(caseId ? { caseId } : {}) })
  // pdftotext breaks lines: compare words, not layout.
  return pdfPages(readFileSync(out)).join('\n').replace(/\s+/g, ' ')
}

beforeEach(() => {
  tc = testCore({ at: '2026-11-23T09:00:00Z', actor: 'tester' })
})
afterEach(() => tc.dispose())

describe('the country pack in the workspace’s language', () => {
  it('an Italian workspace starts its TIA from the Italian texts, and its PDFs print them', async () => {
    const transfer = await workspaceIn('it')
    const tia = await call<Tia>('transfers.tia.start', { transferId: transfer.id })
    const s3 = tia.content.step3
    expect(s3.laws.map((l) => l.key)).toEqual(US.laws.map((l) => l.key))
    const eo = s3.laws.find((l) => l.key === 'eo_14086')!
    expect(eo.name).toBe('Executive Order 14086 (ordine esecutivo del 7 ottobre 2022)')
    expect(eo.summary).toMatch(/meccanismo di ricorso/)
    expect(s3.oversight).toMatch(/^FISA Court \(certificazioni annuali\)/)
    expect(s3.redress).toMatch(/autorità di controllo capofila/)
    expect(s3.sources.map((s) => s.title)).toContain(
      'Corte di giustizia, C-311/18 (Schrems II), 16 luglio 2020',
    )
    // Codes, dates and the "to verify" flags are the pack's own.
    expect(tia.packVersion).toBe(BUILTIN_PACK.version)
    expect(s3.sources.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.asOf))).toBe(true)
    expect(s3.sources.find((s) => s.title.startsWith('Executive Order 14086'))!.unverified).toBe(true)

    const info = await call<CountryInfo>('transfers.countries.get', { country: 'US' })
    expect(info.assessment!.summary).toMatch(/^Adeguatezza riconosciuta solo per gli importatori certificati/)
    expect(info.adequacy[0].scopeNote).toMatch(
      /^Solo le organizzazioni iscritte nella Data Privacy Framework List/,
    )
    expect(info.dpf!.status).toMatch(/^In vigore\./)
    const detail = await call<ChannelOutput<'transfers.get'>>('transfers.get', { id: transfer.id })
    expect(detail.adequacy[0].decision).toBe('Decisione di esecuzione (UE) 2023/1795 del 10 luglio 2023')
    expect((await call<ChannelOutput<'transfers.pack.status'>>('transfers.pack.status')).publisher).toBe(
      'Privacy Workbench (integrato)',
    )

    const tiaPdf = await pdfText('tia', tia.id)
    expect(tiaPdf).toContain('Executive Order 14086 (ordine esecutivo del 7 ottobre 2022)')
    expect(tiaPdf).toContain('certificazioni annuali')
    expect(tiaPdf).toContain('Privacy Workbench (integrato)')
    for (const en of ENGLISH) expect(tiaPdf).not.toContain(en)

    const register = await pdfText('transfers')
    expect(register).toContain('Adeguatezza riconosciuta solo per gli importatori certificati')
    expect(register).toContain('Corte di giustizia, C-311/18 (Schrems II)')
    for (const en of ENGLISH) expect(register).not.toContain(en)
  })

  it('a French workspace gets the French texts', async () => {
    const transfer = await workspaceIn('fr')
    const tia = await call<Tia>('transfers.tia.start', { transferId: transfer.id })
    const eo = tia.content.step3.laws.find((l) => l.key === 'eo_14086')!
    expect(eo.name).toBe('Executive Order 14086 (décret présidentiel du 7 octobre 2022)')
    expect(tia.content.step3.redress).toMatch(/autorité de contrôle chef de file/)
    const tiaPdf = await pdfText('tia', tia.id)
    expect(tiaPdf).toContain('Executive Order 14086 (décret présidentiel du 7 octobre 2022)')
    expect(tiaPdf).toContain('renseignement d’origine électromagnétique')
    for (const en of ENGLISH) expect(tiaPdf).not.toContain(en)
  })

  it('a workspace’s own assessment is used as written, in any language', async () => {
    const transfer = await workspaceIn('it')
    const own = { ...US, summary: 'Our own English view.', oversight: 'Our oversight notes.' }
    await call('transfers.countries.saveOverride', own)
    const info = await call<CountryInfo>('transfers.countries.get', { country: 'US' })
    expect(info).toMatchObject({ overridden: true, assessment: { summary: 'Our own English view.' } })
    const tia = await call<Tia>('transfers.tia.start', { transferId: transfer.id })
    expect(tia.content.step3.oversight).toBe('Our oversight notes.')
    // The law texts of the override were copied from the English pack: they stay English too.
    expect(tia.content.step3.laws[0].summary).toBe(US.laws[0].summary)
  })
})
