import { describe, expect, it } from 'vitest'
import { dsarDeadline } from './dsarDeadline'
import type { DsarDeadlineInput } from './dsarTypes'

type Row = [name: string, input: DsarDeadlineInput, expected: Record<string, unknown>]

// Sources: LGPD (Lei 13.709/2018) Art. 19 I-II, Art. 8 §5, Art. 18 §5; REFERENCE.md §3.4 and §8 Q14.
describe('LGPD: 15 calendar days from the request, no move (LGPD Art. 19 II; §8 Q14)', () => {
  const rows: Row[] = [
    ['recv Sat 31 Jan 2026 -> Sun 15 Feb 2026 (no move); business-day reading Fri 20 Feb shown as the later alternative',
      { regime: 'lgpd', received: '2026-01-31' },
      { target: '2026-02-15', due: '2026-02-15', calendar: 'none' }],
    ['year change: recv 20 Dec 2026 -> Mon 4 Jan 2027',
      { regime: 'lgpd', received: '2026-12-20' },
      { target: '2027-01-04', due: '2027-01-04' }],
    ['leap year: recv 20 Feb 2028 -> Mon 6 Mar 2028 (29 Feb counted)',
      { regime: 'lgpd', received: '2028-02-20' },
      { target: '2028-03-06', due: '2028-03-06' }],
    ['revocation of consent (Art. 8 §5): act on receipt 10 Mar 2026, confirmation by 25 Mar',
      { regime: 'lgpd', received: '2026-03-10', requestType: 'withdraw-consent' },
      { target: '2026-03-10', due: '2026-03-25' }],
    ['erasure (Art. 18 VI; period left to regulation, Art. 18 §5): the app applies the 15 days -> 25 Mar 2026',
      { regime: 'lgpd', received: '2026-03-10', requestType: 'erasure' },
      { target: '2026-03-25', due: '2026-03-25' }],
  ]
  it.each(rows)('%s', (_name, input, expected) => {
    const r = dsarDeadline(input)
    expect(r).toMatchObject({ ...expected, rolledOver: [] })
    expect(r.extendedDue).toBeUndefined()
  })

  it('§8 Q14: calendar days (earlier) chosen over business days (Brazilian national holidays)', () => {
    expect(dsarDeadline({ regime: 'lgpd', received: '2026-01-31' }).readings).toEqual([
      expect.objectContaining({ id: 'Q14', chosenDate: '2026-02-15', alternativeDate: '2026-02-20' }),
    ])
  })
})

// Sources: FADP (SR 235.1) Art. 25(7), Art. 30(2)(b); DPO (SR 235.11) Art. 18 (numbering unverified,
// REFERENCE §3.4); REFERENCE.md §8 Q15.
describe('FADP: a hard 30 calendar days, no move; later date only with notice (FADP Art. 25(7); DPO Art. 18; §8 Q15)', () => {
  const rows: Row[] = [
    ['recv Sat 31 Jan 2026 -> Mon 2 Mar 2026 (30 days across February)',
      { regime: 'fadp', received: '2026-01-31' },
      { target: '2026-03-02', due: '2026-03-02', extensionNoticeBy: '2026-03-02' }],
    ['recv 2 Jul 2026 -> Sat 1 Aug 2026 (Swiss National Day), no move',
      { regime: 'fadp', received: '2026-07-02' },
      { target: '2026-08-01', due: '2026-08-01' }],
    ['leap year: recv 31 Jan 2028 -> Wed 1 Mar 2028',
      { regime: 'fadp', received: '2028-01-31' },
      { target: '2028-03-01', due: '2028-03-01' }],
    ['year change: recv 15 Dec 2026 -> Thu 14 Jan 2027',
      { regime: 'fadp', received: '2026-12-15', country: 'CH' },
      { target: '2027-01-14', due: '2027-01-14' }],
    ['notice stating a later date (DPO Art. 18): recv 31 Jan 2026, told 20 Mar 2026',
      { regime: 'fadp', received: '2026-01-31', extendedTo: '2026-03-20' },
      { target: '2026-03-02', due: '2026-03-02', extensionNoticeBy: '2026-03-02', extendedTarget: '2026-03-20', extendedDue: '2026-03-20' }],
  ]
  it.each(rows)('%s', (_name, input, expected) => {
    expect(dsarDeadline(input)).toMatchObject({ ...expected, calendar: 'none', rolledOver: [] })
  })

  it('§8 Q15: the 30th day on a Saturday stays; the moved Monday is the later alternative', () => {
    expect(dsarDeadline({ regime: 'fadp', received: '2026-07-02' }).readings).toEqual([
      expect.objectContaining({ id: 'Q15', chosenDate: '2026-08-01', alternativeDate: '2026-08-03' }),
    ])
    expect(dsarDeadline({ regime: 'fadp', received: '2026-01-31' }).readings).toEqual([]) // a Monday: both readings agree
  })

  it('without a user-set date there is no extended date, only the notice deadline', () => {
    const r = dsarDeadline({ regime: 'fadp', received: '2026-01-31' })
    expect(r.extendedDue).toBeUndefined()
    expect(r.explanation.join(' ')).toContain('tell the person by Monday 2 March 2026 and state the date')
  })
})
