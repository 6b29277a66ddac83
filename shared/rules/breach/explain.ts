// Messages shared by the clock explanations (texts: `rules` in shared/i18n/en/breach.ts; REFERENCE.md §4.3).
import { localIsoMinutes, utcOffsetMinutes, type Instant } from '../calendar'
import { msg, type BreachMessage } from './messages'

const offsetOf = (instant: Instant, tz: string) => localIsoMinutes(instant, tz).slice(-6)

/**
 * Periods in hours are elapsed time (§8 Q17): when the zone's offset changes in between, say how many
 * hours the local clock shows instead, so a user comparing wall times is not misled. Empty otherwise.
 */
export function wallClockNote(startAt: Instant, deadline: Instant, hours: number, tz: string): BreachMessage[] {
  const shiftMinutes = utcOffsetMinutes(deadline, tz) - utcOffsetMinutes(startAt, tz)
  if (shiftMinutes === 0) return []
  const wall = hours + shiftMinutes / 60
  return [msg('wallClock', { tz, fromOffset: offsetOf(startAt, tz), toOffset: offsetOf(deadline, tz), wall, hours })]
}

/** Why an hour period never moves to a working day (Reg. 1182/71 Art. 3(4); REFERENCE.md §4.3, §8 Q16). */
export const ELAPSED_HOURS: BreachMessage = msg('elapsedHours')
