import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../../clock'
import { createCore } from '../../createCore'
import type { Core } from '../../coreTypes'
import { tempDir } from '../../testing/tempDir'

// A vendor that an international transfer (Transfers module) names is a dependent too: its page lists the
// transfer, and deleting it is refused in plain words instead of failing on the foreign key.
let tmp: ReturnType<typeof tempDir>
let core: Core
beforeEach(async () => {
  tmp = tempDir()
  core = createCore({ clock: new ManualClock('2026-11-23T10:00:00Z'), host: 'test', actor: 't', resourcesDir: resolve('resources'), defaultWorkspaceDir: tmp.dir })
  const r = await core.invoke('workspace.createDemo', { path: join(tmp.dir, 'd.pwb') })
  if (!r.ok) throw new Error(r.error.message)
})
afterEach(async () => {
  await core.dispose()
  tmp.cleanup()
})

async function anthropicId(): Promise<string> {
  const r = await core.invoke('register.listVendors', {})
  if (!r.ok) throw new Error(r.error.message)
  const v = (r.data as { id: string; name: string }[]).find((x) => x.name.startsWith('Anthropic'))
  if (!v) throw new Error('demo has no Anthropic vendor')
  return v.id
}

describe('vendor dependents include transfers', () => {
  it('lists the transfer on the vendor and refuses deletion naming it', async () => {
    const id = await anthropicId()
    const got = await core.invoke('register.getVendor', { id })
    expect(got).toMatchObject({ ok: true, data: { dependents: { transfers: [{ country: 'US', as: 'importer' }] } } })
    const del = await core.invoke('register.deleteVendor', { id })
    expect(del).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/transfer .*\(US\)/) } })
    expect((await core.invoke('register.getVendor', { id })).ok).toBe(true)
  })
})
