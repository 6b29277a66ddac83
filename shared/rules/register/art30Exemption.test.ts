import { describe, expect, it } from 'vitest'
import { activityExemption, art30Exemption } from './art30Exemption'

// GDPR Art. 30(5); WP29 position paper on Art. 30(5) (April 2018); REFERENCE.md §1.1 and §8 item 24.
const base = { employees: 10, likelyRisk: false, occasional: true, specialOrCriminal: false }

describe('Art. 30(5) exemption', () => {
  it('exempts only when all of: < 250 employees, no likely risk, occasional, no Art. 9/10 data', () => {
    expect(art30Exemption(base)).toEqual({ exempt: true, blockers: [] })
  })

  it('any one condition removes the exemption', () => {
    expect(art30Exemption({ ...base, employees: 250 }).blockers).toEqual(['employees250'])
    expect(art30Exemption({ ...base, likelyRisk: true }).blockers).toEqual(['likelyRisk'])
    expect(art30Exemption({ ...base, occasional: false }).blockers).toEqual(['notOccasional'])
    expect(art30Exemption({ ...base, specialOrCriminal: true }).blockers).toEqual(['specialOrCriminal'])
  })

  it('is off by default: unknown employees keep the duty', () => {
    expect(art30Exemption({ ...base, employees: undefined })).toEqual({ exempt: false, blockers: ['employeesUnknown'] })
  })

  it('per activity: routine processing is not occasional; unscreened risk counts as likely', () => {
    const routine = { occasional: false, dataCategories: [] }
    expect(activityExemption(routine, 10, 'not_required').blockers).toEqual(['notOccasional'])
    const occasional = { occasional: true, dataCategories: [] }
    expect(activityExemption(occasional, 10, undefined).blockers).toEqual(['likelyRisk'])
    expect(activityExemption(occasional, 10, 'not_required').exempt).toBe(true)
    const health = { occasional: true, dataCategories: [{ name: 'Health', special: 'health' as const, criminal: false, retention: { action: 'delete' as const } }] }
    expect(activityExemption(health, 10, 'not_required').blockers).toEqual(['specialOrCriminal'])
  })
})
