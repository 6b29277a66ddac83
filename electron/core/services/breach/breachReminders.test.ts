import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { breachKit, laptopBreach, type Detail, type Kit } from './breachTestKit'

// Issue 6 item 7 and "Must show": reminders 24 h, 6 h, 1 h before each deadline and when overdue, re-armed
// from the database after a restart, each fired once (never twice, never zero times).
let k: Kit
beforeEach(async () => {
  k = await breachKit()
})
afterEach(async () => k.cleanup())

describe('deadline texts in the workspace language', () => {
  const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
  type Row = { module: string; key: string; title: string; explanation: string }

  it('an Italian workspace: the clock name and its explanation in Italian, times in the zone with the offset', async () => {
    const p = await k.call<Record<string, unknown>>('profile.get', {})
    await k.call('profile.save', { ...p, language: 'it' })
    await k.call<Detail>('breach.create', laptopBreach()) // aware 2026-03-27T22:30Z, due 2026-03-30T22:30Z
    const d = (await k.call<Row[]>('deadlines.list', {})).find((x) => x.key.endsWith(':gdpr.sa'))
    expect(d?.title).toBe('BR-2026-001 Stolen laptop with customer data: Notifica all’autorità di controllo (GDPR art. 33)')
    expect(d?.explanation).toContain(
      'Notifica la violazione all’autorità di controllo senza ingiustificato ritardo e comunque entro 72 ore',
    )
    expect(d?.explanation).toContain('conoscenza il 27 mar 2026, 23:30 (UTC+01:00), scadenza il 31 mar 2026, 00:30 (UTC+02:00)')
    expect(d?.explanation).not.toMatch(ISO)

    // Past the deadline the status comes first, in Italian too.
    k.clock.set('2026-04-01T08:00:00Z')
    const late = (await k.call<Row[]>('deadlines.list', {})).find((x) => x.key.endsWith(':gdpr.sa'))
    expect(late?.explanation).toMatch(/^Il termine di legge del 31 mar 2026, 00:30 \(UTC\+02:00\) è scaduto/)
  })

  it('a French workspace: the explanation in French, dates as a French reader writes them', async () => {
    const p = await k.call<Record<string, unknown>>('profile.get', {})
    await k.call('profile.save', { ...p, language: 'fr' })
    await k.call<Detail>('breach.create', laptopBreach())
    const d = (await k.call<Row[]>('deadlines.list', {})).find((x) => x.key.endsWith(':gdpr.sa'))
    expect(d?.explanation).toContain('Notifiez la violation à l’autorité de contrôle dans les meilleurs délais et au plus tard 72 heures')
    expect(d?.explanation).toContain('prise de connaissance le 27 mars 2026, 23:30 (UTC+01:00), échéance le 31 mars 2026, 00:30 (UTC+02:00)')
    expect(d?.explanation).not.toMatch(ISO)
  })

  it('an English workspace reads dates as people do, not ISO stamps', async () => {
    await k.call<Detail>('breach.create', laptopBreach())
    const d = (await k.call<Row[]>('deadlines.list', {})).find((x) => x.key.endsWith(':gdpr.sa'))
    expect(d?.explanation).toContain('aware 27 Mar 2026, 23:30 (UTC+01:00), due 31 Mar 2026, 00:30 (UTC+02:00)')
    expect(d?.explanation).not.toMatch(ISO)
  })
})

describe('breach reminders across a restart', () => {
  it('a clock armed, the core disposed and recreated past the 24 h reminder: the alert fires exactly once', async () => {
    const d = await k.call<Detail>('breach.create', laptopBreach()) // aware 2026-03-27T22:30Z, due 2026-03-30T22:30Z
    const id = d.breach.id
    expect(await k.core.tick()).toBe(0)
    expect(k.alerts).toEqual([])

    await k.core.dispose()
    k.clock.set('2026-03-29T23:00:00Z') // 23.5 h before the deadline: past the 24 h reminder only
    await k.restart()
    await k.core.tick()
    await k.core.tick()
    expect(k.alerts.map((a) => a.key)).toEqual([`breach:${id}:gdpr.sa@2026-03-30T22:30:00Z:24h`])
    expect(k.alerts[0].title).toBe('BR-2026-001 Stolen laptop with customer data: Notify the supervisory authority (GDPR Art. 33)')
    // 22:30Z is 00:30 CEST the next day
    expect(k.alerts[0].body).toBe('24 hours left — due 31 Mar 2026, 00:30 (UTC+02:00).')

    await k.restart() // once more at the same instant: nothing new
    await k.core.tick()
    expect(k.alerts).toHaveLength(1)
  })

  it('6 h, 1 h and overdue follow, each once; a met clock stops reminding', async () => {
    const d = await k.call<Detail>('breach.create', laptopBreach())
    const key = (kind: string) => `breach:${d.breach.id}:gdpr.sa@2026-03-30T22:30:00Z:${kind}`
    for (const [at, kind] of [
      ['2026-03-30T16:30:00Z', '6h'],
      ['2026-03-30T21:30:00Z', '1h'],
      ['2026-03-30T22:30:00Z', null], // the deadline instant is still in time
      ['2026-03-30T22:30:01Z', 'overdue'],
    ] as const) {
      k.clock.set(at)
      const before = k.alerts.length
      await k.core.tick()
      if (kind) expect(k.alerts.at(-1)?.key).toBe(key(kind))
      else expect(k.alerts.length).toBe(before)
    }
    // the 24 h reminder was skipped as passed when the 6 h one fired first
    expect(k.alerts.map((a) => a.key)).toEqual([key('6h'), key('1h'), key('overdue')])
    expect(k.alerts.at(-1)?.body).toContain('The deadline passed')
  })

  it('no reminders for a clock already met, or for a drill', async () => {
    const d = await k.call<Detail>('breach.create', laptopBreach())
    await k.call('breach.create', laptopBreach({ drill: true }))
    await k.call('breach.logNotification', {
      breachId: d.breach.id,
      clockId: 'gdpr.sa',
      phase: 'initial',
      recipientKind: 'supervisory_authority',
      authorityCode: 'IT',
      channel: 'online_form',
      sentAt: '2026-03-27T22:40:00Z',
      content: 'x',
    })
    k.clock.set('2026-04-02T00:00:00Z')
    expect(await k.core.tick()).toBe(0)
  })

  it('a corrected awareness moves the deadline and re-arms its reminders', async () => {
    const d = await k.call<Detail>('breach.create', laptopBreach())
    k.clock.set('2026-03-29T23:00:00Z')
    await k.core.tick()
    await k.call('breach.update', {
      ...laptopBreach({ awareAt: '2026-03-27T23:30:00Z', awareReasoning: 'Customer data confirmed an hour later' }),
      id: d.breach.id,
    })
    k.clock.set('2026-03-29T23:31:00Z')
    await k.core.tick()
    expect(k.alerts.map((a) => a.key)).toEqual([
      `breach:${d.breach.id}:gdpr.sa@2026-03-30T22:30:00Z:24h`,
      `breach:${d.breach.id}:gdpr.sa@2026-03-30T23:30:00Z:24h`,
    ])
  })
})
