import { describe, expect, it } from 'vitest'
import { defaultCalendarCountry, suggestRegime } from './suggestRegime'

// GDPR Art. 3 / UK GDPR Art. 3 (territorial scope); REFERENCE.md §8 Q7 (controller's member-state holidays).
describe('suggestRegime', () => {
  it('takes the law of the requester’s country when the organisation declared it', () => {
    expect(suggestRegime(['gdpr', 'uk_gdpr'], 'IT', 'GB')).toMatchObject({
      regime: 'uk',
      country: 'GB-ENG',
      why: { key: 'suggest.requesterCountry' },
    })
    expect(suggestRegime(['gdpr', 'ccpa'], 'IT', 'US')).toMatchObject({ regime: 'ccpa', country: 'US' })
    expect(suggestRegime(['gdpr', 'uk_gdpr'], 'IT', 'FR')).toMatchObject({ regime: 'gdpr', country: 'IT' })
  })
  it('falls back to the organisation’s own law when the requester’s law is not declared', () => {
    expect(suggestRegime(['gdpr'], 'IT', 'GB')).toMatchObject({
      regime: 'gdpr',
      country: 'IT',
      why: { key: 'suggest.orgCountry' },
    })
    expect(suggestRegime(['gdpr'], 'DE')).toMatchObject({ regime: 'gdpr', country: 'DE' })
  })
  it('uses the first declared regime, then GDPR', () => {
    expect(suggestRegime(['nis2', 'lgpd'], 'US')).toMatchObject({
      regime: 'lgpd',
      country: 'BR',
      why: { key: 'suggest.declared' },
    })
    expect(suggestRegime(['nis2'], 'US')).toMatchObject({
      regime: 'gdpr',
      country: 'IT',
      why: { key: 'suggest.fallback' },
    })
  })
  it('GDPR holidays: the controller’s member state, else the requester’s, else IT', () => {
    expect(defaultCalendarCountry('gdpr', 'FR')).toBe('FR')
    expect(defaultCalendarCountry('gdpr', 'US', 'IE')).toBe('IE')
    expect(defaultCalendarCountry('gdpr', 'US', 'US')).toBe('IT')
    expect(defaultCalendarCountry('uk', 'IT')).toBe('GB-ENG')
  })
})
