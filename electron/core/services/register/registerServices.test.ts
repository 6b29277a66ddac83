import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testCore, type TestCore } from '../../testing/testCore'
import type { Activity } from '../../../../shared/domain/register/activity'
import type { Vendor } from '../../../../shared/domain/register/vendor'
import type { AuditEntry } from '../../../../shared/domain/audit'

let tc: TestCore

beforeEach(async () => {
  tc = testCore({ actor: 'tester' })
  await call('workspace.create', { path: join(tc.dir, 'r.pwb'), legalName: 'Acme Srl', country: 'IT', timeZone: 'Europe/Rome' })
})
afterEach(() => tc.dispose())

async function call<T = unknown>(channel: string, input: unknown): Promise<T> {
  const r = await tc.core.invoke(channel, input)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { api: r.error })
  return r.data as T
}
async function fail(channel: string, input: unknown) {
  const r = await tc.core.invoke(channel, input)
  if (r.ok) throw new Error(`${channel} should have failed`)
  return r.error
}
const audit = async () => (await call<{ rows: AuditEntry[] }>('audit.list', {})).rows

const calendly = { name: 'Calendly LLC', country: 'US', role: 'processor', services: ['Appointment booking'], dpa: { signed: true, reference: 'Calendly DPA' } }

describe('register: activities', () => {
  it('creates an activity with its lists, reads it back, and audits the creation with the after state', async () => {
    const vendor = await call<Vendor>('register.saveVendor', calendly)
    const created = await call<Activity>('register.saveActivity', {
      name: 'Appointment booking',
      purposes: [
        { text: 'Book a call', bases: [{ basis: 'contract' }] },
        { text: 'Reminders', bases: [{ basis: 'legitimate_interests', legitimateInterest: 'Fewer missed calls' }] },
      ],
      dataSubjectCategories: ['Prospects'],
      dataCategories: [{ name: 'Contact data', retention: { period: 24, unit: 'months', trigger: 'the call' } }],
      recipients: [{ kind: 'internal', name: 'Sales' }, { kind: 'vendor', vendorId: vendor.id }],
      transfers: [{ country: 'us', vendorId: vendor.id, tools: ['scc', 'dpf'] }],
      securityMeasures: [{ key: 'access_control' }, { text: 'Calendar shared with sales only' }],
    })
    expect(created).toMatchObject({ status: 'draft', role: 'controller', createdAt: '2026-11-23T10:00:00.000Z' })
    const got = await call<{ activity: Activity }>('register.getActivity', { id: created.id })
    expect(got.activity.purposes).toEqual([
      { text: 'Book a call', bases: [{ basis: 'contract' }] },
      { text: 'Reminders', bases: [{ basis: 'legitimate_interests', legitimateInterest: 'Fewer missed calls' }] },
    ])
    expect(got.activity.transfers).toEqual([{ country: 'US', vendorId: vendor.id, tools: ['scc', 'dpf'] }])
    expect(got.activity.securityMeasures).toEqual([{ key: 'access_control' }, { text: 'Calendar shared with sales only' }])
    const [last] = await audit()
    expect(last).toMatchObject({ entity: 'activity', entityId: created.id, action: 'create', payload: { before: null, after: { name: 'Appointment booking' } } })
  })

  it('updates with before and after in the audit row, and writes nothing when nothing changed', async () => {
    const a = await call<Activity>('register.saveActivity', { name: 'Payroll', dataSubjectCategories: ['Employees'] })
    tc.clock.advance(60_000)
    const b = await call<Activity>('register.saveActivity', { ...a, owner: 'HR manager' })
    expect(b).toMatchObject({ id: a.id, owner: 'HR manager', createdAt: a.createdAt, updatedAt: '2026-11-23T10:01:00.000Z' })
    const [upd] = await audit()
    expect(upd).toMatchObject({ action: 'update', payload: { before: { name: 'Payroll' }, after: { owner: 'HR manager' } } })
    expect((upd.payload as { before: Activity }).before.owner).toBeUndefined()
    const n = (await audit()).length
    await call('register.saveActivity', { ...b })
    expect(await audit()).toHaveLength(n)
  })

  it('deletes an activity with its child rows and audits what it was', async () => {
    const a = await call<Activity>('register.saveActivity', { name: 'CCTV', dataCategories: [{ name: 'Images' }] })
    expect(await call('register.deleteActivity', { id: a.id })).toEqual({ deleted: true })
    expect(await fail('register.getActivity', { id: a.id })).toMatchObject({ code: 'NOT_FOUND' })
    expect((await audit())[0]).toMatchObject({ action: 'delete', payload: { before: { name: 'CCTV' }, after: null } })
    expect(await fail('register.deleteActivity', { id: a.id })).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining(a.id) })
  })

  it('refuses bad input naming each field, and changes nothing', async () => {
    const before = (await audit()).length
    const e = await fail('register.saveActivity', {
      name: '',
      purposes: [{ text: 'x', bases: [{ basis: 'friendship' }] }],
      dataCategories: [{ name: 'Invoices', retention: { period: 10 } }],
      nextReviewOn: '2026-02-30',
    })
    expect(e.code).toBe('VALIDATION')
    expect(e.fields).toMatchObject({
      name: 'validation.required',
      'purposes.0.bases.0.basis': 'validation.invalid',
      'dataCategories.0.retention.unit': 'validation.retentionUnitRequired',
      nextReviewOn: 'validation.date',
    })
    expect(e.message).toMatch(/nextReviewOn \(Enter a date as YYYY-MM-DD/)
    expect(await audit()).toHaveLength(before)
  })

  it('refuses links to vendors and systems that do not exist, naming the field', async () => {
    const e = await fail('register.saveActivity', {
      name: 'Newsletter',
      recipients: [{ kind: 'internal', name: 'Marketing' }, { kind: 'vendor', vendorId: 'nope' }],
      systemIds: ['ghost'],
    })
    expect(e).toMatchObject({ code: 'VALIDATION', fields: { 'recipients.1.vendorId': 'validation.unknownVendor', 'systemIds.0': 'validation.unknownSystem' } })
    expect(await call('register.listActivities', {})).toEqual([])
  })

  it('lists summaries with bases, vendors, countries and the count of required items missing', async () => {
    const v = await call<Vendor>('register.saveVendor', calendly)
    await call('register.saveActivity', { name: 'Booking', status: 'active', purposes: [{ text: 'Book', bases: [{ basis: 'contract' }] }], recipients: [{ kind: 'vendor', vendorId: v.id }] })
    const [row] = await call<Record<string, unknown>[]>('register.listActivities', {})
    // Missing: data subjects, data categories, and the US transfer for Calendly.
    expect(row).toMatchObject({ name: 'Booking', status: 'active', bases: ['contract'], vendors: [{ id: v.id, name: 'Calendly LLC' }], countries: ['US'], findings: 3 })
  })
})

describe('register: vendors', () => {
  it('creates, updates and lists vendors; names are unique whatever the case', async () => {
    const v = await call<Vendor>('register.saveVendor', { ...calendly, dataLocations: ['US'], certifications: ['SOC 2'] })
    expect(v).toMatchObject({ name: 'Calendly LLC', dpa: { signed: true, reference: 'Calendly DPA' }, certifications: ['SOC 2'] })
    await call('register.saveVendor', { ...v, contactEmail: 'privacy@calendly.example' })
    expect((await audit())[0]).toMatchObject({ entity: 'vendor', action: 'update', payload: { after: { contactEmail: 'privacy@calendly.example' } } })
    expect(await fail('register.saveVendor', { ...calendly, name: 'calendly llc' })).toMatchObject({ code: 'VALIDATION', fields: { name: 'validation.nameTaken' } })
    expect(await call('register.listVendors', {})).toMatchObject([{ id: v.id, dpaSigned: true, activityCount: 0 }])
  })

  it('validates vendor fields by name', async () => {
    const e = await fail('register.saveVendor', { name: 'X', country: 'USA', role: 'friend', dpa: { signed: false, signedOn: '2026-01-01' }, contactEmail: 'nope' })
    expect(e.fields).toMatchObject({ country: 'validation.country', role: 'validation.invalid', 'dpa.signedOn': 'validation.dpaDateWithoutSigned', contactEmail: 'validation.email' })
  })

  it('shows the activities and systems that depend on a vendor, and refuses to delete it while they do', async () => {
    const v = await call<Vendor>('register.saveVendor', calendly)
    const a = await call<Activity>('register.saveActivity', { name: 'Booking', recipients: [{ kind: 'vendor', vendorId: v.id }], transfers: [{ country: 'US', vendorId: v.id, tools: ['scc'] }] })
    const s = await call<{ id: string }>('register.saveSystem', { name: 'Calendly account', type: 'saas', internal: false, vendorId: v.id })
    const page = await call<{ dependents: unknown }>('register.getVendor', { id: v.id })
    expect(page.dependents).toEqual({
      activities: [{ id: a.id, name: 'Booking', status: 'draft', as: ['recipient', 'transfer'] }],
      systems: [{ id: s.id, name: 'Calendly account' }],
      transfers: [],
      breaches: [],
    })
    const e = await fail('register.deleteVendor', { id: v.id })
    expect(e.message).toBe('“Calendly LLC” is still used by: Booking, Calendly account. Remove it from those first, then delete it.')
    await call('register.deleteActivity', { id: a.id })
    await call('register.deleteSystem', { id: s.id })
    expect(await call('register.deleteVendor', { id: v.id })).toEqual({ deleted: true })
    expect((await audit())[0]).toMatchObject({ entity: 'vendor', action: 'delete', payload: { before: { name: 'Calendly LLC' } } })
  })

  it('keeps foreign keys: the database itself refuses a dangling vendor link', async () => {
    // Bypass the service to prove the schema enforces the relation, not only the code.
    const { openWorkspace } = await import('../../store/openWorkspace')
    await tc.core.invoke('workspace.close', {})
    const ws = openWorkspace(join(tc.dir, 'r.pwb'), { clock: tc.clock, actor: 't', create: false })
    try {
      ws.db.prepare(`INSERT INTO register_activity (id, name, status, role, collected_from_subject, automated_exists, occasional, created_at, updated_at) VALUES ('a', 'A', 'draft', 'controller', 1, 0, 0, 'x', 'x')`).run()
      expect(() => ws.db.prepare(`INSERT INTO activity_recipient (activity_id, position, kind, vendor_id) VALUES ('a', 0, 'vendor', 'ghost')`).run()).toThrow(/FOREIGN KEY/)
      expect(() => ws.db.prepare(`INSERT INTO activity_recipient (activity_id, position, kind, name) VALUES ('a', 0, 'vendor', 'X')`).run()).toThrow(/CHECK/)
      expect(() => ws.db.prepare(`INSERT INTO activity_lawful_basis (purpose_id, position, basis) VALUES (999, 0, 'contract')`).run()).toThrow(/FOREIGN KEY/)
    } finally {
      ws.close()
    }
  })
})

describe('register: DPIA screening and completeness', () => {
  it('saves a screening with who and when, gives the result with reasons, and feeds the findings', async () => {
    const a = await call<Activity>('register.saveActivity', { name: 'CCTV at the shop' })
    expect((await call<{ code: string }[]>('register.findings', { activityId: a.id })).map((f) => f.code)).toContain('dpiaNotScreened')
    const s = await call<Record<string, unknown>>('register.saveDpiaScreening', {
      activityId: a.id,
      wp248: ['systematic_monitoring', 'vulnerable_subjects'],
      nationalItems: ['IT-5'],
      answeredBy: 'Office manager',
    })
    expect(s).toMatchObject({ result: 'required', listCountry: 'IT', listChecked: true, screenedAt: '2026-11-23T10:00:00.000Z', answeredBy: 'Office manager' })
    expect((s.reasons as { code: string }[]).map((r) => r.code)).toEqual(['nationalList', 'wp248Two'])
    const codes = (await call<{ code: string }[]>('register.findings', { activityId: a.id })).map((f) => f.code)
    expect(codes).toContain('dpiaRequiredMissing')
    expect(codes).not.toContain('dpiaNotScreened')
    expect((await audit())[0]).toMatchObject({ entity: 'dpia_screening', entityId: a.id, action: 'create' })
    const got = await call<{ screening: { result: string } }>('register.getActivity', { id: a.id })
    expect(got.screening.result).toBe('required')
  })

  it('gives the national list entries in every UI language, French included', async () => {
    const q = await call<{ authority: string; nationalList: { country: string; items: { id: string; text: Record<string, string> }[] } }>('register.dpiaQuestions', {})
    expect(q.nationalList.country).toBe('IT')
    for (const i of q.nationalList.items) expect(Object.keys(i.text).sort(), i.id).toEqual(['en', 'fr', 'it'])
    expect(q.nationalList.items[4].text.fr).toContain('vidéosurveillance')
  })

  it('WP248: one criterion needs the reasoning written down; another country’s list entry is refused', async () => {
    const a = await call<Activity>('register.saveActivity', { name: 'Chatbot' })
    const e = await fail('register.saveDpiaScreening', { activityId: a.id, wp248: ['innovative_technology'], answeredBy: 'Me' })
    expect(e.fields).toEqual({ reasoning: 'validation.reasoningRequired' })
    expect((await fail('register.saveDpiaScreening', { activityId: a.id, nationalItems: ['FR-1'], answeredBy: 'Me' })).fields).toEqual({ nationalItems: 'validation.invalid' })
    expect(await call('register.saveDpiaScreening', { activityId: a.id, wp248: ['innovative_technology'], answeredBy: 'Me', reasoning: 'Text only, no profiling' })).toMatchObject({ result: 'recommended' })
  })

  it('a finding appears for an incomplete activity and disappears once it is fixed', async () => {
    const a = await call<Activity>('register.saveActivity', { name: 'Newsletter', purposes: [{ text: 'Send news', bases: [{ basis: 'consent' }] }] })
    const before = await call<{ code: string; field: string }[]>('register.findings', { activityId: a.id })
    expect(before).toContainEqual(expect.objectContaining({ code: 'consentWithdrawalMissing', field: 'purposes.0.bases.0.consentWithdrawal' }))
    await call('register.saveActivity', { ...a, purposes: [{ text: 'Send news', bases: [{ basis: 'consent', consentWithdrawal: 'Unsubscribe link in every e-mail' }] }] })
    const after = await call<{ code: string }[]>('register.findings', { activityId: a.id })
    expect(after.map((f) => f.code)).not.toContain('consentWithdrawalMissing')
  })

  it('turns the next review date into a dashboard deadline (a target, not a legal period)', async () => {
    await call('register.saveActivity', { name: 'Payroll', nextReviewOn: '2026-12-01' })
    const [d] = await call<Record<string, unknown>[]>('deadlines.list', {})
    expect(d).toMatchObject({ module: 'ropa', legal: false, status: 'pending', dueDate: '2026-12-01', title: 'Review “Payroll” in the register' })
  })
})
