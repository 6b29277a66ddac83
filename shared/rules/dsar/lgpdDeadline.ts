// Brazil LGPD (Lei 13.709/2018), REFERENCE.md §3.4 and §8 Q14: confirmation/access, Art. 19 I (simplified
// format: at once) and II (clear and complete declaration "no prazo de até 15 (quinze) dias, contado da data
// do requerimento") -> target = due = received + 15 calendar days, no weekend/holiday move (Art. 19 II does
// not say "dias úteis"; calendar days give the earlier date). No extension in the law (ANPD may set sector
// rules, Art. 19 §4). Other Art. 18 rights follow regulation (Art. 18 §5): the app uses the same 15 days.
// Revocation of consent (Art. 8 §5) and opposition to direct marketing (Art. 18 §2): act on receipt.
import { addBusinessDays, addDays, holidayCalendar } from '../calendar'
import { msg, reading } from './dsarMessages'
import type { DsarDeadline, DsarMessage, DsarRuleInput } from './dsarTypes'
import { finish, isActAtOnce } from './monthRule'

export function lgpdDeadline(input: DsarRuleInput): DsarDeadline {
  const { received, requestType } = input
  const period = addDays(received, 15)
  const messages: DsarMessage[] = []
  let target = period
  if (requestType === 'access') messages.push(msg('explain.lgpdAccess', { received, target: period }))
  else if (isActAtOnce(requestType)) {
    target = received
    const key = requestType === 'withdraw-consent' ? 'explain.actAtOnceConsent' : 'explain.actAtOnceMarketing'
    const law = requestType === 'withdraw-consent' ? 'LGPD Art. 8 §5' : 'LGPD Art. 18 §2'
    messages.push(msg(key, { received, due: period, law }))
  }
  if (requestType !== 'access') messages.push(msg('explain.lgpdOther', { due: period }))
  if (input.idReceived || input.feeReceived || input.pauses.length)
    messages.push(msg('explain.noPauseOther', { regime: 'lgpd', law: 'LGPD Art. 19' }))
  const readings = [reading('Q14', period, addBusinessDays(received, 15, holidayCalendar('BR')))]
  return finish(
    { regime: input.regime, requestType, received, clockStart: received, target, due: period, calendar: 'none', rolledOver: [] },
    messages,
    readings,
  )
}
