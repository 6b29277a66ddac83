import { describe, expect, it } from 'vitest'
import { clockStatus } from './clockStatus'
import { gdprClocks } from './gdprClocks'
import { processorToControllerClock } from './processorClock'

// GDPR Art. 33(1) (reasons for delay), Art. 33(5) (documented decision); issue 6 item 1.
const clock = gdprClocks({ awareAt: '2026-03-27T11:00:00Z', tz: 'Europe/Rome' }).controller // due 2026-03-30T11:00:00Z

describe('clockStatus with an injected now', () => {
  it('pending before the deadline, and still pending at the deadline instant ("not later than")', () => {
    const s = clockStatus({ clock, now: '2026-03-29T11:00:00Z' })
    expect(s).toMatchObject({
      status: 'pending',
      secondsLeft: 86_400,
      reasonRequired: false,
      outstanding: true,
    })
    expect(clockStatus({ clock, now: '2026-03-30T11:00:00Z' }).status).toBe('pending')
  })

  it('met when sent at or before the deadline, even when looked at later', () => {
    const s = clockStatus({ clock, now: '2026-04-10T00:00:00Z', metAt: '2026-03-30T11:00:00Z' })
    expect(s).toMatchObject({ status: 'met', reasonRequired: false, outstanding: false })
  })

  it('missed one second after the deadline with nothing sent: reason required (Art. 33(1))', () => {
    const s = clockStatus({ clock, now: '2026-03-30T11:00:01Z' })
    expect(s).toMatchObject({ status: 'missed', secondsLeft: -1, reasonRequired: true, outstanding: true })
    expect(s.explanation).toContain('Art. 33(1)')
  })

  it('sent late without reasons: missed, reason required, seconds late given', () => {
    const s = clockStatus({
      clock,
      now: '2026-04-01T00:00:00Z',
      metAt: '2026-03-30T13:00:00Z',
      delayReason: '   ',
    })
    expect(s).toMatchObject({ status: 'missed', secondsLate: 7200, reasonRequired: true, outstanding: false })
  })

  it('sent late with reasons: late_with_reason', () => {
    const s = clockStatus({
      clock,
      now: '2026-04-01T00:00:00Z',
      metAt: '2026-03-30T13:00:00Z',
      delayReason: 'Forensic report arrived late',
    })
    expect(s).toMatchObject({
      status: 'late_with_reason',
      secondsLate: 7200,
      reasonRequired: false,
      delayReason: 'Forensic report arrived late',
    })
  })

  it('not_required points to the documented decision and never shows as missed, however late now is', () => {
    const s = clockStatus({ clock, now: '2026-06-01T00:00:00Z', notRequired: { decisionId: 'DEC-7' } })
    expect(s).toMatchObject({
      status: 'not_required',
      decisionId: 'DEC-7',
      outstanding: false,
      reasonRequired: false,
    })
    expect(s.explanation).toContain('DEC-7')
  })

  it('a missed target (not a legal period) does not demand reasons in law', () => {
    const target = processorToControllerClock({ processorAwareAt: '2026-03-27T11:00:00Z', tz: 'UTC' })
    const s = clockStatus({ clock: target, now: '2026-03-29T00:00:00Z' })
    expect(s).toMatchObject({ status: 'missed', reasonRequired: false })
    expect(s.explanation).toContain('target')
  })
})
