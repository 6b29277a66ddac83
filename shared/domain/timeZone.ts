import { z } from 'zod'

// Validated against the runtime's IANA database (Intl), the same one the clock rules use.
export function isIanaTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return tz.includes('/') || tz === 'UTC'
  } catch {
    return false
  }
}

export const TimeZoneSchema = z.string().refine(isIanaTimeZone, { message: 'validation.timeZone' })
