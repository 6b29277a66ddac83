// EU/EEA GDPR: Art. 12(3)-(4) with Reg. (EEC, Euratom) 1182/71 Art. 2(1), 3(2)(c), 3(3), 3(4), as EDPB
// Guidelines 01/2022 on the right of access (v2.1) §5.3 apply them (REFERENCE.md §3.2). Holidays: the national
// public holidays of the controller's Member State (§8 Q7). No pause: GDPR has no rule that stops the clock
// for identity checks or clarification (Art. 12(6); GL 01/2022 §3.3; §8 Q6).
import { holidayCalendar, maxDate } from '../calendar'
import { msg, reading } from './dsarMessages'
import type { DsarDeadline, DsarReading, DsarRuleInput } from './dsarTypes'
import { isActAtOnce, monthClock, monthDeadline, type MonthLaw } from './monthRule'

const GDPR_LAW: MonthLaw = {
  start: 'GDPR Art. 12(3); EDPB Guidelines 01/2022 §5.3',
  month: 'GDPR Art. 12(3); Reg. 1182/71 Art. 3(2)(c)',
  roll: 'Reg. 1182/71 Art. 3(4)',
  extension: 'GDPR Art. 12(3)',
  refusal: 'GDPR Art. 12(4)',
  consent: 'GDPR Art. 7(3)',
  marketing: 'GDPR Art. 21(3)',
  holidaysKey: 'explain.holidaysNational',
}

export function gdprDeadline(input: DsarRuleInput): DsarDeadline {
  const cal = holidayCalendar(input.calendar)
  const clock = monthClock(input.received, cal)
  const hasEvents = Boolean(input.idReceived || input.feeReceived || input.pauses.length)
  const extraReadings: DsarReading[] = []
  if (hasEvents && !isActAtOnce(input.requestType)) {
    // §8 Q6: the UK-style pause is computed only to show what the earlier (chosen) date is being compared with.
    const ukStyle = monthClock(maxDate(input.received, input.idReceived ?? input.received, input.feeReceived ?? input.received), cal, input.pauses)
    extraReadings.push(reading('Q6', clock.target1, ukStyle.target1))
  }
  const closing = hasEvents ? [msg(isActAtOnce(input.requestType) ? 'explain.actAtOnceNoDelay' : 'explain.noPauseEu')] : []
  return monthDeadline({ input, start: input.received, cal, law: GDPR_LAW, clock, closing, extraReadings })
}
