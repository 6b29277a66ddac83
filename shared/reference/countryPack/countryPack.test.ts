import { describe, expect, it } from 'vitest'
import { EEA_ONLY, EU_MEMBERS } from '../countries'
import { BUILTIN_COUNTRY_PACK } from './builtinPack'
import { adequacyFor, assessmentFor, BUILTIN_PACK, CountryPackSchema } from './index'

// REFERENCE.md §5.2 (adequacy list), §5.7 (UK, CH); issue 7 item 2 (every entry sourced and dated).
describe('built-in country pack', () => {
  it('is valid against its own schema and dated', () => {
    expect(CountryPackSchema.safeParse(BUILTIN_COUNTRY_PACK).success).toBe(true)
    expect(BUILTIN_PACK.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(BUILTIN_PACK.version).toBeGreaterThanOrEqual(1)
  })

  it('lists the 30 EEA states (27 EU + IS, LI, NO)', () => {
    expect(new Set(BUILTIN_PACK.eea)).toEqual(new Set([...EU_MEMBERS, ...EEA_ONLY]))
    expect(BUILTIN_PACK.eea).toHaveLength(30)
  })

  it('holds every adequacy decision of REFERENCE §5.2, each with sources and an as-of date', () => {
    const ids = BUILTIN_PACK.adequacy.map((a) => a.id).sort()
    expect(ids).toEqual([
      'AD',
      'AR',
      'CA',
      'CH',
      'EPO',
      'FO',
      'GB',
      'GG',
      'IL',
      'IM',
      'JE',
      'JP',
      'KR',
      'NZ',
      'US-DPF',
      'UY',
    ])
    for (const a of BUILTIN_PACK.adequacy) {
      expect(a.sources.length, a.id).toBeGreaterThan(0)
      expect(a.asOf, a.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('marks as unverified what REFERENCE marks unverified (dates other than UK, US, EPO)', () => {
    const byId = Object.fromEntries(BUILTIN_PACK.adequacy.map((a) => [a.id, a]))
    expect(byId.GB.unverified).toBe(false)
    expect(byId['US-DPF'].unverified).toBe(false)
    expect(byId.EPO.unverified).toBe(false)
    expect(byId.AR.unverified).toBe(true)
    expect(byId.CA.unverified).toBe(true)
  })

  it('scopes Canada to PIPEDA commercial organisations and the US to the DPF List', () => {
    const ca = adequacyFor(BUILTIN_PACK, 'CA', '2026-11-23')[0]
    expect(ca.scope).toBe('partial')
    expect(ca.scopeNote).toMatch(/PIPEDA/)
    const us = adequacyFor(BUILTIN_PACK, 'US', '2026-11-23')[0]
    expect(us.id).toBe('US-DPF')
    expect(us.scopeNote).toMatch(/Data Privacy Framework List/)
  })

  it('knows when a decision applies: the UK renewal runs to 27 Dec 2031; the DPF not before 10 Jul 2023', () => {
    expect(adequacyFor(BUILTIN_PACK, 'GB', '2031-12-27')).toHaveLength(1)
    expect(adequacyFor(BUILTIN_PACK, 'GB', '2031-12-28')).toHaveLength(0)
    expect(adequacyFor(BUILTIN_PACK, 'US', '2023-07-09')).toHaveLength(0)
    expect(adequacyFor(BUILTIN_PACK, 'IN', '2026-11-23')).toHaveLength(0)
  })

  it('has a sourced, dated TIA summary for the ten common destinations', () => {
    for (const c of ['US', 'GB', 'CH', 'IN', 'CN', 'BR', 'JP', 'KR', 'IL', 'AE']) {
      const a = assessmentFor(BUILTIN_PACK, [], c)?.assessment
      expect(a, c).toBeDefined()
      expect(a!.sources.length, c).toBeGreaterThan(0)
      expect(a!.oversight.length, c).toBeGreaterThan(10)
      expect(a!.redress.length, c).toBeGreaterThan(10)
      // None of the summaries is in REFERENCE.md: all are marked for verification (TODO verify).
      expect(a!.unverified, c).toBe(true)
    }
    expect(BUILTIN_PACK.countries.find((c) => c.country === 'US')!.laws.map((l) => l.key)).toEqual(
      expect.arrayContaining(['fisa_702', 'eo_12333', 'eo_14086']),
    )
  })

  it('lets a workspace override win over the pack', () => {
    const own = { ...BUILTIN_PACK.countries[0], summary: 'Our own view.' }
    expect(assessmentFor(BUILTIN_PACK, [own], own.country)).toMatchObject({
      overridden: true,
      assessment: { summary: 'Our own view.' },
    })
  })

  it('rejects a file with a bad date, naming the field', () => {
    const bad = structuredClone(BUILTIN_COUNTRY_PACK) as Record<string, unknown>
    bad.asOf = '2026-13-01'
    const r = CountryPackSchema.safeParse(bad)
    expect(r.success).toBe(false)
    expect(r.error!.issues[0]).toMatchObject({ path: ['asOf'], message: 'validation.date' })
  })

  it('rejects a duplicate country, naming it', () => {
    const bad = structuredClone(BUILTIN_COUNTRY_PACK) as { countries: unknown[] }
    bad.countries.push(bad.countries[0])
    const r = CountryPackSchema.safeParse(bad)
    expect(r.error!.issues[0]).toMatchObject({
      path: ['countries', 10, 'country'],
      message: 'validation.duplicate',
    })
  })
})
