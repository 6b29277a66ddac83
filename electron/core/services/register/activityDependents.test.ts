import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelOutput } from '../../../../shared/ipc/contract'
import { breachKit, laptopBreach, type Kit } from '../breach/breachTestKit'
import { mario } from '../dsar/dsarTestCore'

// The activity page lists what names the activity in other modules, so that a user about to retire or
// delete it sees what would be left behind: breaches (real first, drills flagged), the international
// transfers made for it, and the requests whose search log names it.

let kit: Kit
beforeEach(async () => (kit = await breachKit()))
afterEach(() => kit.cleanup())

type Page = ChannelOutput<'register.getActivity'>
type Created = { breach: { id: string; ref: string } }

const activity = (name: string) =>
  kit.call<{ id: string }>('register.saveActivity', { name }).then((a) => a.id)

describe('the activity page lists what depends on the activity', () => {
  it('returns breaches (real then drill), transfers and requests that name it; none for an unlinked activity', async () => {
    const contact = await activity('Contact form and replies')
    const unlinked = await activity('Payroll')
    const vendor = await kit.call<{ id: string }>('register.saveVendor', { name: 'Acme Cloud Inc.', country: 'US', role: 'processor' })

    // Breaches: the drill is recorded first, so an order by insertion would put it on top.
    const drill = await kit.call<Created>('breach.create', laptopBreach({ title: 'Tabletop: phishing', activityIds: [contact], drill: true }))
    const real = await kit.call<Created>('breach.create', laptopBreach({ title: 'Mailbox phished', activityIds: [contact] }))
    await kit.call('breach.create', laptopBreach({ title: 'Names no activity' }))

    // Transfers: one made for the activity, one for none.
    const transfer = await kit.call<{ id: string }>('transfers.save', { importerVendorId: vendor.id, importerCountry: 'US', activityId: contact })
    await kit.call('transfers.save', { importerVendorId: vendor.id, importerCountry: 'US' })

    // Requests: two searches of the first request name the activity (listed once), the second searched
    // something else.
    await kit.call('dsar.save', { ...mario, receivedAt: '2026-03-20T10:00' })
    await kit.call('dsar.save', { ...mario, receivedAt: '2026-03-21T10:00' })
    const search = { caseId: 'DSAR-2026-001', result: 'pending' }
    await kit.call('dsar.searchSave', { ...search, systemName: 'Contact form inbox', registerActivityId: contact })
    await kit.call('dsar.searchSave', { ...search, systemName: 'Contact form archive', registerActivityId: contact })
    await kit.call('dsar.searchSave', { caseId: 'DSAR-2026-002', result: 'pending', systemName: 'Payroll software' })

    const page = await kit.call<Page>('register.getActivity', { id: contact })
    expect(page.activity.name).toBe('Contact form and replies')
    expect(page.dependents).toEqual({
      breaches: [
        { id: real.breach.id, ref: real.breach.ref, title: 'Mailbox phished', drill: false },
        { id: drill.breach.id, ref: drill.breach.ref, title: 'Tabletop: phishing', drill: true },
      ],
      transfers: [{ id: transfer.id, importer: 'Acme Cloud Inc.', country: 'US', status: 'active' }],
      requests: [{ id: 'DSAR-2026-001', status: 'received' }],
    })

    const none = await kit.call<Page>('register.getActivity', { id: unlinked })
    expect(none.dependents).toEqual({ breaches: [], transfers: [], requests: [] })
  })

  it('lists newer requests first', async () => {
    const contact = await activity('Contact form and replies')
    for (const receivedAt of ['2026-03-02T10:00', '2026-03-20T10:00', '2026-03-10T10:00']) {
      const { case: c } = await kit.call<{ case: { id: string } }>('dsar.save', { ...mario, receivedAt })
      await kit.call('dsar.searchSave', { caseId: c.id, result: 'pending', systemName: 'Inbox', registerActivityId: contact })
    }
    const page = await kit.call<Page>('register.getActivity', { id: contact })
    expect(page.dependents.requests.map((r) => r.id)).toEqual(['DSAR-2026-002', 'DSAR-2026-003', 'DSAR-2026-001'])
  })
})
