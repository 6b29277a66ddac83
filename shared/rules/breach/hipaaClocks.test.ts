import { describe, expect, it } from 'vitest'
import { hipaaClocks } from './hipaaClocks'

// 45 CFR 164.404(b), 164.406, 164.408(b)-(c), 164.410(b); REFERENCE.md §4.4.
describe('HIPAA: 60 calendar days after the local discovery date', () => {
  it('discovered 00:30 EDT on 1 Nov 2026 (fall-back day, 04:30Z): due 2026-12-31 local', () => {
    const [individuals, hhs, media] = hipaaClocks({
      discoveredAt: '2026-11-01T04:30:00Z',
      tz: 'America/New_York',
    })
    expect(individuals.id).toBe('hipaa.individuals')
    expect(individuals.deadlineDate).toBe('2026-12-31')
    expect(individuals.deadline).toBe('2027-01-01T04:59:59Z')
    expect(individuals.period).toEqual({ value: 60, unit: 'calendar_days' })
    // unknown numbers: HHS >= 500 and media shown (earlier date, broader duty)
    expect(hhs.id).toBe('hipaa.hhs')
    expect(hhs.deadlineDate).toBe('2026-12-31')
    expect(media.id).toBe('hipaa.media')
  })

  it('discovered 23:30 EST on 7 Mar 2026 (04:30Z on 8 Mar, the spring-forward day): local date 7 Mar -> 6 May', () => {
    const [c] = hipaaClocks({ discoveredAt: '2026-03-08T04:30:00Z', tz: 'America/New_York' })
    expect(c.deadlineDate).toBe('2026-05-06')
    expect(c.deadline).toBe('2026-05-07T03:59:59Z') // 23:59:59 EDT
  })

  it('fewer than 500 individuals: HHS yearly log within 60 days after year end; no media under 501 in a State', () => {
    const cs = hipaaClocks({
      discoveredAt: '2026-06-10T15:00:00Z',
      tz: 'America/New_York',
      affectedIndividuals: 120,
      maxResidentsInOneState: 120,
    })
    expect(cs.map((c) => c.id)).toEqual(['hipaa.individuals', 'hipaa.hhsLog'])
    expect(cs[1].deadlineDate).toBe('2027-03-01')
    const leap = hipaaClocks({
      discoveredAt: '2027-06-10T15:00:00Z',
      tz: 'America/New_York',
      affectedIndividuals: 10,
      maxResidentsInOneState: 10,
    })
    expect(leap[1].deadlineDate).toBe('2028-02-29')
  })

  it('media exactly at 500 residents is not required; 501 is (164.406 "more than 500")', () => {
    const ids = (n: number) =>
      hipaaClocks({
        discoveredAt: '2026-06-10T15:00:00Z',
        tz: 'UTC',
        affectedIndividuals: 900,
        maxResidentsInOneState: n,
      }).map((c) => c.id)
    expect(ids(500)).toEqual(['hipaa.individuals', 'hipaa.hhs'])
    expect(ids(501)).toEqual(['hipaa.individuals', 'hipaa.hhs', 'hipaa.media'])
  })

  it('business associate -> covered entity within 60 days (164.410(b))', () => {
    const [c] = hipaaClocks({ discoveredAt: '2026-06-10T15:00:00Z', tz: 'UTC', role: 'processor' })
    expect(c.id).toBe('hipaa.businessAssociate')
    expect(c.recipient).toBe('controller')
    expect(c.deadlineDate).toBe('2026-08-09')
  })
})
