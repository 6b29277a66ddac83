import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportResult } from '../../../shared/domain/register/importExport'
import { fullActivities } from '../testing/registerReads'
import { testCore, type TestCore } from '../testing/testCore'

let tc: TestCore
beforeEach(() => {
  tc = testCore()
})
afterEach(() => tc.dispose())

const call = <T = unknown>(channel: string, input: unknown) => tc.call<T>(channel, input)
const fullRegister = () => fullActivities(tc)

describe('demo register (Vimage S.r.l., from its privacy notice)', () => {
  beforeEach(async () => {
    await call('workspace.createDemo', { path: join(tc.dir, 'demo.pwb') })
  })

  it('has the activities the notice implies', async () => {
    const names = (await call<{ name: string }[]>('register.listActivities', {})).map((a) => a.name)
    expect(names).toEqual([
      'AI chatbot (Vimage AI)',
      'Anti-bot protection',
      'Appointment booking',
      'Contact form and replies',
      'Web analytics with consent (Google Analytics 4)',
      'Web analytics without consent (anonymous statistics)',
      'Website and e-mail hosting',
    ])
  })

  it('links the demo mailbox breach to the mailbox provider, whose page lists it', async () => {
    const vendors = await call<{ id: string; name: string }[]>('register.listVendors', {})
    const serverplan = vendors.find((v) => v.name === 'Serverplan S.r.l.')!
    const page = await call<{ dependents: { breaches: { title: string; drill: boolean }[] } }>('register.getVendor', { id: serverplan.id })
    expect(page.dependents.breaches).toEqual([expect.objectContaining({ title: 'Mailbox taken over through phishing', drill: false })])
  })

  it('has the 7 external recipients with the locations the notice states', async () => {
    const vendors = await call<{ name: string; country: string; dataLocations: string[]; activityCount: number }[]>('register.listVendors', {})
    expect(vendors.map((v) => [v.name, v.country, v.dataLocations])).toEqual([
      ['Anthropic, PBC', 'US', ['US']],
      ['Aruba S.p.A.', 'IT', []],
      ['Calendly LLC', 'US', ['US']],
      ['Cloudflare, Inc.', 'US', ['US']],
      ['Google Ireland Limited', 'IE', ['IE', 'US']],
      ['OpenAI, LLC', 'US', ['US']],
      ['Serverplan S.r.l.', 'IT', []],
    ])
    expect(vendors.every((v) => v.activityCount > 0)).toBe(true)
  })

  it('records the transfer tools as the notice states them (Anthropic: SCC only; the others SCC + DPF)', async () => {
    const acts = await fullRegister()
    const vendors = new Map((await call<{ id: string; name: string }[]>('register.listVendors', {})).map((v) => [v.id, v.name]))
    const tools = new Map<string, string>()
    for (const a of acts) for (const t of a.transfers) tools.set(vendors.get(t.vendorId!)!, `${t.country}:${t.tools.join('+')}`)
    expect(Object.fromEntries(tools)).toEqual({
      'Anthropic, PBC': 'US:scc',
      'OpenAI, LLC': 'US:scc+dpf',
      'Calendly LLC': 'US:scc+dpf',
      'Cloudflare, Inc.': 'US:scc+dpf',
      'Google Ireland Limited': 'US:scc+dpf',
    })
  })

  it('keeps the self-hosted analytics as an internal system, not a recipient', async () => {
    const systems = await call<{ name: string; internal: boolean }[]>('register.listSystems', {})
    expect(systems).toContainEqual(expect.objectContaining({ name: 'Self-hosted analytics', internal: true }))
    const vendors = await call<{ name: string }[]>('register.listVendors', {})
    expect(vendors.map((v) => v.name).join()).not.toMatch(/analytics/i)
  })

  it('marks demo assumptions, and has no missing required item except where the notice is silent', async () => {
    const acts = await fullRegister()
    for (const a of acts) expect(a.notes, a.name).toMatch(/Demo assumption/i)
    const errors = (await call<{ severity: string }[]>('register.findings', {})).filter((f) => f.severity === 'error')
    expect(errors).toEqual([])
  })

  it('exports to XLSX and imports into a new workspace with the same activities', async () => {
    const before = await fullRegister()
    const file = join(tc.dir, 'demo.xlsx')
    await call('register.export', { path: file, type: 'activities' })
    await call('workspace.create', { path: join(tc.dir, 'empty.pwb'), legalName: 'Empty', country: 'IT', timeZone: 'Europe/Rome' })
    const r = await call<ImportResult>('register.import', { path: file, type: 'activities' })
    expect(r).toMatchObject({ applied: true, activities: { created: 7 }, vendors: { created: 7 }, systems: { created: 4 } })
    expect(await fullRegister()).toEqual(before)
  })
})

describe('demo register (Virtual Contact, controller and processor)', () => {
  it('builds the processor activity with the controllers it serves, and shows the missing transfer tool', async () => {
    const info = await call<{ organisationName: string }>('workspace.createDemo', { path: join(tc.dir, 'vc.pwb'), sample: 'virtual-contact' })
    expect(info.organisationName).toBe('Virtual Contact s.r.l.')
    expect(await call('profile.get', {})).toMatchObject({ roles: ['controller', 'processor'] })
    const acts = await fullRegister()
    const ccaas = acts.find((a) => a.role === 'processor')!
    expect(ccaas.controllersServed.length).toBeGreaterThanOrEqual(1)
    const findings = await call<{ code: string; activityName: string }[]>('register.findings', {})
    expect(findings).toContainEqual(expect.objectContaining({ code: 'transferWithoutTool', activityName: ccaas.name }))
    expect(acts.find((a) => a.name === 'B2B marketing and telemarketing')).toMatchObject({ collectedFromSubject: false })
    // Vimage's demo requests and breaches belong to Vimage only.
    expect(await call<unknown[]>('deadlines.list', {})).not.toContainEqual(expect.objectContaining({ module: 'breach' }))
    expect(await call<unknown[]>('deadlines.list', {})).not.toContainEqual(expect.objectContaining({ module: 'dsar' }))
  })

  it('refuses an unknown sample', async () => {
    expect(await tc.core.invoke('workspace.createDemo', { path: join(tc.dir, 'x.pwb'), sample: 'acme' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})
