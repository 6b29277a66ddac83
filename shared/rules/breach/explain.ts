// Wording shared by the clock explanations (plain English; REFERENCE.md §4.3).
import { localIsoMinutes, utcOffsetMinutes, utcSeconds, type Instant } from '../calendar'

/** "2026-03-30T11:00:00Z (2026-03-30T13:00+02:00 Europe/Rome)". */
export function both(instant: Instant, tz: string): string {
  return `${utcSeconds(instant)} (${localIsoMinutes(instant, tz)} ${tz})`
}

const offsetOf = (instant: Instant, tz: string) => localIsoMinutes(instant, tz).slice(-6)

/**
 * Periods in hours are elapsed time (§8 Q17): when the zone's offset changes in between, say how many
 * hours the local clock shows instead, so a user comparing wall times is not misled.
 */
export function wallClockNote(startAt: Instant, deadline: Instant, hours: number, tz: string): string {
  const shiftMinutes = utcOffsetMinutes(deadline, tz) - utcOffsetMinutes(startAt, tz)
  if (shiftMinutes === 0) return ''
  const wall = hours + shiftMinutes / 60
  return (
    ` The UTC offset in ${tz} changes in between (${offsetOf(startAt, tz)} to ${offsetOf(deadline, tz)}),` +
    ` so the local clock shows ${wall} hours; the law counts ${hours} elapsed hours.`
  )
}

/** Why an hour period never moves to a working day (Reg. 1182/71 Art. 3(4); REFERENCE.md §4.3, §8 Q16). */
export const ELAPSED_HOURS =
  'Nights, weekends, public holidays and daylight-saving changes all count, and a period in hours never moves to the next working day (Reg. 1182/71 Art. 3(4)).'
