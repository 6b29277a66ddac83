// The one-month clock shared by EU/EEA GDPR and UK GDPR (REFERENCE.md §3.2 code block, §3.3):
//   target1 = addMonthsClamp(start, 1) [+ UK paused days]        Reg. 1182/71 Art. 3(2)(c); EDPB GL 01/2022 §5.3
//   due1    = rollToWorkingDay(target1, holidays)                  Reg. 1182/71 Art. 3(4); ICO right of access guidance
//   extensionNoticeBy = target1 (unrolled: §8 Q5)                  Art. 12(3) third sentence
//   target3 = min(addMonthsClamp(start, 3), addMonthsClamp(addMonthsClamp(start, 1), 2))  (§8 Q4)
//   due3    = rollToWorkingDay(target3, holidays)
//   refusalNoticeBy = due1, never extended (§8 Q9)                 Art. 12(4)
// Withdrawal of consent and objection to direct marketing: act on the day of receipt; one month only for
// the confirmation (Art. 7(3), 21(3); §8 Q10).
import {
  addMonthsClamp,
  minDate,
  rollToWorkingDay,
  type HolidayCalendar,
  type NonWorkingDay,
} from '../calendar'
import { applyPauses, type PausedPeriod } from './clarificationPauses'
import { msg, reading, renderDsarMessage } from './dsarMessages'
import type { ClarificationPause, DsarDeadline, DsarMessage, DsarReading, DsarRuleInput } from './dsarTypes'

export interface MonthClock {
  /** End of one month from `start` before any pause. */
  base1: string
  target1: string
  due1: string
  rolled1: NonWorkingDay[]
  /** §8 Q4 readings, each with the paused days added. */
  plus3: string
  plus1plus2: string
  target3: string
  due3: string
  rolled3: NonWorkingDay[]
  paused: PausedPeriod
}

export function monthClock(start: string, cal: HolidayCalendar, pauses: readonly ClarificationPause[] = []): MonthClock {
  const base1 = addMonthsClamp(start, 1)
  const paused = applyPauses(base1, start, pauses)
  const target1 = paused.end
  const r1 = rollToWorkingDay(target1, cal)
  // Paused days do not count towards the extended period either (DPA 2018 s.54(3C); UK GDPR Art. 12A).
  const plus3 = applyPauses(addMonthsClamp(start, 3), start, pauses).end
  const plus1plus2 = applyPauses(addMonthsClamp(base1, 2), start, pauses).end
  const target3 = minDate(plus3, plus1plus2)
  const r3 = rollToWorkingDay(target3, cal)
  return { base1, target1, due1: r1.date, rolled1: r1.skipped, plus3, plus1plus2, target3, due3: r3.date, rolled3: r3.skipped, paused }
}

/** Citations put into the sentences; they differ between EU GDPR and UK GDPR. */
export interface MonthLaw {
  start: string
  month: string
  roll: string
  extension: string
  refusal: string
  consent: string
  marketing: string
  holidaysKey: 'explain.holidaysNational' | 'explain.holidaysUk'
}

export const isActAtOnce = (t: DsarRuleInput['requestType']) => t === 'withdraw-consent' || t === 'objection-direct-marketing'

/** "One month from X ends on Y", saying so when the day does not exist in the next month (Art. 3(2)(c)). */
export function monthLine(start: string, end: string, law: string): DsarMessage {
  const day = Number(start.slice(8))
  return Number(end.slice(8)) === day
    ? msg('explain.monthSameDate', { start, end, law })
    : msg('explain.monthClamped', { start, end, day, law })
}

export function rollLine(target: string, due: string, skipped: NonWorkingDay[], law: string): DsarMessage {
  return skipped.length ? msg('explain.rolled', { target, due, skipped, law }) : msg('explain.notRolled', { target })
}

export interface MonthDeadlineParts {
  input: DsarRuleInput
  start: string
  cal: HolidayCalendar
  law: MonthLaw
  clock: MonthClock
  /** Sentences placed before the month line (UK: Art. 12A start). */
  beforeMonth?: DsarMessage[]
  /** Sentences placed after the month line (UK: pauses). */
  afterMonth?: DsarMessage[]
  /** Sentences placed at the end (EU: the clock keeps running). */
  closing?: DsarMessage[]
  extraReadings?: DsarReading[]
  extra?: Partial<DsarDeadline>
}

/** Assembles the result for a GDPR-style month regime from its clock. */
export function monthDeadline(p: MonthDeadlineParts): DsarDeadline {
  const { input, start, cal, law, clock: c } = p
  const messages: DsarMessage[] = [
    start === input.received
      ? msg('explain.startReceipt', { received: input.received, law: law.start })
      : msg('explain.receivedOnly', { received: input.received }),
  ]
  const readings: DsarReading[] = []
  let out: Omit<DsarDeadline, 'readings' | 'explanation' | 'messages'>
  const common = {
    regime: input.regime,
    requestType: input.requestType,
    received: input.received,
    clockStart: start,
    calendar: cal.id,
  }
  if (isActAtOnce(input.requestType)) {
    // Art. 7(3) / 21(3): no delay allowed; the month (from receipt) is for the confirmation only (§8 Q10).
    const key = input.requestType === 'withdraw-consent' ? 'explain.actAtOnceConsent' : 'explain.actAtOnceMarketing'
    const lawText = input.requestType === 'withdraw-consent' ? law.consent : law.marketing
    messages.push(msg(key, { received: input.received, due: c.due1, law: lawText }))
    messages.push(monthLine(start, c.target1, law.month), rollLine(c.target1, c.due1, c.rolled1, law.roll))
    messages.push(msg(law.holidaysKey, { calendar: cal.id }))
    readings.push(reading('Q10', input.received, c.target1))
    out = { ...common, target: input.received, due: c.due1, rolledOver: c.rolled1 }
  } else {
    messages.push(...(p.beforeMonth ?? []), monthLine(start, c.base1, law.month), ...(p.afterMonth ?? []))
    messages.push(rollLine(c.target1, c.due1, c.rolled1, law.roll), msg(law.holidaysKey, { calendar: cal.id }))
    messages.push(msg('explain.targetReminder', { target: c.target1 }))
    messages.push(
      msg('explain.extension', { extendedTarget: c.target3, extendedDue: c.due3, noticeBy: c.target1, law: law.extension }),
      msg('explain.refusal', { refusalBy: c.due1, law: law.refusal }),
    )
    readings.push(reading('Q4', c.target3, c.plus3 === c.target3 ? c.plus1plus2 : c.plus3, { plus3: c.plus3, plus1plus2: c.plus1plus2 }))
    readings.push(reading('Q5', c.target1, c.due1), reading('Q9', c.due1, c.due3))
    out = {
      ...common,
      target: c.target1,
      due: c.due1,
      extendedTarget: c.target3,
      extendedDue: c.due3,
      extensionNoticeBy: c.target1,
      refusalNoticeBy: c.due1,
      rolledOver: c.rolled1,
      extendedRolledOver: c.rolled3,
    }
  }
  messages.push(...(p.closing ?? []))
  readings.push(...(p.extraReadings ?? []))
  return finish({ ...out, ...p.extra }, messages, readings)
}

/** Renders the English explanation beside the keys; a reading is listed only where its two dates differ. */
export function finish(
  result: Omit<DsarDeadline, 'readings' | 'explanation' | 'messages'>,
  messages: DsarMessage[],
  readings: DsarReading[],
): DsarDeadline {
  return {
    ...result,
    readings: readings.filter((r) => r.chosenDate !== r.alternativeDate),
    explanation: messages.map((m) => renderDsarMessage(m)),
    messages,
  }
}
