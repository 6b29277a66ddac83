import { describe, expect, it } from 'vitest'
import { dsarDeadline } from './dsarDeadline'
import { DsarDeadlineSchema, type DsarDeadlineInput } from './dsarTypes'

// Sources: GDPR Art. 12(3)-(4); Reg. (EEC, Euratom) 1182/71 Art. 2(1), 3(2)(c), 3(3), 3(4); EDPB Guidelines
// 01/2022 (right of access) §5.3; REFERENCE.md §3.2 and §8 Q1-Q10. Holiday dates checked against
// date-holidays 3.37 output (national "public" entries only, §8 Q7).
const MONTH = 'GDPR Art. 12(3); Reg. 1182/71 Art. 3(2)(c), 3(4); EDPB GL 01/2022 §5.3'

type Row = [name: string, input: DsarDeadlineInput, expected: { target: string; due: string; extendedTarget?: string; extendedDue?: string }]

describe(`GDPR one-month clock with the working-day move (${MONTH})`, () => {
  const rows: Row[] = [
    // REFERENCE §3.2 worked examples (Italy).
    ['IT: Sat 31 Jan 2026 -> Sat 28 Feb (no 31 Feb) -> Mon 2 Mar; extended min(30 Apr, 28 Apr) = Tue 28 Apr (REFERENCE §3.2, §8 Q4)',
      { regime: 'gdpr', country: 'IT', received: '2026-01-31' },
      { target: '2026-02-28', due: '2026-03-02', extendedTarget: '2026-04-28', extendedDue: '2026-04-28' }],
    ['IT: 25 Mar 2026 -> Sat 25 Apr (Liberation Day) -> Mon 27 Apr (REFERENCE §3.2)',
      { regime: 'gdpr', country: 'IT', received: '2026-03-25' },
      { target: '2026-04-25', due: '2026-04-27', extendedTarget: '2026-06-25', extendedDue: '2026-06-25' }],
    ['IT: 1 Apr 2026 -> Fri 1 May (Labour Day) -> Mon 4 May (REFERENCE §3.2)',
      { regime: 'gdpr', country: 'IT', received: '2026-04-01' },
      { target: '2026-05-01', due: '2026-05-04', extendedTarget: '2026-07-01', extendedDue: '2026-07-01' }],
    // Leap years and month ends (Art. 3(2)(c)).
    ['IT leap year: 31 Jan 2028 -> Tue 29 Feb 2028; extended min(30 Apr, 29 Apr Sat) -> Sun 30 Apr, Mon 1 May (Labour Day) -> Tue 2 May',
      { regime: 'gdpr', country: 'IT', received: '2028-01-31' },
      { target: '2028-02-29', due: '2028-02-29', extendedTarget: '2028-04-29', extendedDue: '2028-05-02' }],
    ['IT leap day received: 29 Feb 2028 -> Wed 29 Mar 2028',
      { regime: 'gdpr', country: 'IT', received: '2028-02-29' },
      { target: '2028-03-29', due: '2028-03-29', extendedTarget: '2028-05-29', extendedDue: '2028-05-29' }],
    ['IT non-leap: 29 Jan 2027 -> Sun 28 Feb 2027 (no 29 Feb) -> Mon 1 Mar',
      { regime: 'gdpr', country: 'IT', received: '2027-01-29' },
      { target: '2027-02-28', due: '2027-03-01', extendedTarget: '2027-04-28', extendedDue: '2027-04-28' }],
    ['IT 31 May 2026 -> Tue 30 Jun; extended min(31 Aug, 30 Aug Sun) -> Mon 31 Aug (§8 Q4 differs at month ends)',
      { regime: 'gdpr', country: 'IT', received: '2026-05-31' },
      { target: '2026-06-30', due: '2026-06-30', extendedTarget: '2026-08-30', extendedDue: '2026-08-31' }],
    ['IT 30 Nov 2026 -> Wed 30 Dec; extended 28 Feb 2027 (Sun) -> Mon 1 Mar 2027',
      { regime: 'gdpr', country: 'IT', received: '2026-11-30' },
      { target: '2026-12-30', due: '2026-12-30', extendedTarget: '2027-02-28', extendedDue: '2027-03-01' }],
    // Year change.
    ['IT year change: 1 Dec 2026 -> Fri 1 Jan 2027 (New Year) -> Sat, Sun -> Mon 4 Jan',
      { regime: 'gdpr', country: 'IT', received: '2026-12-01' },
      { target: '2027-01-01', due: '2027-01-04', extendedTarget: '2027-03-01', extendedDue: '2027-03-01' }],
    ['IT year change: 31 Dec 2026 -> Sun 31 Jan 2027 -> Mon 1 Feb; extended Wed 31 Mar 2027',
      { regime: 'gdpr', country: 'IT', received: '2026-12-31' },
      { target: '2027-01-31', due: '2027-02-01', extendedTarget: '2027-03-31', extendedDue: '2027-03-31' }],
    ['IT Epiphany: 6 Dec 2026 -> Wed 6 Jan 2027 (Epiphany, national in IT) -> Thu 7 Jan',
      { regime: 'gdpr', country: 'IT', received: '2026-12-06' },
      { target: '2027-01-06', due: '2027-01-07', extendedTarget: '2027-03-06', extendedDue: '2027-03-08' }],
    ['IT Republic Day: 2 May 2028 -> Fri 2 Jun 2028 -> Mon 5 Jun',
      { regime: 'gdpr', country: 'IT', received: '2028-05-02' },
      { target: '2028-06-02', due: '2028-06-05', extendedTarget: '2028-08-02', extendedDue: '2028-08-02' }],
    ['IT Good Friday is not an Italian holiday: 3 Mar 2026 -> Fri 3 Apr 2026 stays',
      { regime: 'gdpr', country: 'IT', received: '2026-03-03' },
      { target: '2026-04-03', due: '2026-04-03' }],
    ['IT Saint Francis (national from 2026): 4 Sep 2027 -> Mon 4 Oct 2027 -> Tue 5 Oct',
      { regime: 'gdpr', country: 'IT', received: '2027-09-04' },
      { target: '2027-10-04', due: '2027-10-05' }],
    // France.
    ['FR Ascension: 14 Apr 2026 -> Thu 14 May 2026 -> Fri 15 May',
      { regime: 'gdpr', country: 'FR', received: '2026-04-14' },
      { target: '2026-05-14', due: '2026-05-15', extendedTarget: '2026-07-14', extendedDue: '2026-07-15' }],
    ['FR Bastille Day: 14 Jun 2026 -> Tue 14 Jul 2026 -> Wed 15 Jul',
      { regime: 'gdpr', country: 'FR', received: '2026-06-14' },
      { target: '2026-07-14', due: '2026-07-15' }],
    ['FR Armistice: 11 Oct 2026 -> Wed 11 Nov 2026 -> Thu 12 Nov',
      { regime: 'gdpr', country: 'FR', received: '2026-10-11' },
      { target: '2026-11-11', due: '2026-11-12' }],
    ['FR Victory Day: 8 Apr 2028 -> Mon 8 May 2028 -> Tue 9 May',
      { regime: 'gdpr', country: 'FR', received: '2028-04-08' },
      { target: '2028-05-08', due: '2028-05-09' }],
    ['FR Whit Monday: 25 Apr 2026 -> Mon 25 May 2026 -> Tue 26 May',
      { regime: 'gdpr', country: 'FR', received: '2026-04-25' },
      { target: '2026-05-25', due: '2026-05-26' }],
    // Germany (national holidays only: §8 Q7).
    ['DE Easter: 3 Mar 2026 -> Good Friday 3 Apr -> Sat, Sun, Easter Monday 6 Apr -> Tue 7 Apr',
      { regime: 'gdpr', country: 'DE', received: '2026-03-03' },
      { target: '2026-04-03', due: '2026-04-07' }],
    ['DE Epiphany is regional only: 6 Dec 2026 -> Wed 6 Jan 2027 stays (§8 Q7)',
      { regime: 'gdpr', country: 'DE', received: '2026-12-06' },
      { target: '2027-01-06', due: '2027-01-06' }],
    ['DE German Unity Day: 3 Sep 2028 -> Tue 3 Oct 2028 -> Wed 4 Oct',
      { regime: 'gdpr', country: 'DE', received: '2028-09-03' },
      { target: '2028-10-03', due: '2028-10-04' }],
    ['DE Christmas: 25 Nov 2028 -> Mon 25 Dec, Tue 26 Dec -> Wed 27 Dec',
      { regime: 'gdpr', country: 'DE', received: '2028-11-25' },
      { target: '2028-12-25', due: '2028-12-27' }],
    // Ireland.
    ['IE St Brigid’s Day 2026 = first Monday of Feb (1 Feb is a Sunday): 2 Jan 2026 -> Mon 2 Feb -> Tue 3 Feb',
      { regime: 'gdpr', country: 'IE', received: '2026-01-02' },
      { target: '2026-02-02', due: '2026-02-03' }],
    ['IE St Brigid’s Day 2027 = Mon 1 Feb: 1 Jan 2027 -> Mon 1 Feb -> Tue 2 Feb',
      { regime: 'gdpr', country: 'IE', received: '2027-01-01' },
      { target: '2027-02-01', due: '2027-02-02' }],
    ['IE 2028: 1 Feb is a Tuesday, not the holiday (that is Mon 7 Feb): 1 Jan 2028 -> Tue 1 Feb stays',
      { regime: 'gdpr', country: 'IE', received: '2028-01-01' },
      { target: '2028-02-01', due: '2028-02-01' }],
    ['IE St Brigid’s Day 2028 = Mon 7 Feb: 7 Jan 2028 -> Tue 8 Feb',
      { regime: 'gdpr', country: 'IE', received: '2028-01-07' },
      { target: '2028-02-07', due: '2028-02-08' }],
    ['IE St Patrick’s Day: 17 Feb 2026 -> Tue 17 Mar 2026 -> Wed 18 Mar',
      { regime: 'gdpr', country: 'IE', received: '2026-02-17' },
      { target: '2026-03-17', due: '2026-03-18' }],
    ['IE October bank holiday: 26 Sep 2026 -> Mon 26 Oct 2026 -> Tue 27 Oct',
      { regime: 'gdpr', country: 'IE', received: '2026-09-26' },
      { target: '2026-10-26', due: '2026-10-27' }],
    ['ES Fiesta Nacional: 12 Sep 2026 -> Mon 12 Oct 2026 -> Tue 13 Oct',
      { regime: 'gdpr', country: 'ES', received: '2026-09-12' },
      { target: '2026-10-12', due: '2026-10-13' }],
    ['GR given as EL (EU code): 3 Mar 2026 -> Fri 3 Apr 2026 (not a Greek holiday in 2026)',
      { regime: 'gdpr', country: 'EL', received: '2026-03-03' },
      { target: '2026-04-03', due: '2026-04-03' }],
  ]
  it.each(rows)('%s', (_name, input, expected) => {
    const r = dsarDeadline(input)
    expect(r).toMatchObject(expected)
    expect(r.extensionNoticeBy).toBe(r.target) // Art. 12(3) third sentence, unrolled (§8 Q5)
    expect(r.refusalNoticeBy).toBe(r.due) // Art. 12(4), never extended (§8 Q9)
    expect(() => DsarDeadlineSchema.parse(r)).not.toThrow()
  })
})

describe('GDPR worked example in full (REFERENCE §3.2; GDPR Art. 12(3)-(4); Reg. 1182/71 Art. 3(4))', () => {
  const r = dsarDeadline({ regime: 'gdpr', country: 'IT', received: '2026-01-31' })

  it('gives every date of the code block', () => {
    expect(r).toMatchObject({
      regime: 'gdpr',
      requestType: 'access',
      received: '2026-01-31',
      clockStart: '2026-01-31',
      target: '2026-02-28',
      due: '2026-03-02',
      extensionNoticeBy: '2026-02-28',
      extendedTarget: '2026-04-28',
      extendedDue: '2026-04-28',
      refusalNoticeBy: '2026-03-02',
      calendar: 'IT',
    })
    expect(r.rolledOver).toEqual([
      { date: '2026-02-28', reason: 'saturday' },
      { date: '2026-03-01', reason: 'sunday' },
    ])
  })

  it('computes both §8 Q4 readings and takes the earlier, saying so', () => {
    const q4 = r.readings.find((x) => x.id === 'Q4')
    expect(q4).toMatchObject({ chosenDate: '2026-04-28', alternativeDate: '2026-04-30' })
    expect(q4?.question).toContain('Thursday 30 April 2026')
    expect(r.readings.find((x) => x.id === 'Q5')).toMatchObject({ chosenDate: '2026-02-28', alternativeDate: '2026-03-02' })
    expect(r.readings.find((x) => x.id === 'Q9')).toMatchObject({ chosenDate: '2026-03-02', alternativeDate: '2026-04-28' })
  })

  it('explains the whole rule in plain sentences, each also an i18n key', () => {
    expect(r.explanation).toHaveLength(r.messages.length)
    const text = r.explanation.join(' ')
    expect(text).toContain('would end on day 31 of the next month, which does not exist')
    expect(text).toContain('Saturday 28 February 2026 is not a working day')
    expect(text).toContain('Monday 2 March 2026')
    expect(text).toContain('national public holidays of Italy (IT)')
    expect(r.messages[0]).toEqual({ key: 'explain.startReceipt', params: { received: '2026-01-31', law: expect.stringContaining('Art. 12(3)') } })
  })

  it('names the holiday that moved the date (1 May 2026, Labour Day)', () => {
    const may = dsarDeadline({ regime: 'gdpr', received: '2026-04-01' })
    expect(may.rolledOver.map((d) => d.reason)).toEqual(['holiday', 'saturday', 'sunday'])
    expect(may.explanation.join(' ')).toContain('Friday 1 May 2026 (Labour Day)')
  })
})

describe('GDPR: no pause for identity or clarification (GDPR Art. 12(3), 12(6); EDPB GL 01/2022 §3.3; §8 Q6)', () => {
  it('IT 3 Sep 2026 with ID on 10 Sep: the clock keeps running -> Sat 3 Oct -> Mon 5 Oct; the UK-style date is shown as the alternative', () => {
    const r = dsarDeadline({ regime: 'gdpr', country: 'IT', received: '2026-09-03', idReceived: '2026-09-10' })
    expect(r).toMatchObject({ clockStart: '2026-09-03', target: '2026-10-03', due: '2026-10-05' })
    expect(r.unpausedTarget).toBeUndefined()
    expect(r.readings.find((x) => x.id === 'Q6')).toMatchObject({ chosenDate: '2026-10-03', alternativeDate: '2026-10-10' })
    expect(r.explanation.join(' ')).toContain('the month keeps running')
  })

  it('FR clarification 7-14 Sep 2026 is ignored for the clock: 3 Sep -> Sat 3 Oct -> Mon 5 Oct', () => {
    const r = dsarDeadline({ regime: 'gdpr', country: 'FR', received: '2026-09-03', pauses: [{ requestedAt: '2026-09-07', receivedAt: '2026-09-14' }] })
    expect(r).toMatchObject({ target: '2026-10-03', due: '2026-10-05' })
    expect(r.pausedDays).toBeUndefined()
    expect(r.readings.find((x) => x.id === 'Q6')?.alternativeDate).toBe('2026-10-11')
  })
})

describe('GDPR: act at once on withdrawal of consent and direct-marketing objection (Art. 7(3), 21(3); §8 Q10)', () => {
  it('IT withdraw-consent received Sat 31 Jan 2026: target that day, confirmation by Mon 2 Mar, no extension', () => {
    const r = dsarDeadline({ regime: 'gdpr', country: 'IT', received: '2026-01-31', requestType: 'withdraw-consent' })
    expect(r).toMatchObject({ target: '2026-01-31', due: '2026-03-02' })
    expect(r.extendedDue).toBeUndefined()
    expect(r.extensionNoticeBy).toBeUndefined()
    expect(r.readings.find((x) => x.id === 'Q10')).toMatchObject({ chosenDate: '2026-01-31', alternativeDate: '2026-02-28' })
  })

  it('FR objection to direct marketing 14 Apr 2026: stop that day; confirmation by Fri 15 May (Ascension on the 14th)', () => {
    const r = dsarDeadline({ regime: 'gdpr', country: 'FR', received: '2026-04-14', requestType: 'objection-direct-marketing' })
    expect(r).toMatchObject({ target: '2026-04-14', due: '2026-05-15' })
    expect(r.explanation[1]).toContain('objection to direct marketing is absolute')
  })

  it('an ordinary Art. 21(1) objection keeps the month: DE 3 Mar 2026 -> Tue 7 Apr', () => {
    expect(dsarDeadline({ regime: 'gdpr', country: 'DE', received: '2026-03-03', requestType: 'objection' })).toMatchObject({
      target: '2026-04-03',
      due: '2026-04-07',
      extensionNoticeBy: '2026-04-03',
    })
  })
})
