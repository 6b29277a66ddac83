// UK "stop the clock" for clarification. UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025,
// in force 5 Feb 2026, SI 2026/82), in the same words as DPA 2018 s.54(3C): "the period beginning with the
// day on which the controller makes the request and ending with the day on which the controller receives
// the information does not count towards (i) the applicable time period, or (ii) the period [for the
// extension notice]". So a pause covers requestedAt..receivedAt, BOTH days included:
//   pauseDays = daysBetween(requestedAt, receivedAt) + 1
// and the period's end moves by the paused days that fall inside it:
//   target1 = addMonthsClamp(relevant, 1) + pausedDays            (REFERENCE.md §3.3)
// Only days from the clock start count (earlier days were not running); a clarification asked after the
// period ended cannot revive it. Overlapping pauses are merged so no day is counted twice.
import { addDays, daysBetween, maxDate } from '../calendar'
import type { ClarificationPause } from './dsarTypes'

export interface CountedPause {
  from: string
  to: string
  days: number
  /** 'counted': moved the end; 'beforeStart': entirely before the clock started; 'afterEnd': asked after the period ended. */
  effect: 'counted' | 'beforeStart' | 'afterEnd'
  /** The period's end when the pause was asked for (for 'afterEnd'). */
  endBefore: string
}

export interface PausedPeriod {
  end: string
  pausedDays: number
  pauses: CountedPause[]
}

function merge(pauses: readonly ClarificationPause[]): { from: string; to: string }[] {
  const sorted = [...pauses].sort((a, b) => (a.requestedAt < b.requestedAt ? -1 : 1))
  const out: { from: string; to: string }[] = []
  for (const p of sorted) {
    const last = out[out.length - 1]
    if (last && p.requestedAt <= addDays(last.to, 1)) last.to = maxDate(last.to, p.receivedAt)
    else out.push({ from: p.requestedAt, to: p.receivedAt })
  }
  return out
}

/** Moves `end` (a period running from `start`) by the clarification days that do not count. */
export function applyPauses(end: string, start: string, pauses: readonly ClarificationPause[]): PausedPeriod {
  let cur = end
  let pausedDays = 0
  const counted: CountedPause[] = []
  for (const p of merge(pauses)) {
    if (p.to < start) {
      counted.push({ from: p.from, to: p.to, days: 0, effect: 'beforeStart', endBefore: cur })
      continue
    }
    const from = maxDate(p.from, start)
    if (from > cur) {
      counted.push({ from, to: p.to, days: 0, effect: 'afterEnd', endBefore: cur })
      continue
    }
    const days = daysBetween(from, p.to) + 1
    counted.push({ from, to: p.to, days, effect: 'counted', endBefore: cur })
    pausedDays += days
    cur = addDays(cur, days)
  }
  return { end: cur, pausedDays, pauses: counted }
}
