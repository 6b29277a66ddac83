import { z } from 'zod'

// Answers kept: every stored row's zone is checked when it is read, and building the Intl object is slow.
const known = new Map<string, boolean>()

// Validated against the runtime's IANA database (Intl), the same one the clock rules use.
export function isIanaTimeZone(tz: string): boolean {
  let ok = known.get(tz)
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz })
      ok = tz.includes('/') || tz === 'UTC'
    } catch {
      ok = false
    }
    known.set(tz, ok)
  }
  return ok
}

export const TimeZoneSchema = z.string().refine(isIanaTimeZone, { message: 'validation.timeZone' })
