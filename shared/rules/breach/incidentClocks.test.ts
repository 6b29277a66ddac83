import { describe, expect, it } from 'vitest'
import { incidentClocks, nextClock, overallClockStatus } from './incidentClocks'

// GDPR Art. 33(1) (72 h, reasons for delay), 33(5) (documented decision), 34; NIS2 Art. 23(4); §8 Q12.
const base = { regimes: ['gdpr' as const], tz: 'Europe/Rome', awareAt: '2026-03-27T11:00:00Z' } // due 2026-03-30T11:00:00Z

describe('clocks of one incident', () => {
  it('pending, then met by the notification logged against it', () => {
    const pending = incidentClocks(base, { now: '2026-03-28T11:00:00Z' })
    expect(pending.map((c) => [c.clock.id, c.status.status])).toEqual([['gdpr.sa', 'pending']])
    const met = incidentClocks(base, {
      now: '2026-04-10T00:00:00Z',
      notifications: [{ clockId: 'gdpr.sa', sentAt: '2026-03-29T09:00:00Z' }],
    })
    expect(met[0]).toMatchObject({ status: { status: 'met' }, metAt: '2026-03-29T09:00:00Z' })
  })

  it('a notification logged without a clock does not meet it', () => {
    const r = incidentClocks(base, { now: '2026-03-31T00:00:00Z', notifications: [{ sentAt: '2026-03-29T09:00:00Z' }] })
    expect(r[0].status).toMatchObject({ status: 'missed', reasonRequired: true })
  })

  it('missed without reasons, late_with_reason with them (Art. 33(1))', () => {
    const now = '2026-03-31T00:00:00Z'
    expect(incidentClocks(base, { now })[0].status.status).toBe('missed')
    expect(incidentClocks(base, { now, delayReasons: { 'gdpr.sa': 'Forensics pending' } })[0].status.status).toBe('late_with_reason')
  })

  it('a decision not to notify makes the authority clock not required, never missed', () => {
    const r = incidentClocks(base, {
      now: '2026-06-01T00:00:00Z',
      decision: { id: 'D1', decidedAt: '2026-03-28T10:00:00Z', notifyAuthority: false, subjects: 'not_required' },
    })
    expect(r[0].status).toMatchObject({ status: 'not_required', decisionId: 'D1' })
    expect(overallClockStatus(r)).toBe('not_required')
  })

  it('the GDPR risk decision does not switch off NIS2 clocks', () => {
    const r = incidentClocks(
      { ...base, regimes: ['gdpr', 'nis2'] },
      {
        now: '2026-03-27T12:00:00Z',
        decision: { id: 'D1', decidedAt: '2026-03-27T11:30:00Z', notifyAuthority: false, subjects: 'not_required' },
      },
    )
    expect(r.find((c) => c.clock.id === 'nis2.earlyWarning')?.status.status).toBe('pending')
    expect(nextClock(r)?.clock.id).toBe('nis2.earlyWarning')
  })

  it('the safer reading from the processor’s awareness is met by the notification to the authority (§8 Q12)', () => {
    const r = incidentClocks(
      { ...base, processorAwareAt: '2026-03-26T11:00:00Z' },
      { now: '2026-04-01T00:00:00Z', notifications: [{ clockId: 'gdpr.sa', sentAt: '2026-03-29T12:00:00Z' }] }, // after the safer 29 Mar 11:00Z
    )
    const safer = r.find((c) => c.clock.id === 'gdpr.sa.fromProcessorAwareness')
    expect(safer).toMatchObject({ satisfiedBy: 'gdpr.sa', status: { status: 'missed' } })
    expect(r.find((c) => c.clock.id === 'gdpr.sa')?.status.status).toBe('met')
  })

  it('NIS2 final report counts from the notification actually submitted', () => {
    const r = incidentClocks(
      { ...base, regimes: ['nis2'] },
      { now: '2026-03-28T00:00:00Z', notifications: [{ clockId: 'nis2.notification', sentAt: '2026-03-28T10:00:00Z' }] },
    )
    // 11:00 CET on 28 Mar -> 11:00 CEST on 28 Apr (same local wall time, §8 Q23)
    expect(r.find((c) => c.clock.id === 'nis2.finalReport')?.clock.deadline).toBe('2026-04-28T09:00:00Z')
  })

  it('no clock: overall status null', () => {
    expect(overallClockStatus(incidentClocks({ ...base, regimes: [] }, { now: base.awareAt }))).toBeNull()
  })
})
