import { describe, expect, it } from 'vitest'
import { dsarDeadline } from './dsarDeadline'
import type { DsarDeadlineInput } from './dsarTypes'

// Sources: UK GDPR Art. 12(3)-(4) and Art. 12A (Data (Use and Access) Act 2025; in force 5 Feb 2026, SI 2026/82);
// DPA 2018 s.54(3)-(3D) (same model, verified text of s.54(3C)); ICO Right of access guidance (month counting,
// next working day); REFERENCE.md §3.3. Bank holidays checked against date-holidays 3.37 (GB-ENG/SCT/NIR).
const ICO = 'UK GDPR Art. 12(3), 12A; ICO right of access guidance'

type Row = [name: string, input: DsarDeadlineInput, expected: Record<string, unknown>]

describe(`UK one-month clock and bank holidays per nation (${ICO})`, () => {
  const rows: Row[] = [
    ['England: Sat 31 Jan 2026 -> Sat 28 Feb -> Mon 2 Mar; extended Tue 28 Apr (§8 Q4)',
      { regime: 'uk', received: '2026-01-31' },
      { calendar: 'GB-ENG', target: '2026-02-28', due: '2026-03-02', extendedTarget: '2026-04-28', extendedDue: '2026-04-28' }],
    ['England: 3 Mar 2026 -> Good Friday 3 Apr -> Sat, Sun, Easter Monday -> Tue 7 Apr',
      { regime: 'uk', country: 'GB-ENG', received: '2026-03-03' },
      { target: '2026-04-03', due: '2026-04-07' }],
    ['Scotland: Easter Monday is not a bank holiday: 3 Mar 2026 -> Good Friday 3 Apr -> Mon 6 Apr',
      { regime: 'uk', country: 'GB-SCT', received: '2026-03-03' },
      { calendar: 'GB-SCT', target: '2026-04-03', due: '2026-04-06' }],
    ['Scotland 2 January: 2 Dec 2025 -> Fri 2 Jan 2026 -> Mon 5 Jan',
      { regime: 'uk', country: 'GB-SCT', received: '2025-12-02' },
      { target: '2026-01-02', due: '2026-01-05' }],
    ['England has no 2 January holiday: 2 Dec 2025 -> Fri 2 Jan 2026 stays',
      { regime: 'uk', country: 'GB-ENG', received: '2025-12-02' },
      { target: '2026-01-02', due: '2026-01-02' }],
    ['Scotland 2 January substitute: 2 Dec 2026 -> Sat 2 Jan 2027 -> Sun, Mon 4 Jan (substitute) -> Tue 5 Jan',
      { regime: 'uk', country: 'GB-SCT', received: '2026-12-02' },
      { target: '2027-01-02', due: '2027-01-05' }],
    ['England, same date: Sat 2 Jan 2027 -> Mon 4 Jan',
      { regime: 'uk', country: 'GB-ENG', received: '2026-12-02' },
      { target: '2027-01-02', due: '2027-01-04' }],
    ['Scotland St Andrew’s Day: 30 Oct 2026 -> Mon 30 Nov 2026 -> Tue 1 Dec',
      { regime: 'uk', country: 'GB-SCT', received: '2026-10-30' },
      { target: '2026-11-30', due: '2026-12-01' }],
    ['England, same date: Mon 30 Nov 2026 stays',
      { regime: 'uk', country: 'GB', received: '2026-10-30' },
      { calendar: 'GB-ENG', target: '2026-11-30', due: '2026-11-30' }],
    ['Northern Ireland St Patrick’s Day: 17 Feb 2026 -> Tue 17 Mar -> Wed 18 Mar',
      { regime: 'uk', country: 'GB-NIR', received: '2026-02-17' },
      { calendar: 'GB-NIR', target: '2026-03-17', due: '2026-03-18' }],
    ['Northern Ireland Battle of the Boyne substitute: 13 Jun 2026 -> Mon 13 Jul 2026 -> Tue 14 Jul',
      { regime: 'uk', country: 'GB-NIR', received: '2026-06-13' },
      { target: '2026-07-13', due: '2026-07-14' }],
    ['England summer bank holiday: 31 Jul 2026 -> Mon 31 Aug -> Tue 1 Sep',
      { regime: 'uk', country: 'GB-WLS', received: '2026-07-31' },
      { calendar: 'GB-ENG', target: '2026-08-31', due: '2026-09-01' }],
    ['Scotland summer bank holiday is 3 Aug: 31 Jul 2026 -> Mon 31 Aug stays',
      { regime: 'uk', country: 'GB-SCT', received: '2026-07-31' },
      { target: '2026-08-31', due: '2026-08-31' }],
    ['England Christmas 2027 with both substitute days: 25 Nov 2027 -> Sat 25 Dec -> Wed 29 Dec',
      { regime: 'uk', received: '2027-11-25' },
      { target: '2027-12-25', due: '2027-12-29' }],
    ['England New Year 2028 substitute: 1 Dec 2027 -> Sat 1 Jan 2028 -> Tue 4 Jan (Mon 3 Jan substitute)',
      { regime: 'uk', received: '2027-12-01' },
      { target: '2028-01-01', due: '2028-01-04' }],
    ['England leap year: 31 Jan 2028 -> Tue 29 Feb 2028',
      { regime: 'uk', received: '2028-01-31' },
      { target: '2028-02-29', due: '2028-02-29', extendedTarget: '2028-04-29', extendedDue: '2028-05-02' }],
  ]
  it.each(rows)('%s', (_name, input, expected) => {
    const r = dsarDeadline(input)
    expect(r).toMatchObject(expected)
    expect(r.extensionNoticeBy).toBe(r.target)
    expect(r.refusalNoticeBy).toBe(r.due)
  })
})

describe('UK GDPR Art. 12A: the clock starts at the latest of receipt, ID and fee (REFERENCE §3.3)', () => {
  it('REFERENCE §3.3 example: received Thu 3 Sep 2026, ID on 10 Sep -> Sat 10 Oct -> Mon 12 Oct; unpaused Sat 3 Oct -> Mon 5 Oct', () => {
    const r = dsarDeadline({ regime: 'uk', received: '2026-09-03', idReceived: '2026-09-10' })
    expect(r).toMatchObject({
      clockStart: '2026-09-10',
      target: '2026-10-10',
      due: '2026-10-12',
      unpausedTarget: '2026-10-03',
      unpausedDue: '2026-10-05',
      extensionNoticeBy: '2026-10-10',
      extendedTarget: '2026-12-10',
      extendedDue: '2026-12-10',
    })
    expect(r.pausedDays).toBeUndefined()
    const text = r.explanation.join(' ')
    expect(text).toContain('The identity information asked for arrived on Thursday 10 September 2026.')
    expect(text).toContain('would end on Saturday 3 October 2026 (legal limit Monday 5 October 2026)')
  })

  it('fee paid after the ID: received 31 Jan 2026, ID 3 Feb, fee 5 Feb -> Thu 5 Mar; unpaused Sat 28 Feb -> Mon 2 Mar', () => {
    expect(dsarDeadline({ regime: 'uk', received: '2026-01-31', idReceived: '2026-02-03', feeReceived: '2026-02-05' })).toMatchObject({
      clockStart: '2026-02-05',
      target: '2026-03-05',
      due: '2026-03-05',
      unpausedTarget: '2026-02-28',
      unpausedDue: '2026-03-02',
    })
  })

  it('ID that arrived with the request changes nothing: no unpaused date', () => {
    const r = dsarDeadline({ regime: 'uk', received: '2026-09-03', idReceived: '2026-09-03' })
    expect(r).toMatchObject({ clockStart: '2026-09-03', target: '2026-10-03', due: '2026-10-05' })
    expect(r.unpausedTarget).toBeUndefined()
  })
})

describe('UK clarification pauses: requestedAt..receivedAt, both days included, do not count (UK GDPR Art. 12A; DPA 2018 s.54(3C))', () => {
  it('a clarification asked and answered the same day stops the clock for that one day, and says so without "1 days"', () => {
    const r = dsarDeadline({ regime: 'uk', received: '2026-09-03', pauses: [{ requestedAt: '2026-09-07', receivedAt: '2026-09-07' }] })
    expect(r).toMatchObject({ pausedDays: 1, target: '2026-10-04' })
    const text = r.explanation.join(' ')
    expect(text).toContain('both included, do not count (1 in all)')
    expect(text).toContain('Days not counted: 1; the period ends on Sunday 4 October 2026.')
    expect(text).not.toMatch(/\b1 days\b/)
  })

  it('received 3 Sep 2026, clarification 7-14 Sep (8 days) -> Sun 11 Oct -> Mon 12 Oct; notice deadline moves too', () => {
    const r = dsarDeadline({ regime: 'uk', received: '2026-09-03', pauses: [{ requestedAt: '2026-09-07', receivedAt: '2026-09-14' }] })
    expect(r).toMatchObject({
      clockStart: '2026-09-03',
      pausedDays: 8,
      target: '2026-10-11',
      due: '2026-10-12',
      extensionNoticeBy: '2026-10-11', // s.54(3C)(b)(ii): the days do not count towards the notice period either
      unpausedTarget: '2026-10-03',
      unpausedDue: '2026-10-05',
      extendedTarget: '2026-12-11',
      extendedDue: '2026-12-11',
    })
    expect(r.explanation.join(' ')).toContain('the days from the one to the other, both included, do not count (8 in all)')
  })

  it('asked and answered on the same day: 1 day -> 3 Sep 2026 + 1 month + 1 = Sun 4 Oct -> Mon 5 Oct', () => {
    const r = dsarDeadline({ regime: 'uk', received: '2026-09-03', pauses: [{ requestedAt: '2026-09-10', receivedAt: '2026-09-10' }] })
    expect(r).toMatchObject({ pausedDays: 1, target: '2026-10-04', due: '2026-10-05' })
  })

  it('overlapping pauses are merged (7-10 and 9-12 Sep = 6 days): 3 Sep 2026 -> Fri 9 Oct', () => {
    const r = dsarDeadline({
      regime: 'uk',
      received: '2026-09-03',
      pauses: [
        { requestedAt: '2026-09-09', receivedAt: '2026-09-12' },
        { requestedAt: '2026-09-07', receivedAt: '2026-09-10' },
      ],
    })
    expect(r).toMatchObject({ pausedDays: 6, target: '2026-10-09', due: '2026-10-09' })
  })

  it('ID and pause together: ID 10 Sep, clarification 8-12 Sep counts only from 10 Sep (3 days) -> Tue 13 Oct', () => {
    const r = dsarDeadline({
      regime: 'uk',
      received: '2026-09-03',
      idReceived: '2026-09-10',
      pauses: [{ requestedAt: '2026-09-08', receivedAt: '2026-09-12' }],
    })
    expect(r).toMatchObject({ clockStart: '2026-09-10', pausedDays: 3, target: '2026-10-13', due: '2026-10-13', unpausedTarget: '2026-10-03' })
  })

  it('a clarification answered before the clock started changes nothing: ID 10 Sep, pause 4-6 Sep -> Sat 10 Oct -> Mon 12 Oct', () => {
    const r = dsarDeadline({
      regime: 'uk',
      received: '2026-09-03',
      idReceived: '2026-09-10',
      pauses: [{ requestedAt: '2026-09-04', receivedAt: '2026-09-06' }],
    })
    expect(r).toMatchObject({ pausedDays: 0, target: '2026-10-10', due: '2026-10-12' })
  })

  it('a clarification asked after the month ended does not revive it, but counts in an extension: 3 Sep, pause 5-7 Oct -> target Sat 3 Oct; extended Sun 6 Dec -> Mon 7 Dec', () => {
    const r = dsarDeadline({ regime: 'uk', received: '2026-09-03', pauses: [{ requestedAt: '2026-10-05', receivedAt: '2026-10-07' }] })
    expect(r).toMatchObject({ pausedDays: 0, target: '2026-10-03', due: '2026-10-05', extendedTarget: '2026-12-06', extendedDue: '2026-12-07' })
    expect(r.explanation.join(' ')).toContain('after the one-month period ended on Saturday 3 October 2026')
  })

  it('the stop is for access requests only (Art. 15): an erasure request with a clarification keeps Sat 3 Oct -> Mon 5 Oct', () => {
    const r = dsarDeadline({
      regime: 'uk',
      received: '2026-09-03',
      requestType: 'erasure',
      pauses: [{ requestedAt: '2026-09-07', receivedAt: '2026-09-14' }],
    })
    expect(r).toMatchObject({ target: '2026-10-03', due: '2026-10-05' })
    expect(r.pausedDays).toBeUndefined()
    expect(r.explanation.join(' ')).toContain('only on requests for access')
  })

  it('withdrawal of consent is acted on at receipt; ID does not delay it (UK GDPR Art. 7(3); §8 Q10)', () => {
    const r = dsarDeadline({ regime: 'uk', received: '2026-09-03', requestType: 'withdraw-consent', idReceived: '2026-09-10' })
    expect(r).toMatchObject({ clockStart: '2026-09-03', target: '2026-09-03', due: '2026-10-05' })
    expect(r.unpausedTarget).toBeUndefined()
  })
})
