import { describe, expect, it } from 'vitest'
import { localIsoMinutes } from '../calendar'
import { eprivacyClocks } from './eprivacyClocks'

// Commission Regulation (EU) 611/2013 Art. 2(2)-(3); REFERENCE.md §4.4.
describe('ePrivacy (Reg. 611/2013): 24 h after detection; if incomplete, the rest within 3 days after the initial', () => {
  it('24 h across the spring DST change in Rome; remainder 72 h after the initial deadline', () => {
    const e = eprivacyClocks({ detectedAt: '2026-03-28T22:00:00Z', tz: 'Europe/Rome' })
    expect(e.initial.deadline).toBe('2026-03-29T22:00:00Z')
    expect(localIsoMinutes(e.initial.deadline, 'Europe/Rome')).toBe('2026-03-30T00:00+02:00')
    expect(e.initial.startEvent).toBe('detection')
    expect(e.remainder.startEvent).toBe('initial_deadline')
    expect(e.remainder.deadline).toBe('2026-04-01T22:00:00Z')
  })

  it('remainder counts from the actual initial submission when it was sent', () => {
    const e = eprivacyClocks({
      detectedAt: '2026-03-28T22:00:00Z',
      tz: 'Europe/Rome',
      initialSubmittedAt: '2026-03-29T10:00:00Z',
    })
    expect(e.remainder.startEvent).toBe('submission_of_initial')
    expect(e.remainder.deadline).toBe('2026-04-01T10:00:00Z')
  })
})
