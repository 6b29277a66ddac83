import { describe, expect, it } from 'vitest'
import { lgpdClocks } from './lgpdClocks'

// LGPD Art. 48; Res. CD/ANPD 15/2024 Art. 6 (ANPD) and Art. 9 (data subjects, TODO verify article number);
// small agents doubled (Res. CD/ANPD 2/2022); REFERENCE.md §4.4. Brazilian national holidays via date-holidays.
describe('LGPD: 3 business days from knowledge, Brazilian national holidays and weekends skipped', () => {
  it('Good Friday 2026-04-03 and the weekend: known Thu 2 Apr 22:30 in Sao Paulo -> due Wed 8 Apr', () => {
    const l = lgpdClocks({ awareAt: '2026-04-03T01:30:00Z', tz: 'America/Sao_Paulo' })
    expect(l.anpd.deadlineDate).toBe('2026-04-08')
    expect(l.anpd.deadline).toBe('2026-04-09T02:59:59Z') // 23:59:59 -03:00
    expect(l.anpd.period).toEqual({ value: 3, unit: 'business_days' })
    expect(l.dataSubjects.deadlineDate).toBe('2026-04-08')
    expect(l.dataSubjects.recipient).toBe('individuals')
  })

  it('Tiradentes (Tue 21 Apr 2026): known Fri 17 Apr -> Mon 20, Wed 22, Thu 23', () => {
    expect(lgpdClocks({ awareAt: '2026-04-17T15:00:00Z', tz: 'America/Sao_Paulo' }).anpd.deadlineDate).toBe(
      '2026-04-23',
    )
  })

  it('Consciencia Negra (Fri 20 Nov 2026) and the weekend: known Thu 19 Nov -> Wed 25 Nov', () => {
    expect(lgpdClocks({ awareAt: '2026-11-19T12:00:00Z', tz: 'America/Sao_Paulo' }).anpd.deadlineDate).toBe(
      '2026-11-25',
    )
  })

  it('small-scale agent: 6 business days from Thu 2 Apr 2026 -> Mon 13 Apr', () => {
    const l = lgpdClocks({ awareAt: '2026-04-02T12:00:00Z', tz: 'America/Sao_Paulo', smallAgent: true })
    expect(l.anpd.deadlineDate).toBe('2026-04-13')
    expect(l.anpd.explanation).toContain('doubled for a small-scale processing agent')
  })
})
