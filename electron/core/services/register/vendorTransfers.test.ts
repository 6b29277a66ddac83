import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testCore, type TestCore } from '../../testing/testCore'

// A vendor that an international transfer (Transfers module) names is a dependent too: its page lists the
// transfer, and deleting it is refused in plain words instead of failing on the foreign key.
let tc: TestCore
beforeEach(async () => {
  tc = testCore()
  const r = await tc.core.invoke('workspace.createDemo', { path: join(tc.dir, 'd.pwb') })
  if (!r.ok) throw new Error(r.error.message)
})
afterEach(() => tc.dispose())

async function anthropicId(): Promise<string> {
  const r = await tc.core.invoke('register.listVendors', {})
  if (!r.ok) throw new Error(r.error.message)
  const v = (r.data as { id: string; name: string }[]).find((x) => x.name.startsWith('Anthropic'))
  if (!v) throw new Error('demo has no Anthropic vendor')
  return v.id
}

describe('vendor dependents include transfers', () => {
  it('lists the transfer on the vendor and refuses deletion naming it', async () => {
    const id = await anthropicId()
    const got = await tc.core.invoke('register.getVendor', { id })
    expect(got).toMatchObject({ ok: true, data: { dependents: { transfers: [{ country: 'US', as: 'importer' }] } } })
    const del = await tc.core.invoke('register.deleteVendor', { id })
    expect(del).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/transfer .*\(US\)/) } })
    expect((await tc.core.invoke('register.getVendor', { id })).ok).toBe(true)
  })
})
