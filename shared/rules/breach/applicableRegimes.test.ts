import { describe, expect, it } from 'vitest'
import { applicableRegimes, appliedRegimes, competentAuthorities, regimesSuggestedByCountries } from './applicableRegimes'

// REFERENCE.md §4.4 (each regime from its own trigger), §6 last paragraph, EDPB Guidelines 9/2022 para 73.
describe('regimes that apply to one incident', () => {
  it('declared data-protection regimes apply; NIS2/DORA/ePrivacy/HIPAA only with their incident flag', () => {
    const list = applicableRegimes({ declared: ['gdpr', 'nis2', 'dora', 'eprivacy', 'hipaa'] })
    expect(appliedRegimes(list)).toEqual(['gdpr'])
    expect(list.find((r) => r.regime === 'nis2')).toMatchObject({ applies: false, why: 'flag_off' })
    const flagged = applicableRegimes({
      declared: ['gdpr', 'nis2', 'dora'],
      flags: { nis2Significant: true, doraMajor: true },
    })
    expect(appliedRegimes(flagged)).toEqual(['gdpr', 'nis2', 'dora'])
  })

  it('a documented exclusion keeps its reason; regimes without a clock say so', () => {
    const list = applicableRegimes({
      declared: ['gdpr', 'lgpd', 'ccpa'],
      excluded: [{ regime: 'lgpd', reason: 'No person in Brazil affected' }],
    })
    expect(appliedRegimes(list)).toEqual(['gdpr'])
    expect(list[1]).toMatchObject({ why: 'excluded', reason: 'No person in Brazil affected' })
    expect(list[2]).toMatchObject({ why: 'no_clock' })
  })

  it('countries of affected people suggest regimes not yet declared', () => {
    expect(regimesSuggestedByCountries(['IT', 'GB', 'CH', 'BR', 'US'], ['gdpr'])).toEqual([
      { regime: 'uk_gdpr', country: 'GB' },
      { regime: 'fadp', country: 'CH' },
      { regime: 'lgpd', country: 'BR' },
    ])
  })
})

describe('competent authorities', () => {
  it('EU-established: the lead authority', () => {
    expect(competentAuthorities({ establishedIn: 'IT', leadAuthority: 'IT', subjectCountries: ['FR'] }).codes).toEqual(['IT'])
  })
  it('established outside the EEA: every SA where affected people reside (para 73)', () => {
    const r = competentAuthorities({ establishedIn: 'US', subjectCountries: ['FR', 'DE', 'FR'] })
    expect(r.codes).toEqual(['FR', 'DE'])
    expect(r.reason).toContain('para 73')
  })
})
