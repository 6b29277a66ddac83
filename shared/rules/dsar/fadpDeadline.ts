// Swiss FADP (SR 235.1), REFERENCE.md §3.4 and §8 Q15: access "in general within 30 days" (Art. 25(7)),
// read as a hard 30 calendar days from receipt with no weekend/holiday move -> target = due = received + 30.
// If the information cannot be given within 30 days, the controller must tell the person within them and
// state when it will be given (DPO SR 235.11 Art. 18; numbering unverified): modelled as extensionNoticeBy =
// the 30th day and an optional user-set `extendedTo`. Other rights (Arts. 28, 32) have no fixed period:
// the app uses the same 30 days. Processing against the person's express will (withdrawn consent, objection
// to direct marketing) breaches personality rights (Art. 30(2)(b)): act on receipt.
import { addDays, holidayCalendar, rollToWorkingDay } from '../calendar'
import { msg, reading } from './dsarMessages'
import type { DsarDeadline, DsarMessage, DsarRuleInput } from './dsarTypes'
import { finish, isActAtOnce } from './monthRule'

export function fadpDeadline(input: DsarRuleInput): DsarDeadline {
  const { received, requestType } = input
  const period = addDays(received, 30)
  const messages: DsarMessage[] = []
  const common = { regime: input.regime, requestType, received, clockStart: received, calendar: 'none', rolledOver: [] }
  const readings = [reading('Q15', period, rollToWorkingDay(period, holidayCalendar('CH')).date)]
  const noPause =
    input.idReceived || input.feeReceived || input.pauses.length
      ? [msg('explain.noPauseOther', { regime: 'fadp', law: 'FADP Art. 25(7)' })]
      : []
  if (requestType === 'access') messages.push(msg('explain.fadpAccess', { received, target: period }))
  if (isActAtOnce(requestType)) {
    const key = requestType === 'withdraw-consent' ? 'explain.actAtOnceConsent' : 'explain.actAtOnceMarketing'
    messages.push(msg(key, { received, due: period, law: 'FADP Art. 30(2)(b)' }), msg('explain.fadpOther', { due: period }), ...noPause)
    return finish({ ...common, target: received, due: period }, messages, readings)
  }
  if (requestType !== 'access') messages.push(msg('explain.fadpOther', { due: period }))
  messages.push(msg('explain.fadpNotice', { noticeBy: period }))
  const extended = input.extendedTo ? { extendedTarget: input.extendedTo, extendedDue: input.extendedTo } : {}
  if (input.extendedTo) messages.push(msg('explain.fadpExtendedTo', { extendedTarget: input.extendedTo }))
  return finish({ ...common, target: period, due: period, extensionNoticeBy: period, ...extended }, [...messages, ...noPause], readings)
}
