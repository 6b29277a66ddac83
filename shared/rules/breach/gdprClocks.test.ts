import { describe, expect, it } from 'vitest'
import { localIsoMinutes } from '../calendar'
import { BreachClockSchema } from './clock'
import { gdprClocks } from './gdprClocks'
import { processorToControllerClock } from './processorClock'

const sa = (awareAt: string, tz: string, regime: 'gdpr' | 'uk_gdpr' = 'gdpr') =>
  gdprClocks({ regime, awareAt, tz }).controller

describe('GDPR / UK GDPR Art. 33(1): awareness + 72 elapsed hours (REFERENCE.md §4.3 table; §8 Q16-17)', () => {
  it('row 1: Fri 27 Mar 2026 12:00 Rome -> Mon 30 Mar 13:00 CEST; the local clock shows 73 h', () => {
    const c = sa('2026-03-27T11:00:00Z', 'Europe/Rome')
    expect(c.deadline).toBe('2026-03-30T11:00:00Z')
    expect(localIsoMinutes(c.deadline, 'Europe/Rome')).toBe('2026-03-30T13:00+02:00')
    expect(c.isLegalPeriod).toBe(true)
    expect(c.startEvent).toBe('awareness')
    expect(c.explanation).toContain('so the local clock shows 73 hours')
    expect(c.explanation).toContain('due 2026-03-30T11:00:00Z (2026-03-30T13:00+02:00 Europe/Rome)')
    expect(BreachClockSchema.parse(c)).toEqual(c)
  })

  it('row 1b: Thu 27 Mar 2025 12:00 Rome -> Sun 30 Mar 2025 13:00 CEST, Sunday, no roll', () => {
    const c = sa('2025-03-27T11:00:00Z', 'Europe/Rome')
    expect(c.deadline).toBe('2025-03-30T11:00:00Z')
    expect(localIsoMinutes(c.deadline, 'Europe/Rome')).toBe('2025-03-30T13:00+02:00')
  })

  it('row 2: Fri 23 Oct 2026 10:00 Rome (CEST) -> Mon 26 Oct 09:00 CET; the local clock shows 71 h', () => {
    const c = sa('2026-10-23T08:00:00Z', 'Europe/Rome')
    expect(c.deadline).toBe('2026-10-26T08:00:00Z')
    expect(localIsoMinutes(c.deadline, 'Europe/Rome')).toBe('2026-10-26T09:00+01:00')
    expect(c.explanation).toContain('(+02:00 to +01:00), so the local clock shows 71 hours')
  })

  it('row 3: Thu 24 Dec 2026 18:30 Paris -> Sun 27 Dec 18:30 CET; Christmas and Sunday count', () => {
    const c = sa('2026-12-24T17:30:00Z', 'Europe/Paris')
    expect(c.deadline).toBe('2026-12-27T17:30:00Z')
    expect(localIsoMinutes(c.deadline, 'Europe/Paris')).toBe('2026-12-27T18:30+01:00')
    expect(c.explanation).not.toContain('local clock shows')
  })

  it('row 4: Fri 27 Mar 2026 09:15 London (GMT) -> Mon 30 Mar 10:15 BST (UK GDPR, ICO)', () => {
    const c = sa('2026-03-27T09:15:00Z', 'Europe/London', 'uk_gdpr')
    expect(c.id).toBe('uk_gdpr.sa')
    expect(c.deadline).toBe('2026-03-30T09:15:00Z')
    expect(localIsoMinutes(c.deadline, 'Europe/London')).toBe('2026-03-30T10:15+01:00')
    expect(c.label).toContain('ICO')
  })

  it('US DST, America/New_York spring forward 2026-03-08: 10:00 EST -> 11:00 EDT three days later', () => {
    const c = sa('2026-03-06T15:00:00Z', 'America/New_York')
    expect(c.deadline).toBe('2026-03-09T15:00:00Z')
    expect(localIsoMinutes(c.deadline, 'America/New_York')).toBe('2026-03-09T11:00-04:00')
    expect(c.explanation).toContain('local clock shows 73 hours')
  })

  it('US DST, America/New_York fall back 2026-11-01: 10:00 EDT -> 09:00 EST three days later', () => {
    const c = sa('2026-10-30T14:00:00Z', 'America/New_York')
    expect(c.deadline).toBe('2026-11-02T14:00:00Z')
    expect(localIsoMinutes(c.deadline, 'America/New_York')).toBe('2026-11-02T09:00-05:00')
    expect(c.explanation).toContain('local clock shows 71 hours')
  })

  it('sub-second input is dropped (earlier, never later) so instants read YYYY-MM-DDTHH:MM:SSZ', () => {
    expect(sa('2026-03-27T11:00:00.750Z', 'UTC').deadline).toBe('2026-03-30T11:00:00Z')
    expect(sa('2026-03-27T12:00:00+01:00', 'UTC').deadline).toBe('2026-03-30T11:00:00Z')
  })

  it('rejects a local time without offset and an unknown zone', () => {
    expect(() => sa('2026-03-27T11:00:00', 'UTC')).toThrow()
    expect(() => sa('2026-03-27T11:00:00Z', 'Mars/Olympus')).toThrow()
  })
})

describe("processor's awareness (REFERENCE.md §8 Q12; EDPB Guidelines 9/2022)", () => {
  it('processor aware earlier than the controller: its +72 h is shown beside and is the effective deadline', () => {
    const g = gdprClocks({
      awareAt: '2026-03-27T11:00:00Z',
      processorAwareAt: '2026-03-26T08:30:00Z',
      tz: 'Europe/Rome',
    })
    expect(g.controller.deadline).toBe('2026-03-30T11:00:00Z')
    expect(g.fromProcessorAwareness?.deadline).toBe('2026-03-29T08:30:00Z')
    expect(localIsoMinutes(g.fromProcessorAwareness!.deadline, 'Europe/Rome')).toBe('2026-03-29T10:30+02:00')
    expect(g.fromProcessorAwareness?.startEvent).toBe('processor_awareness')
    expect(g.fromProcessorAwareness?.saferReadingOf).toBe('gdpr.sa')
    expect(g.effective.id).toBe('gdpr.sa.fromProcessorAwareness')
  })

  it('no processor awareness recorded: the controller clock is the effective one', () => {
    const g = gdprClocks({ awareAt: '2026-03-27T11:00:00Z', tz: 'UTC' })
    expect(g.fromProcessorAwareness).toBeUndefined()
    expect(g.effective).toEqual(g.controller)
  })
})

describe('processor -> controller, Art. 33(2) "without undue delay": a target, not the law', () => {
  it('default target 24 h, isLegalPeriod false, says it is a target', () => {
    const c = processorToControllerClock({ processorAwareAt: '2026-03-27T22:40:00Z', tz: 'Europe/Rome' })
    expect(c.deadline).toBe('2026-03-28T22:40:00Z')
    expect(c.isLegalPeriod).toBe(false)
    expect(c.recipient).toBe('controller')
    expect(c.explanation).toContain('not a legal deadline')
  })

  it('the user can change the target (48 h from a contract)', () => {
    const c = processorToControllerClock({
      processorAwareAt: '2026-03-27T22:40:00Z',
      tz: 'UTC',
      targetHours: 48,
    })
    expect(c.deadline).toBe('2026-03-29T22:40:00Z')
    expect(c.period).toEqual({ value: 48, unit: 'hours' })
  })

  it('FADP Art. 24(3): same kind of target for a Swiss processor', () => {
    const c = processorToControllerClock({
      regime: 'fadp',
      processorAwareAt: '2026-03-27T22:40:00Z',
      tz: 'Europe/Zurich',
    })
    expect(c.id).toBe('fadp.processorToController')
    expect(c.explanation).toContain('as quickly as possible')
  })
})
