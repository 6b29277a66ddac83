import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { breachKit, laptopBreach, type Kit } from '../breach/breachTestKit'

// A breach record must keep naming the activities and vendors it affected (the links are ids; see
// repositories/breach/breachLinks.ts): the register refuses to delete them and says what to do instead.
// Drills are exercises and hold nothing back.

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
    expect(vendor.message).toContain(`${breach.ref} (Stolen laptop with customer data)`)
    // Nothing was deleted.
    expect((await kit.call<unknown[]>('register.listActivities', {})).length).toBe(1)
    expect((await kit.call<unknown[]>('register.listVendors', {})).length).toBe(1)
  })

  it('lets an activity and a vendor go when only a drill names them', async () => {
    const { vendorId, activityId } = await registerEntries()
    await kit.call(
      'breach.create',
      laptopBreach({ activityIds: [activityId], vendorIds: [vendorId], drill: true }),
    )
    await kit.call('register.deleteActivity', { id: activityId })
    await kit.call('register.deleteVendor', { id: vendorId })
    expect(await kit.call<unknown[]>('register.listActivities', {})).toEqual([])
    expect(await kit.call<unknown[]>('register.listVendors', {})).toEqual([])
  })
})
