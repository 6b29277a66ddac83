import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Deadline } from '../../../shared/domain/deadline'
import { ManualClock } from '../clock'
import { createCore } from '../createCore'
import type { Core } from '../coreTypes'
import { registerDeadlineProvider } from '../deadlines/registry'
import { tempDir } from '../testing/tempDir'

// A stand-in module whose one deadline is due 2026-11-26T12:00Z with 24 h / 6 h / 1 h / overdue reminders.
const DUE = '2026-11-26T12:00:00.000Z'
const at = (h: number) => new Date(Date.parse(DUE) - h * 3_600_000).toISOString()
const deadline: Deadline = {
  key: 'breach:1:gdpr',
  module: 'breach',
  entityId: '1',
  title: 'Notify the Garante (breach 1)',
  dueAt: DUE,
  legal: true,
  status: 'pending',
  explanation: '72 hours from awareness',
  reminders: [
    { key: 'breach:1:gdpr:24h', at: at(24), kind: '24h' },
    { key: 'breach:1:gdpr:6h', at: at(6), kind: '6h' },
    { key: 'breach:1:gdpr:1h', at: at(1), kind: '1h' },
    { key: 'breach:1:gdpr:overdue', at: DUE, kind: 'overdue' },
  ],
}
registerDeadlineProvider(() => [deadline])

let tmp: ReturnType<typeof tempDir>
let clock: ManualClock
const alerts: string[] = []
const path = () => join(tmp.dir, 'r.pwb')
function makeCore(): Core {
  const core = createCore({ clock, host: 'test', actor: 't', resourcesDir: resolve('resources'), defaultWorkspaceDir: tmp.dir })
  core.onEvent((name, p) => {
    if (name === 'timer.alert') alerts.push((p as { key: string }).key)
  })
  return core
}
beforeEach(() => {
  tmp = tempDir()
  clock = new ManualClock('2026-11-24T12:00:00Z')
  alerts.length = 0
})
afterEach(() => tmp.cleanup())

describe('reminders survive restarts (fire once, never twice, never zero)', () => {
  it('fires the 24 h reminder once after a restart that moved the clock past it', async () => {
    let core = makeCore()
    await core.invoke('workspace.create', { path: path(), legalName: 'A', country: 'IT', timeZone: 'Europe/Rome' })
    expect(await core.tick()).toBe(0)
    await core.dispose()

    clock.set('2026-11-25T13:00:00Z') // 23 h before the deadline: past the 24 h reminder only
    core = makeCore()
    await core.invoke('workspace.open', { path: path() }) // re-armed from the database on open
    await core.tick()
    await core.tick()
    expect(alerts).toEqual(['breach:1:gdpr:24h'])
    await core.dispose()

    core = makeCore() // another restart at the same time: nothing new
    await core.invoke('workspace.open', { path: path() })
    await core.tick()
    expect(alerts).toEqual(['breach:1:gdpr:24h'])

    clock.set('2026-11-26T13:00:00Z') // jumped past 6 h, 1 h and the deadline: only the latest fires
    await core.tick()
    expect(alerts).toEqual(['breach:1:gdpr:24h', 'breach:1:gdpr:overdue'])
    const audit = await core.invoke('audit.list', {})
    expect(JSON.stringify(audit)).toContain('"skipped":["breach:1:gdpr:6h","breach:1:gdpr:1h"]')
    await core.dispose()
  })

  it('the alert says how long is left, in the workspace language and zone', async () => {
    const core = makeCore()
    const bodies: string[] = []
    core.onEvent((name, p) => name === 'timer.alert' && bodies.push((p as { body: string }).body))
    await core.invoke('workspace.create', { path: path(), legalName: 'A', country: 'IT', timeZone: 'Europe/Rome' })
    clock.set('2026-11-26T06:30:00Z')
    await core.tick()
    expect(bodies).toEqual(['6 hours left — due 26 Nov 2026, 13:00 (UTC+01:00).'])
    await core.dispose()
  })
})
