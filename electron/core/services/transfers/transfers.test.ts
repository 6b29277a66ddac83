import Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelOutput } from '../../../../shared/ipc/contract'
import { BUILTIN_COUNTRY_PACK } from '../../../../shared/reference/countryPack/builtinPack'
import { testCore, type TestCore } from '../../testing/testCore'

// The transfers module through the contract, as the app and the CLI call it (issue 7).

let tc: TestCore
const alerts: { key: string; title: string }[] = []
const file = () => join(tc.dir, 'acme.pwb')

async function call<T = unknown>(channel: string, input: unknown = {}): Promise<T> {
  const r = await tc.core.invoke(channel, input)
  if (!r.ok)
    throw Object.assign(new Error(`${channel}: ${r.error.code} ${r.error.message}`), { api: r.error })
  return r.data as T
}
async function refused(channel: string, input: unknown) {
  const r = await tc.core.invoke(channel, input)
  if (r.ok) throw new Error(`${channel} should have been refused`)
  return r.error
}

/** Vendors straight into the register's table (this module reads them; the register owns them). */
function addVendors(vendors: { id: string; name: string; country: string; locations?: string[] }[]) {
  const db = new Database(file())
  const at = '2026-11-01T00:00:00.000Z'
  for (const v of vendors) {
    db.prepare(
      "INSERT INTO register_vendor (id, name, country, role, dpa_signed, created_at, updated_at) VALUES (?, ?, ?, 'processor', 1, ?, ?)",
    ).run(v.id, v.name, v.country, at, at)
    v.locations?.forEach((c, i) =>
      db
        .prepare('INSERT INTO register_vendor_location (vendor_id, position, country) VALUES (?, ?, ?)')
        .run(v.id, i, c),
    )
  }
  db.close()
}

beforeEach(async () => {
  alerts.length = 0
  tc = testCore({ at: '2026-11-23T09:00:00Z', actor: 'tester' })
  tc.core.onEvent((name, p) => {
    if (name === 'timer.alert') alerts.push(p as { key: string; title: string })
  })
  await call('workspace.create', {
    path: file(),
    legalName: 'Acme Srl',
    country: 'IT',
    timeZone: 'Europe/Rome',
  })
  await call('workspace.close')
  addVendors([
    { id: 'anthropic', name: 'Anthropic, PBC', country: 'US' },
    { id: 'google', name: 'Google Ireland Limited', country: 'IE', locations: ['IE', 'US'] },
    { id: 'aruba', name: 'Aruba S.p.A.', country: 'IT' },
  ])
  await call('workspace.open', { path: file() })
})
afterEach(() => tc.dispose())

type Transfer = ChannelOutput<'transfers.save'>
type Tia = ChannelOutput<'transfers.tia.get'>

const anthropic = (tools: unknown[] = [{ tool: 'scc', sccModule: 2, signedOn: '2026-03-01' }]) =>
  call<Transfer>('transfers.save', {
    importerVendorId: 'anthropic',
    importerCountry: 'US',
    purpose: 'Chatbot replies',
    dataCategories: ['Chat messages'],
    dataSubjects: ['Website visitors'],
    formats: ['in_transit'],
    tools,
  })

const complete = {
  step1: { clearTextAccess: 'yes' },
  step3: {
    importerInScope: 'yes',
    lawImpinges: 'yes',
    practiceApplies: 'no',
    assessment: 'FISA 702 can reach the importer; documented practice shows no requests for such data.',
  },
  step4: {
    measures: [
      { key: 'data_minimisation', kind: 'technical' },
      { key: 'no_training_use', kind: 'contractual' },
    ],
  },
  conclusion: {
    level: 'proceed_with_measures',
    reasons: 'Low-risk chat data, minimised; contractual and organisational measures.',
  },
}

async function completeDraft(tia: Tia): Promise<Tia> {
  const c = tia.content
  return call<Tia>('transfers.tia.save', {
    id: tia.id,
    content: {
      ...c,
      step1: { ...c.step1, ...complete.step1 },
      step3: { ...c.step3, ...complete.step3 },
      step4: { ...c.step4, ...complete.step4 },
      conclusion: { ...c.conclusion, ...complete.conclusion },
    },
  })
}

describe('transfer inventory', () => {
  it('is created from the register’s vendors outside the EEA (country or data location)', async () => {
    const candidates = await call<{ vendorName: string; thirdCountries: string[] }[]>('transfers.candidates')
    expect(candidates.map((c) => [c.vendorName, c.thirdCountries])).toEqual([
      ['Anthropic, PBC', ['US']],
      ['Google Ireland Limited', ['US']],
    ])
    const made = await call<Transfer[]>('transfers.createFromVendors', {})
    expect(made.map((t) => [t.importerName, t.importerCountry])).toEqual([
      ['Anthropic, PBC', 'US'],
      ['Google Ireland Limited', 'US'],
    ])
    expect(await call('transfers.candidates')).toEqual([])
  })

  it('refuses SCCs without a module, naming the field, and writes nothing', async () => {
    const before = (await call<{ total: number }>('audit.list', {})).total
    const e = await refused('transfers.save', {
      importerVendorId: 'anthropic',
      importerCountry: 'US',
      tools: [{ tool: 'scc' }],
    })
    expect(e.code).toBe('VALIDATION')
    expect(e.fields).toEqual({ 'tools.0.sccModule': 'validation.required' })
    expect(e.message).toMatch(/tools\.0\.sccModule \(This field is required/)
    expect((await call<{ total: number }>('audit.list', {})).total).toBe(before)
  })

  it('refuses a vendor that is not in the register', async () => {
    const e = await refused('transfers.save', { importerVendorId: 'nobody', importerCountry: 'US' })
    expect(e.fields).toEqual({ importerVendorId: 'validation.unknownVendor' })
  })

  it('flags a transfer with no tool and an SCC transfer with no TIA (issue 7 item 4)', async () => {
    await call('transfers.save', { importerVendorId: 'google', importerCountry: 'US' })
    await anthropic()
    const findings = await call<{ importerName: string; code: string }[]>('transfers.findings')
    expect(findings.map((f) => [f.importerName, f.code])).toEqual(
      expect.arrayContaining([
        ['Google Ireland Limited', 'noTool'],
        ['Anthropic, PBC', 'sccWithoutTia'],
      ]),
    )
    const list =
      await call<{ importerName: string; need: { required: boolean; reason: string }; errors: number }[]>(
        'transfers.list',
      )
    expect(list.find((t) => t.importerName === 'Anthropic, PBC')).toMatchObject({
      need: { required: true, reason: 'art46' },
      errors: 1,
    })
  })

  it('counts destinations and tools for the overview', async () => {
    await anthropic([{ tool: 'scc', sccModule: 2 }, { tool: 'dpf' }])
    await call('transfers.save', {
      importerVendorId: 'google',
      importerCountry: 'IE',
      onward: [{ recipient: 'Google LLC', country: 'US', tool: 'scc' }],
    })
    const o = await call<ChannelOutput<'transfers.overview'>>('transfers.overview')
    expect(o.total).toBe(2)
    expect(o.destinations.find((d) => d.country === 'US')).toMatchObject({
      transfers: 1,
      onward: 1,
      adequate: true,
    })
    expect(o.destinations.find((d) => d.country === 'IE')).toMatchObject({ eea: true, transfers: 1 })
  })
})

describe('TIA versions', () => {
  it('starts a draft prefilled from the transfer and the country pack, with dated sources', async () => {
    const t = await anthropic()
    const tia = await call<Tia>('transfers.tia.start', { transferId: t.id })
    expect(tia).toMatchObject({
      version: 1,
      status: 'draft',
      importerName: 'Anthropic, PBC',
      packVersion: 1,
      packAsOf: BUILTIN_COUNTRY_PACK.asOf,
    })
    expect(tia.content.step1).toMatchObject({
      exporter: 'Acme Srl',
      importer: 'Anthropic, PBC',
      importerCountry: 'US',
      sccModule: 2,
      purpose: 'Chatbot replies',
    })
    expect(tia.content.step2).toMatchObject({ tool: 'scc' })
    expect(tia.content.step3.laws.map((l) => l.key)).toEqual(
      expect.arrayContaining(['fisa_702', 'eo_12333', 'eo_14086']),
    )
    expect(tia.content.step3.sources.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.asOf))).toBe(true)
    // Starting again returns the open draft rather than a second one.
    expect((await call<Tia>('transfers.tia.start', { transferId: t.id })).id).toBe(tia.id)
  })

  it('refuses to sign an incomplete TIA, naming every gap, and changes nothing', async () => {
    const t = await anthropic()
    const tia = await call<Tia>('transfers.tia.start', { transferId: t.id })
    const e = await refused('transfers.tia.finalise', { id: tia.id, signedBy: 'Mario Rossi' })
    expect(e.code).toBe('VALIDATION')
    expect(Object.keys(e.fields ?? {})).toEqual(
      expect.arrayContaining([
        'step1.clearTextAccess',
        'step3.lawImpinges',
        'conclusion.level',
        'conclusion.reasons',
      ]),
    )
    expect(await call<Tia>('transfers.tia.get', { id: tia.id })).toEqual(tia)
  })

  it('signs: final, review in 12 months, audited; the SCC finding goes away', async () => {
    const t = await anthropic()
    const draft = await completeDraft(await call<Tia>('transfers.tia.start', { transferId: t.id }))
    const signed = await call<Tia>('transfers.tia.finalise', {
      id: draft.id,
      signedBy: 'Mario Rossi',
      signedRole: 'Director',
    })
    expect(signed).toMatchObject({
      status: 'final',
      signedBy: 'Mario Rossi',
      signedRole: 'Director',
      signedAt: '2026-11-23T09:00:00.000Z',
    })
    expect(signed.content.step6.nextReviewOn).toBe('2027-11-23')
    expect(await call('transfers.findings')).toEqual([])
  })

  it('editing a final TIA makes a new version; the old one is unchanged (issue 7 "must show")', async () => {
    const t = await anthropic()
    const v1 = await call<Tia>('transfers.tia.finalise', {
      id: (await completeDraft(await call<Tia>('transfers.tia.start', { transferId: t.id }))).id,
      signedBy: 'Mario Rossi',
    })
    tc.clock.set('2026-12-01T10:00:00Z')
    const edited = {
      ...v1.content,
      conclusion: {
        ...v1.content.conclusion,
        reasons: 'Changed reasons after the vendor’s new transparency report.',
      },
    }
    const v2 = await call<Tia>('transfers.tia.save', { id: v1.id, content: edited })
    expect(v2.id).not.toBe(v1.id)
    expect(v2).toMatchObject({ version: 2, status: 'draft', supersedesId: v1.id })
    expect(v2.content.conclusion.reasons).toMatch(/^Changed reasons/)
    expect(await call<Tia>('transfers.tia.get', { id: v1.id })).toEqual(v1)

    // While the new version is a draft the signed one stays in force; signing it supersedes v1.
    await call('transfers.tia.finalise', { id: v2.id, signedBy: 'Mario Rossi' })
    const old = await call<Tia>('transfers.tia.get', { id: v1.id })
    expect(old.status).toBe('superseded')
    expect(old.content).toEqual(v1.content)
    expect(old.signedAt).toBe(v1.signedAt)
    const e = await refused('transfers.tia.save', { id: v1.id, content: v1.content })
    expect(e.code).toBe('FORBIDDEN')
    const versions = await call<{ version: number; status: string }[]>('transfers.tia.list', {
      transferId: t.id,
    })
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'final'],
      [1, 'superseded'],
    ])
  })

  it('the database itself refuses to change a signed TIA', async () => {
    const t = await anthropic()
    const v1 = await call<Tia>('transfers.tia.finalise', {
      id: (await completeDraft(await call<Tia>('transfers.tia.start', { transferId: t.id }))).id,
      signedBy: 'Mario Rossi',
    })
    await call('workspace.close')
    const db = new Database(file())
    expect(() =>
      db.prepare("UPDATE transfer_tia SET conclusion_reasons = 'forged' WHERE id = ?").run(v1.id),
    ).toThrow(/final TIA cannot be changed/)
    expect(() => db.prepare('DELETE FROM transfer_tia_measure WHERE tia_id = ?').run(v1.id)).toThrow(
      /final TIA cannot be changed/,
    )
    db.close()
  })

  it('reminds before the review date and when it passes (each once), and the check flags it', async () => {
    const t = await anthropic()
    await call('transfers.tia.finalise', {
      id: (await completeDraft(await call<Tia>('transfers.tia.start', { transferId: t.id }))).id,
      signedBy: 'Mario Rossi',
    })
    const deadlines = await call<{ key: string; module: string; title: string; dueDate?: string }[]>(
      'deadlines.list',
      {},
    )
    const review = deadlines.find((d) => d.module === 'tia')
    expect(review).toMatchObject({ title: 'Review the TIA for Anthropic, PBC (US)', dueDate: '2027-11-23' })
    expect(await tc.core.tick()).toBe(0)
    tc.clock.set('2027-11-17T08:00:00Z') // inside the last 7 days
    await tc.core.tick()
    expect(alerts.map((a) => a.key)).toEqual([`${review!.key}:7d`])
    tc.clock.set('2027-11-24T08:00:00Z') // past the review day
    await tc.core.tick()
    await tc.core.tick()
    expect(alerts.map((a) => a.key)).toEqual([`${review!.key}:7d`, `${review!.key}:overdue`])
    const findings = await call<{ code: string }[]>('transfers.findings')
    expect(findings.map((f) => f.code)).toEqual(['tiaReviewOverdue'])
  })

  it('flags a vendor whose country changed since the TIA', async () => {
    const t = await anthropic()
    await call('transfers.tia.finalise', {
      id: (await completeDraft(await call<Tia>('transfers.tia.start', { transferId: t.id }))).id,
      signedBy: 'Mario Rossi',
    })
    await call('workspace.close')
    const db = new Database(file())
    db.prepare("UPDATE register_vendor SET country = 'IN' WHERE id = 'anthropic'").run()
    db.close()
    await call('workspace.open', { path: file() })
    const f = await call<{ code: string; params: Record<string, string> }[]>('transfers.findings')
    expect(f).toEqual([
      expect.objectContaining({
        code: 'vendorCountryChanged',
        params: expect.objectContaining({ assessed: 'US', now: 'IN' }),
      }),
    ])
  })
})

describe('country pack', () => {
  const packText = (patch: Record<string, unknown>) =>
    JSON.stringify({ ...structuredClone(BUILTIN_COUNTRY_PACK), ...patch })

  it('shows its version and date, and warns once it is older than 12 months', async () => {
    expect(await call('transfers.pack.status')).toMatchObject({
      version: 1,
      asOf: BUILTIN_COUNTRY_PACK.asOf,
      source: 'builtin',
      stale: false,
      currentUntil: '2027-11-01',
    })
    tc.clock.set('2027-11-02T09:00:00Z')
    expect(await call('transfers.pack.status')).toMatchObject({ stale: true })
  })

  it('imports a newer pack from a file; refuses an older one and a broken one, naming the field', async () => {
    const ok = await call('transfers.pack.import', {
      text: packText({ version: 2, asOf: '2026-11-20', publisher: 'Consultant' }),
    })
    expect(ok).toMatchObject({ version: 2, asOf: '2026-11-20', source: 'imported', publisher: 'Consultant' })
    const older = await refused('transfers.pack.import', { text: packText({ version: 2 }) })
    expect(older.message).toMatch(/version 2, not newer than the one in use \(version 2\)/)
    const broken = await refused('transfers.pack.import', {
      text: packText({ version: 3, asOf: '20 Nov 2026' }),
    })
    expect(broken.fields).toEqual({ asOf: 'validation.date' })
    expect((await refused('transfers.pack.import', { text: '{ not json' })).message).toMatch(/not valid JSON/)
    expect(await call('transfers.pack.status')).toMatchObject({ version: 2 })
  })

  it('keeps a country assessment per workspace and carries it to another workspace', async () => {
    const us = (
      await call<ChannelOutput<'transfers.countries.get'>>('transfers.countries.get', { country: 'US' })
    ).assessment!
    await call('transfers.countries.saveOverride', {
      ...us,
      summary: 'Our firm’s own reading of US law.',
      asOf: '2026-11-20',
    })
    const exported = await call<{ path: string; count: number }>('transfers.countries.exportOverrides', {})
    expect(exported.count).toBe(1)
    expect(JSON.parse(readFileSync(exported.path, 'utf8'))).toMatchObject({
      format: 'pwb-country-overrides',
      countries: [{ country: 'US' }],
    })

    await call('workspace.create', {
      path: join(tc.dir, 'other.pwb'),
      legalName: 'Other Srl',
      country: 'IT',
      timeZone: 'Europe/Rome',
    })
    expect(await call('transfers.countries.get', { country: 'US' })).toMatchObject({ overridden: false })
    expect(
      await call('transfers.countries.importOverrides', { text: readFileSync(exported.path, 'utf8') }),
    ).toEqual({ count: 1, countries: ['US'] })
    expect(await call('transfers.countries.get', { country: 'US' })).toMatchObject({
      overridden: true,
      assessment: { summary: 'Our firm’s own reading of US law.' },
    })
  })
})
