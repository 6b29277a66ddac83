// California CCPA/CPRA, Cal. Code Regs. tit. 11 (REFERENCE.md §3.4, §8 Q13):
// - know / delete / correct, §7021(b): 45 calendar days beginning on the day of receipt, verification
//   time included -> due = received + 44 (receipt = day 1); +45 days (90 in total) with notice and reason
//   within the first 45 -> extended = received + 89, notice by the 45th day.
// - §7021(a): confirm receipt within 10 business days. Business days exclude weekends and US federal
//   holidays and are counted from the day after receipt (Cal. Civ. Code §10: exclude the first day), which
//   gives REFERENCE §3.4's example (2 Mar 2026 -> 16 Mar 2026).
// - opt-out of sale/sharing §7026(f) and limit use of sensitive PI §7027(g): 15 business days from receipt,
//   no extension. (2025 amendments effective 1 Jan 2026 may renumber these sections; unverified.)
import { addBusinessDays, addDays, holidayCalendar, rollToWorkingDay } from '../calendar'
import { msg, reading } from './dsarMessages'
import type { DsarDeadline, DsarMessage, DsarReading, DsarRuleInput } from './dsarTypes'
import { finish } from './monthRule'

export function ccpaDeadline(input: DsarRuleInput): DsarDeadline {
  const us = holidayCalendar('US')
  const { received } = input
  const messages: DsarMessage[] = []
  const readings: DsarReading[] = []
  const common = { regime: input.regime, requestType: input.requestType, received, clockStart: received, calendar: us.id, rolledOver: [] }
  const noPause = input.idReceived || input.feeReceived || input.pauses.length
    ? [msg('explain.noPauseOther', { regime: 'ccpa', law: 'Cal. Code Regs. tit. 11 §7021(b)' })]
    : []

  if (input.requestType === 'ccpa-opt-out' || input.requestType === 'ccpa-limit') {
    const due = addBusinessDays(received, 15, us)
    messages.push(msg(input.requestType === 'ccpa-opt-out' ? 'explain.ccpaOptOut' : 'explain.ccpaLimit', { due }))
    messages.push(msg('explain.ccpaBusinessDays'), ...noPause)
    return finish({ ...common, target: due, due }, messages, readings)
  }

  const target = addDays(received, 44)
  const acknowledgeBy = addBusinessDays(received, 10, us)
  const extendedTarget = addDays(received, 89)
  messages.push(
    msg('explain.ccpaStart', { received }),
    msg('explain.ccpaRespond', { target }),
    msg('explain.ccpaAck', { ackBy: acknowledgeBy }),
    msg('explain.ccpaBusinessDays'),
    msg('explain.ccpaExtension', { extendedTarget, noticeBy: target }),
    ...noPause,
  )
  readings.push(reading('Q13', target, addDays(received, 45)))
  readings.push(reading('ccpaRoll', target, rollToWorkingDay(target, us).date))
  return finish(
    { ...common, target, due: target, acknowledgeBy, extendedTarget, extendedDue: extendedTarget, extensionNoticeBy: target },
    messages,
    readings,
  )
}
