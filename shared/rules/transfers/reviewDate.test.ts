import { describe, expect, it } from 'vitest'
import { packAge } from './packAge'
import { defaultReviewDate, tiaReviewDeadline } from './reviewDate'
import { expectedSccModule } from './sccModule'

describe('TIA review date (EDPB Rec. 01/2020 step 6; app default 12 months, REFERENCE §5.5)', () => {
  it('defaults to 12 months after sign-off, clamped to the month end (Reg. 1182/71 Art. 3(2)(c))', () => {
    expect(defaultReviewDate('2026-11-23')).toBe('2027-11-23')
    expect(defaultReviewDate('2028-02-29')).toBe('2029-02-28')
  })

  it('is due at the end of the review day in the workspace zone, with 7d, 1d and overdue reminders', () => {
    const d = tiaReviewDeadline({
      tiaId: 'x',
      reviewOn: '2027-11-23',
      timeZone: 'Europe/Rome',
      now: new Date('2026-11-23T10:00:00Z'),
      title: 't',
      explanation: 'e',
    })
    expect(d).toMatchObject({
      key: 'tia:x:review',
      module: 'tia',
      dueAt: '2027-11-23T22:59:59.000Z',
      dueDate: '2027-11-23',
      legal: false,
      status: 'pending',
    })
    expect(d.reminders.map((r) => [r.kind, r.at])).toEqual([
      ['7d', '2027-11-16T22:59:59.000Z'],
      ['1d', '2027-11-22T22:59:59.000Z'],
      ['overdue', '2027-11-23T22:59:59.000Z'],
    ])
  })

  it('is missed once the review day has passed', () => {
    const d = tiaReviewDeadline({
      tiaId: 'x',
      reviewOn: '2027-11-23',
      timeZone: 'Europe/Rome',
      now: new Date('2027-11-24T00:00:00Z'),
      title: 't',
      explanation: 'e',
    })
    expect(d.status).toBe('missed')
  })
})

describe('country pack age (issue 7 item 2: warn when older than 12 months)', () => {
  it('is current for 12 months after its as-of date, stale the day after', () => {
    expect(packAge('2026-11-01', '2027-11-01')).toMatchObject({ stale: false, currentUntil: '2027-11-01' })
    expect(packAge('2026-11-01', '2027-11-02')).toMatchObject({ stale: true, ageDays: 366 })
  })
})

describe('SCC module from the roles (Decision (EU) 2021/914)', () => {
  it('maps the four modules', () => {
    expect(expectedSccModule('controller', 'controller')).toBe(1)
    expect(expectedSccModule('controller', 'processor')).toBe(2)
    expect(expectedSccModule('processor', 'sub_processor')).toBe(3)
    expect(expectedSccModule('processor', 'joint_controller')).toBe(4)
  })
})
