import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { breachKit, laptopBreach, type Kit } from '../breach/breachTestKit'

// A breach record must keep naming the activities and vendors it affected (the links are ids; see
// repositories/breach/breachLinks.ts): the register refuses to delete them and says what to do instead.
// Drills are exercises and hold nothing back. A vendor's page lists every breach that names it, drills
// marked as such.

let kit: Kit
beforeEach(async () => (kit = await breachKit()))
afterEach(() => kit.cleanup())

async function registerEntries() {
  const vendor = await kit.call<{ id: string }>('register.saveVendor', {
    name: 'MailCo',
    country: 'IE',
    role: 'processor',
  })
  const activity = await kit.call<{ id: string }>('register.saveActivity', {
    name: 'Newsletter',
    purposes: [
      { text: 'Send the newsletter', bases: [{ basis: 'consent', consentWithdrawal: 'Unsubscribe link' }] },
    ],
    recipients: [{ kind: 'vendor', vendorId: vendor.id }],
  })
  return { vendorId: vendor.id, activityId: activity.id }
}

describe('deleting register entries a breach names', () => {
  it('refuses to delete an activity or a vendor a real breach names, naming the breach', async () => {
    const { vendorId, activityId } = await registerEntries()
    const { breach } = await kit.call<{ breach: { ref: string } }>(
      'breach.create',
      laptopBreach({ activityIds: [activityId], vendorIds: [vendorId] }),
    )

    const activity = await kit.fail('register.deleteActivity', { id: activityId })
    expect(activity.code).toBe('VALIDATION')
    expect(activity.message).toBe(
      `“Newsletter” is named in the breach record(s) ${breach.ref} (Stolen laptop with customer data), which must keep what they affected. Set its status to “Retired” instead of deleting it.`,
    )
    const vendor = await kit.fail('register.deleteVendor', { id: vendorId })
    // The breach is what holds it (unlinking the activity would not help), so the message says that alone.
    expect(vendor.message).toBe(
      `“MailCo” is named in the breach record(s) ${breach.ref} (Stolen laptop with customer data), which must keep what they involved: it cannot be deleted. A vendor you no longer use can stay in the register, linked to no activity.`,
    )
    // Nothing was deleted.
    expect((await kit.call<unknown[]>('register.listActivities', {})).length).toBe(1)
    expect((await kit.call<unknown[]>('register.listVendors', {})).length).toBe(1)
  })

  it('lets an activity and a vendor go when only a drill names them, and takes them out of the drill (audited)', async () => {
    const { vendorId, activityId } = await registerEntries()
    const kept = await kit.call<{ id: string }>('register.saveActivity', { name: 'Payroll', purposes: [{ text: 'Pay staff', bases: [{ basis: 'contract' }] }] })
    const { breach: drill } = await kit.call<{ breach: { id: string } }>(
      'breach.create',
      laptopBreach({ activityIds: [activityId, kept.id], vendorIds: [vendorId], drill: true }),
    )
    await kit.call('register.deleteActivity', { id: activityId })
    await kit.call('register.deleteVendor', { id: vendorId })
    expect((await kit.call<{ name: string }[]>('register.listActivities', {})).map((a) => a.name)).toEqual(['Payroll'])
    expect(await kit.call<unknown[]>('register.listVendors', {})).toEqual([])
    // The drill names nothing that no longer exists, and keeps the activity that does.
    const after = await kit.call<{ breach: { activityIds: string[]; vendorIds: string[] } }>('breach.get', { id: drill.id })
    expect(after.breach.activityIds).toEqual([kept.id])
    expect(after.breach.vendorIds).toEqual([])
    // Each change to the drill is in the audit log beside the deletion that caused it.
    const { rows } = await kit.call<{ rows: { entity: string; entityId: string; action: string; payload: unknown }[] }>('audit.list', { limit: 4 })
    expect(rows.map((r) => `${r.entity} ${r.action}`)).toEqual(['breach update', 'vendor delete', 'breach update', 'activity delete'])
    expect(rows[0]).toMatchObject({ entityId: drill.id, payload: { before: { vendorIds: [vendorId] }, after: { vendorIds: [] } } })
    expect(rows[2].payload).toMatchObject({ before: { activityIds: [activityId, kept.id].sort() }, after: { activityIds: [kept.id] } })
  })
})

describe('the vendor page lists the breaches that name the vendor', () => {
  it('returns real breaches first, then drills (flagged), each by reference; a vendor no breach names gets none', async () => {
    const { vendorId } = await registerEntries()
    const other = await kit.call<{ id: string }>('register.saveVendor', { name: 'Unused Ltd', country: 'IE', role: 'processor' })
    type Created = { breach: { id: string; ref: string } }
    // The drill is recorded first, so an order by insertion would put it on top.
    const drill = await kit.call<Created>('breach.create', laptopBreach({ title: 'Tabletop: ransomware', vendorIds: [vendorId], drill: true }))
    const first = await kit.call<Created>('breach.create', laptopBreach({ vendorIds: [vendorId] }))
    const second = await kit.call<Created>('breach.create', laptopBreach({ title: 'Mailbox phished', vendorIds: [vendorId] }))
    await kit.call('breach.create', laptopBreach({ title: 'Names no vendor' }))

    const page = await kit.call<{ dependents: { breaches: unknown[] } }>('register.getVendor', { id: vendorId })
    expect(page.dependents.breaches).toEqual([
      { id: first.breach.id, ref: 'BR-2026-001', title: 'Stolen laptop with customer data', drill: false },
      { id: second.breach.id, ref: 'BR-2026-002', title: 'Mailbox phished', drill: false },
      { id: drill.breach.id, ref: 'DR-2026-001', title: 'Tabletop: ransomware', drill: true },
    ])
    const unlinked = await kit.call<{ dependents: { breaches: unknown[] } }>('register.getVendor', { id: other.id })
    expect(unlinked.dependents.breaches).toEqual([])
  })
})
