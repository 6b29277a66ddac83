import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatLocalDate, formatTime, utcOffset } from './dateTime'
import { longDate } from '../rules/dsar/dsarMessages'

describe('formatDateTime', () => {
  it('prints the wall time in the zone with its UTC offset (winter, CET)', () => {
    expect(formatDateTime('2026-11-23T15:05:00Z', 'Europe/Rome', 'en')).toBe('23 Nov 2026, 16:05 (UTC+01:00)')
    expect(formatDateTime('2026-11-23T15:05:00Z', 'Europe/Rome', 'it')).toBe('23 nov 2026, 16:05 (UTC+01:00)')
  })

  it('follows daylight saving time (summer, CEST)', () => {
    expect(formatDateTime('2026-07-01T15:05:00Z', 'Europe/Rome', 'en')).toBe('1 Jul 2026, 17:05 (UTC+02:00)')
  })

  it('handles zero, negative and half-hour offsets', () => {
    expect(utcOffset('2026-11-23T15:05:00Z', 'UTC')).toBe('+00:00')
    expect(utcOffset('2026-11-23T15:05:00Z', 'America/New_York')).toBe('-05:00')
    expect(utcOffset('2026-11-23T15:05:00Z', 'Asia/Kolkata')).toBe('+05:30')
    expect(formatDateTime('2026-11-23T23:30:00Z', 'Asia/Kolkata', 'en')).toBe(
      '24 Nov 2026, 05:00 (UTC+05:30)',
    )
  })

  it('can add seconds and drop the offset', () => {
    expect(
      formatDateTime('2026-11-23T15:05:09Z', 'Europe/Rome', 'en', { seconds: true, offset: false }),
    ).toBe('23 Nov 2026, 16:05:09')
  })

  it('returns a value that is not an instant unchanged', () => {
    expect(formatDateTime('not a date', 'Europe/Rome', 'en')).toBe('not a date')
  })

  it('prints the calendar date in the zone, not in UTC', () => {
    expect(formatDate('2026-11-23T23:30:00Z', 'Europe/Rome', 'en')).toBe('24 Nov 2026')
  })

  it('prints the wall time alone, with seconds and offset', () => {
    expect(formatTime('2026-11-23T15:05:09Z', 'Europe/Rome', 'it', { seconds: true })).toBe(
      '16:05:09 (UTC+01:00)',
    )
  })
})

describe('formatLocalDate', () => {
  it('prints a calendar date without any zone shifting it', async () => {
    const { formatLocalDate } = await import('./dateTime')
    expect(formatLocalDate('2027-11-23', 'en')).toBe('23 Nov 2027')
    expect(formatLocalDate('2027-01-01', 'it')).toBe('1 gen 2027')
    expect(formatLocalDate('not a date', 'en')).toBe('not a date')
  })
})

describe('the first of the month in French', () => {
  // French typography writes it as an ordinal, « 1er » (Imprimerie nationale, Lexique des règles typographiques).
  it('is « 1er » in every French date form, and only the first', () => {
    expect(formatLocalDate('2026-12-01', 'fr')).toBe('1er déc. 2026')
    expect(formatDateTime('2026-12-01T09:05:00Z', 'Europe/Paris', 'fr')).toBe('1er déc. 2026, 10:05 (UTC+01:00)')
    expect(formatDate('2026-12-01T09:05:00Z', 'Europe/Paris', 'fr')).toBe('1er déc. 2026')
    expect(longDate('2026-03-01', 'fr-FR')).toBe('dimanche 1er mars 2026')
    expect(formatLocalDate('2026-12-11', 'fr')).toBe('11 déc. 2026')
    expect(formatLocalDate('2026-12-21', 'fr')).toBe('21 déc. 2026')
    expect(formatDateTime('2026-12-02T00:01:00Z', 'UTC', 'fr', { offset: false })).toBe('2 déc. 2026, 00:01')
  })

  it('stays "1" in English and Italian', () => {
    expect(formatLocalDate('2026-12-01', 'en')).toBe('1 Dec 2026')
    expect(formatLocalDate('2026-12-01', 'it')).toBe('1 dic 2026')
  })
})
