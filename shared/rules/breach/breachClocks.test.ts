import { describe, expect, it } from 'vitest'
import { BreachClockListSchema, breachClocks } from './breachClocks'
import { excludeDrills } from './drills'

// REFERENCE.md §4.4: each clock runs from its own trigger; sorted by earliest due instant.
describe('breachClocks: every clock for the regimes that apply, earliest first', () => {
  it('controller under GDPR, NIS2, DORA and LGPD', () => {
    const cs = breachClocks({
      regimes: ['gdpr', 'nis2', 'dora', 'lgpd', 'ccpa'],
      tz: 'Europe/Rome',
      awareAt: '2026-03-27T11:00:00Z',
      classifiedAt: '2026-03-27T15:00:00Z',
    })
    expect(BreachClockListSchema.parse(cs)).toEqual(cs)
    expect(cs.map((c) => [c.id, c.deadline])).toEqual([
      ['dora.initial', '2026-03-27T19:00:00Z'],
      ['nis2.earlyWarning', '2026-03-28T11:00:00Z'],
      ['gdpr.sa', '2026-03-30T11:00:00Z'],
      ['nis2.notification', '2026-03-30T11:00:00Z'],
      ['dora.intermediate', '2026-03-30T19:00:00Z'],
      ['lgpd.anpd', '2026-04-01T21:59:59Z'], // Wed 1 Apr 2026 23:59:59 in Rome: 3 business days after Fri 27 Mar
      ['lgpd.dataSubjects', '2026-04-01T21:59:59Z'],
      ['nis2.finalReport', '2026-04-30T11:00:00Z'],
      ['dora.final', '2026-04-30T19:00:00Z'],
    ])
  })

  it("controller informed by its processor: both GDPR deadlines, the processor's first (§8 Q12)", () => {
    const cs = breachClocks({
      regimes: ['gdpr'],
      tz: 'UTC',
      awareAt: '2026-03-27T11:00:00Z',
      processorAwareAt: '2026-03-26T08:30:00Z',
    })
    expect(cs.map((c) => c.id)).toEqual(['gdpr.sa.fromProcessorAwareness', 'gdpr.sa'])
  })

  it('as processor: targets to inform the controller (GDPR, FADP) and the HIPAA business-associate clock', () => {
    const cs = breachClocks({
      regimes: ['gdpr', 'fadp', 'hipaa', 'lgpd'],
      role: 'processor',
      tz: 'UTC',
      awareAt: '2026-03-27T11:00:00Z',
      processorTargetHours: 12,
    })
    expect(cs.map((c) => [c.id, c.deadline, c.isLegalPeriod])).toEqual([
      ['fadp.processorToController', '2026-03-27T23:00:00Z', false],
      ['gdpr.processorToController', '2026-03-27T23:00:00Z', false],
      ['hipaa.businessAssociate', '2026-05-26T23:59:59Z', true],
    ])
  })

  it('ePrivacy from detection and FADP target; duplicates in the regime list count once', () => {
    const cs = breachClocks({
      regimes: ['eprivacy', 'fadp', 'eprivacy'],
      tz: 'UTC',
      awareAt: '2026-03-27T11:00:00Z',
      detectedAt: '2026-03-27T09:00:00Z',
    })
    expect(cs.map((c) => [c.id, c.deadline])).toEqual([
      ['eprivacy.initial', '2026-03-28T09:00:00Z'],
      ['fadp.fdpic', '2026-03-30T11:00:00Z'],
      ['eprivacy.remainder', '2026-03-31T09:00:00Z'],
    ])
  })
})

// Issue 6 item 11; DESIGN.md "Drills never touch the real register".
describe('excludeDrills', () => {
  it('keeps real incidents only, in order', () => {
    const items = [
      { id: 'a', drill: false },
      { id: 'b', drill: true },
      { id: 'c', drill: false },
    ]
    expect(excludeDrills(items).map((i) => i.id)).toEqual(['a', 'c'])
    expect(excludeDrills([])).toEqual([])
  })
})
