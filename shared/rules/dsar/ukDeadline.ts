// UK GDPR / DPA 2018 (REFERENCE.md §3.3). Same one month + two months as the EU, counted the ICO's way
// (Right of access guidance: from the day of receipt, working day or not, to the corresponding date next
// month, or that month's last day; a weekend or bank holiday moves it to the next working day).
// UK GDPR Art. 12A (Data (Use and Access) Act 2025; in force 5 Feb 2026, SI 2026/82; same model as DPA 2018
// s.54(3)-(3D)): the period runs from the latest of receipt, receipt of identity information asked for under
// Art. 12(6), and payment of a fee charged under Art. 12(5); clarification days on an Art. 15 request do not
// count (clarificationPauses.ts). The date without those events is always returned beside (unpaused*).
import { holidayCalendar, maxDate } from '../calendar'
import { msg } from './dsarMessages'
import type { DsarDeadline, DsarMessage, DsarRuleInput } from './dsarTypes'
import { isActAtOnce, monthClock, monthDeadline, type MonthLaw } from './monthRule'

const UK_LAW: MonthLaw = {
  start: 'UK GDPR Art. 12(3); ICO right of access guidance',
  month: 'UK GDPR Art. 12A; ICO right of access guidance',
  roll: 'ICO right of access guidance',
  extension: 'UK GDPR Art. 12A',
  refusal: 'UK GDPR Art. 12(4)',
  consent: 'UK GDPR Art. 7(3)',
  marketing: 'UK GDPR Art. 21(3)',
  holidaysKey: 'explain.holidaysUk',
}

export function ukDeadline(input: DsarRuleInput): DsarDeadline {
  const cal = holidayCalendar(input.calendar)
  const hasEvents = Boolean(input.idReceived || input.feeReceived || input.pauses.length)
  const unpaused = monthClock(input.received, cal)
  if (isActAtOnce(input.requestType)) {
    // Stopping consent-based processing or direct marketing cannot wait for ID, a fee or a clarification
    // (Art. 7(3), 21(3)); the confirmation's month runs from receipt (safer reading: the earlier date).
    const closing = hasEvents ? [msg('explain.actAtOnceNoDelay')] : []
    return monthDeadline({ input, start: input.received, cal, law: UK_LAW, clock: unpaused, closing })
  }

  const start = maxDate(input.received, input.idReceived ?? input.received, input.feeReceived ?? input.received)
  // Art. 12A: the clarification stop is for requests under Art. 15 only (DPA 2018 s.54(3C): "a request under section 45(1)").
  const pausable = input.requestType === 'access'
  const clock = monthClock(start, cal, pausable ? input.pauses : [])

  const beforeMonth: DsarMessage[] = []
  if (input.idReceived) beforeMonth.push(msg('explain.ukIdReceived', { idReceived: input.idReceived }))
  if (input.feeReceived) beforeMonth.push(msg('explain.ukFeeReceived', { feeReceived: input.feeReceived }))
  if (input.idReceived || input.feeReceived) beforeMonth.push(msg('explain.ukStart', { start }))

  const afterMonth: DsarMessage[] = []
  if (input.pauses.length && !pausable) afterMonth.push(msg('explain.ukPauseNotAccess'))
  for (const p of clock.paused.pauses) {
    if (p.effect === 'counted') afterMonth.push(msg('explain.ukPause', { from: p.from, to: p.to, days: p.days }))
    else if (p.effect === 'beforeStart') afterMonth.push(msg('explain.ukPauseBeforeStart', { from: p.from, to: p.to }))
    else afterMonth.push(msg('explain.ukPauseAfterEnd', { from: p.from, end: p.endBefore }))
  }
  if (clock.paused.pausedDays) afterMonth.push(msg('explain.ukPausedTotal', { days: clock.paused.pausedDays, target: clock.target1 }))

  const moved = clock.target1 !== unpaused.target1
  const closing = moved ? [msg('explain.ukUnpaused', { unpausedTarget: unpaused.target1, unpausedDue: unpaused.due1 })] : []
  const extra: Partial<DsarDeadline> = {}
  if (moved) Object.assign(extra, { unpausedTarget: unpaused.target1, unpausedDue: unpaused.due1 })
  if (pausable && input.pauses.length) extra.pausedDays = clock.paused.pausedDays
  return monthDeadline({ input, start, cal, law: UK_LAW, clock, beforeMonth, afterMonth, closing, extra })
}
