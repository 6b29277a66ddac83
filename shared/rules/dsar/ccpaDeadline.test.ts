import { describe, expect, it } from 'vitest'
import { dsarDeadline } from './dsarDeadline'
import type { DsarDeadlineInput } from './dsarTypes'

// Sources: Cal. Code Regs. tit. 11 §7021(a)-(b) (know/delete/correct), §7026(f) (opt-out of sale/sharing),
// §7027(g) (limit use of sensitive PI); Cal. Civ. Code §10 (first day excluded from business-day counts);
// REFERENCE.md §3.4 and §8 Q13. US federal holidays checked against date-holidays 3.37 (US, type public).
const SRC = 'Cal. Code Regs. tit. 11 §7021; REFERENCE §3.4, §8 Q13'

type Row = [name: string, input: DsarDeadlineInput, expected: Record<string, unknown>]

describe(`CCPA know/delete/correct: 45 days with receipt as day 1, ack in 10 business days, +45 days (${SRC})`, () => {
  const rows: Row[] = [
    ['REFERENCE §3.4 example: recv Mon 2 Mar 2026 -> ack by Mon 16 Mar, respond by Wed 15 Apr, extended Sat 30 May',
      { regime: 'ccpa', received: '2026-03-02' },
      { requestType: 'ccpa-know', calendar: 'US', target: '2026-04-15', due: '2026-04-15', acknowledgeBy: '2026-03-16', extensionNoticeBy: '2026-04-15', extendedTarget: '2026-05-30', extendedDue: '2026-05-30' }],
    ['recv Fri 13 Feb 2026: ack skips Washington’s Birthday (16 Feb) -> Mon 2 Mar; day 45 is Sun 29 Mar (no move)',
      { regime: 'ccpa', received: '2026-02-13', requestType: 'ccpa-delete' },
      { target: '2026-03-29', due: '2026-03-29', acknowledgeBy: '2026-03-02', extendedTarget: '2026-05-13' }],
    ['recv Fri 20 Nov 2026: ack skips Thanksgiving -> Mon 7 Dec; day 45 across the year end is Sun 3 Jan 2027; 90 days Wed 17 Feb 2027',
      { regime: 'ccpa', received: '2026-11-20', requestType: 'ccpa-correct' },
      { target: '2027-01-03', due: '2027-01-03', acknowledgeBy: '2026-12-07', extendedTarget: '2027-02-17' }],
    ['leap year: recv Mon 31 Jan 2028 -> day 45 Wed 15 Mar 2028 (29 Feb counted); ack Mon 14 Feb; 90 days Sat 29 Apr',
      { regime: 'ccpa', received: '2028-01-31' },
      { target: '2028-03-15', due: '2028-03-15', acknowledgeBy: '2028-02-14', extendedTarget: '2028-04-29' }],
    ['recv Sat 4 Jul 2026 (Independence Day): ack counts from Mon 6 Jul -> Fri 17 Jul; day 45 Mon 17 Aug',
      { regime: 'ccpa', received: '2026-07-04' },
      { target: '2026-08-17', acknowledgeBy: '2026-07-17', extendedTarget: '2026-10-01' }],
  ]
  it.each(rows)('%s', (_name, input, expected) => {
    expect(dsarDeadline(input)).toMatchObject({ ...expected, rolledOver: [] })
  })

  it('§8 Q13: both counts computed, the earlier (receipt = day 1) used', () => {
    const r = dsarDeadline({ regime: 'ccpa', received: '2026-03-02' })
    expect(r.readings).toEqual([expect.objectContaining({ id: 'Q13', chosenDate: '2026-04-15', alternativeDate: '2026-04-16' })])
    expect(r.explanation.join(' ')).toContain('counted as day 1')
  })

  it('a day 45 on a weekend does not move (Cal. Code Civ. Proc. §12a reading shown as the later alternative)', () => {
    const r = dsarDeadline({ regime: 'ccpa', received: '2026-02-13' })
    expect(r.readings.find((x) => x.id === 'ccpaRoll')).toMatchObject({ chosenDate: '2026-03-29', alternativeDate: '2026-03-30' })
  })

  it('verification does not stop the clock (§7021(b)): ID received later changes nothing', () => {
    const r = dsarDeadline({ regime: 'ccpa', received: '2026-03-02', idReceived: '2026-03-20' })
    expect(r).toMatchObject({ clockStart: '2026-03-02', target: '2026-04-15' })
    expect(r.explanation.join(' ')).toContain('has no rule that stops the clock')
  })
})

describe('CCPA opt-out (§7026(f)) and limit (§7027(g)): 15 business days, no extension, no ack', () => {
  const rows: Row[] = [
    ['opt-out recv Mon 15 Jun 2026: skips Juneteenth (Fri 19 Jun) and Independence Day observed (Fri 3 Jul) -> Wed 8 Jul',
      { regime: 'ccpa', received: '2026-06-15', requestType: 'ccpa-opt-out' },
      { target: '2026-07-08', due: '2026-07-08' }],
    ['limit recv Mon 21 Dec 2026: skips Christmas and New Year’s Day across the year end -> Wed 13 Jan 2027',
      { regime: 'ccpa', received: '2026-12-21', requestType: 'ccpa-limit' },
      { target: '2027-01-13', due: '2027-01-13' }],
    ['opt-out recv Sat 7 Mar 2026: counted from Mon 9 Mar -> Fri 27 Mar',
      { regime: 'ccpa', received: '2026-03-07', requestType: 'ccpa-opt-out' },
      { target: '2026-03-27', due: '2026-03-27' }],
  ]
  it.each(rows)('%s', (_name, input, expected) => {
    const r = dsarDeadline(input)
    expect(r).toMatchObject(expected)
    expect(r.extendedDue).toBeUndefined()
    expect(r.extensionNoticeBy).toBeUndefined()
    expect(r.acknowledgeBy).toBeUndefined()
  })
})
