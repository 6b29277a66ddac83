import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Deadline } from '../../../shared/domain/deadline'
import { registerDeadlineProvider } from '../deadlines/registry'
import { testCore, timerAlerts, type TestCore } from '../testing/testCore'

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

let tc: TestCore
const path = () => join(tc.dir, 'r.pwb')
/** The keys of the timer alerts sent so far, across restarts. */
const alerts = () => timerAlerts(tc).map((a) => a.key)
beforeEach(() => {
  tc = testCore({ at: '2026-11-24T12:00:00Z' })
})
afterEach(() => tc.dispose())

describe('reminders survive restarts (fire once, never twice, never zero)', () => {
  it('fires the 24 h reminder once after a restart that moved the clock past it', async () => {
    await tc.call('workspace.create', { path: path(), legalName: 'A', country: 'IT', timeZone: 'Europe/Rome' })
    expect(await tc.core.tick()).toBe(0)

    tc.clock.set('2026-11-25T13:00:00Z') // 23 h before the deadline: past the 24 h reminder only
    await tc.restart()
    await tc.call('workspace.open', { path: path() }) // re-armed from the database on open
    await tc.core.tick()
    await tc.core.tick()
    expect(alerts()).toEqual(['breach:1:gdpr:24h'])

    await tc.restart() // another restart at the same time: nothing new
    await tc.call('workspace.open', { path: path() })
    await tc.core.tick()
    expect(alerts()).toEqual(['breach:1:gdpr:24h'])

    tc.clock.set('2026-11-26T13:00:00Z') // jumped past 6 h, 1 h and the deadline: only the latest fires
    await tc.core.tick()
    expect(alerts()).toEqual(['breach:1:gdpr:24h', 'breach:1:gdpr:overdue'])
    const audit = await tc.call('audit.list', {})
    expect(JSON.stringify(audit)).toContain('"skipped":["breach:1:gdpr:6h","breach:1:gdpr:1h"]')
  })

  it('the alert says how long is left, in the workspace language and zone', async () => {
    await tc.call('workspace.create', { path: path(), legalName: 'A', country: 'IT', timeZone: 'Europe/Rome' })
    tc.clock.set('2026-11-26T06:30:00Z')
    await tc.core.tick()
    expect(timerAlerts(tc).map((a) => a.body)).toEqual(['6 hours left — due 26 Nov 2026, 13:00 (UTC+01:00).'])
  })
})
