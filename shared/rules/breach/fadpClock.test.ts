import { describe, expect, it } from 'vitest'
import { fadpClock } from './fadpClock'

// FADP Art. 24(1): "as quickly as possible"; no period in law (REFERENCE.md §4.4).
describe('FADP Art. 24: a target the user can change, not a legal period', () => {
  it('default 72 h target, isLegalPeriod false, explanation says so', () => {
    const c = fadpClock({ awareAt: '2026-03-27T11:00:00Z', tz: 'Europe/Zurich' })
    expect(c.deadline).toBe('2026-03-30T11:00:00Z')
    expect(c.isLegalPeriod).toBe(false)
    expect(c.explanation).toContain('not a legal deadline')
  })

  it('user-set target of 24 h', () => {
    expect(
      fadpClock({ awareAt: '2026-03-27T11:00:00Z', tz: 'Europe/Zurich', targetHours: 24 }).deadline,
    ).toBe('2026-03-28T11:00:00Z')
  })
})
