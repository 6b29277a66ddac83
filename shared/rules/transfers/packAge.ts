import { addMonthsClamp, daysBetween, type LocalDate } from '../calendar'

/** Reference data is trusted for 12 months after its `asOf` date (issue 7 item 2); after that the app warns. */
export const PACK_MAX_AGE_MONTHS = 12

export interface PackAge {
  /** The last day the pack counts as current. */
  currentUntil: LocalDate
  stale: boolean
  ageDays: number
}

/** `today` is the workspace's calendar date from the injected clock. */
export function packAge(asOf: LocalDate, today: LocalDate): PackAge {
  const currentUntil = addMonthsClamp(asOf, PACK_MAX_AGE_MONTHS)
  return { currentUntil, stale: today > currentUntil, ageDays: daysBetween(asOf, today) }
}
