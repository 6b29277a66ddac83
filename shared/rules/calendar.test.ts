import { describe, expect, it } from 'vitest'
import {
  addBusinessDays,
  addHours,
  addMonthsClamp,
  addMonthsToInstant,
  endOfLocalDay,
  holidayCalendar,
  isLocalDate,
  localDateOf,
  localIsoMinutes,
  rollToWorkingDay,
  secondsBetween,
  utcOffsetMinutes,
  utcSeconds,
} from './calendar'

describe('calendar (Reg. 1182/71; REFERENCE.md conventions)', () => {
  it('isLocalDate: real Gregorian days written YYYY-MM-DD only', () => {
    for (const ok of ['2026-01-31', '2028-02-29', '2000-02-29', '2026-12-31', '1999-04-30']) expect(isLocalDate(ok), ok).toBe(true)
    for (const bad of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01', '2026-01-01T00:00', ''])
      expect(isLocalDate(bad), bad).toBe(false)
  })

  it('addMonthsClamp: same day number, or the last day of a shorter month (Art. 3(2)(c))', () => {
    expect(addMonthsClamp('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonthsClamp('2028-01-31', 1)).toBe('2028-02-29') // leap year
    expect(addMonthsClamp('2026-03-25', 1)).toBe('2026-04-25')
    expect(addMonthsClamp('2026-12-15', 1)).toBe('2027-01-15') // year change
    expect(addMonthsClamp('2026-02-28', 2)).toBe('2026-04-28')
  })

  it('rollToWorkingDay: Saturday, Sunday and national public holidays move the end (Art. 3(4))', () => {
    const it_ = holidayCalendar('IT')
    expect(rollToWorkingDay('2026-02-28', it_).date).toBe('2026-03-02') // Sat -> Mon
    expect(rollToWorkingDay('2026-04-25', it_).date).toBe('2026-04-27') // Liberation Day (Sat) -> Mon
    const may = rollToWorkingDay('2026-05-01', it_) // Labour Day (Fri) -> Mon 4 May
    expect(may.date).toBe('2026-05-04')
    expect(may.skipped.map((s) => s.reason)).toEqual(['holiday', 'saturday', 'sunday'])
    expect(rollToWorkingDay('2026-03-03', it_)).toEqual({ date: '2026-03-03', skipped: [] })
  })

  it('UK bank holidays include substitute days (England and Wales)', () => {
    expect(rollToWorkingDay('2027-12-25', holidayCalendar('GB-ENG')).date).toBe('2027-12-29')
  })

  it('regional holidays are ignored: DE national calendar has no Epiphany (only some Länder)', () => {
    expect(holidayCalendar('DE').holiday('2026-01-06')).toBeUndefined()
    expect(holidayCalendar('IT').holiday('2026-01-06')).toBeDefined()
  })

  it('addBusinessDays skips weekends and holidays', () => {
    expect(addBusinessDays('2026-03-02', 10, holidayCalendar('US'))).toBe('2026-03-16')
  })

  it('local dates and instants', () => {
    expect(localDateOf('2026-01-30T23:30:00Z', 'Europe/Rome')).toBe('2026-01-31')
    expect(addHours('2026-03-27T11:00:00Z', 72)).toBe('2026-03-30T11:00:00.000Z')
    expect(utcSeconds('2026-03-30T11:00:00.000Z')).toBe('2026-03-30T11:00:00Z')
    expect(localIsoMinutes('2026-03-30T11:00:00Z', 'Europe/Rome')).toBe('2026-03-30T13:00+02:00')
    expect(localIsoMinutes('2026-03-30T11:00:00Z', 'UTC')).toBe('2026-03-30T11:00+00:00')
    // One month on an instant keeps the local wall time across DST: 10:00 CEST -> 10:00 CET.
    expect(addMonthsToInstant('2026-10-10T08:00:00Z', 1, 'Europe/Rome')).toBe('2026-11-10T09:00:00.000Z')
  })
})

describe('calendar: breach-clock primitives (issue 6)', () => {
  it('endOfLocalDay: 23:59:59 local, converted to UTC', () => {
    expect(endOfLocalDay('2026-04-08', 'America/Sao_Paulo')).toBe('2026-04-09T02:59:59.000Z')
    expect(endOfLocalDay('2026-03-29', 'Europe/Rome')).toBe('2026-03-29T21:59:59.000Z') // summer time from 01:00Z
    expect(endOfLocalDay('2026-12-31', 'America/New_York')).toBe('2027-01-01T04:59:59.000Z')
    expect(() => endOfLocalDay('2026-02-30', 'UTC')).toThrow(RangeError)
  })

  it('secondsBetween: whole seconds, sign kept', () => {
    expect(secondsBetween('2026-03-27T11:00:00Z', '2026-03-30T11:00:00Z')).toBe(72 * 3600)
    expect(secondsBetween('2026-03-30T11:00:00.900Z', '2026-03-30T11:00:00Z')).toBe(0)
    expect(secondsBetween('2026-03-30T11:00:01Z', '2026-03-30T11:00:00Z')).toBe(-1)
  })

  it('utcOffsetMinutes follows DST (Directive 2000/84/EC; US 2026-03-08 and 2026-11-01)', () => {
    expect(utcOffsetMinutes('2026-03-27T11:00:00Z', 'Europe/Rome')).toBe(60)
    expect(utcOffsetMinutes('2026-03-30T11:00:00Z', 'Europe/Rome')).toBe(120)
    expect(utcOffsetMinutes('2026-03-08T06:59:59Z', 'America/New_York')).toBe(-300)
    expect(utcOffsetMinutes('2026-03-08T07:00:00Z', 'America/New_York')).toBe(-240)
    expect(utcOffsetMinutes('2026-11-01T06:00:00Z', 'America/New_York')).toBe(-300)
    expect(utcOffsetMinutes('2026-03-30T11:00:00Z', 'UTC')).toBe(0)
  })
})

describe('wall times (issue 5)', () => {
  it('instantOfLocal: a wall time in the zone, converted to UTC', async () => {
    const { instantOfLocal } = await import('./calendar')
    expect(instantOfLocal('2026-01-31', '09:15', 'Europe/Rome')).toBe('2026-01-31T08:15:00.000Z')
    expect(instantOfLocal('2026-07-01', '23:30', 'Europe/Rome')).toBe('2026-07-01T21:30:00.000Z')
    expect(instantOfLocal('2026-09-03', '00:10', 'Europe/London')).toBe('2026-09-02T23:10:00.000Z')
    expect(() => instantOfLocal('2026-02-30', '10:00', 'UTC')).toThrow(RangeError)
    expect(() => instantOfLocal('2026-02-03', '24:00', 'UTC')).toThrow(RangeError)
  })
  it('startOfLocalDay: 00:00:00 local, across a DST change', async () => {
    const { startOfLocalDay } = await import('./calendar')
    expect(startOfLocalDay('2026-03-29', 'Europe/Rome')).toBe('2026-03-28T23:00:00.000Z')
    expect(startOfLocalDay('2026-03-30', 'Europe/Rome')).toBe('2026-03-29T22:00:00.000Z')
  })
})
