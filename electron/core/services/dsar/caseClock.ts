import type { DsarCase, DsarClock, DsarNote } from '../../../../shared/domain/dsar/views'
import { daysBetween, localDateOf, maxDate } from '../../../../shared/rules/calendar'
import {
  checkDsarInput,
  computeDsarDeadline,
  renderDsarMessage,
  type ClarificationPause,
  type DsarDeadline,
  type DsarMessage,
} from '../../../../shared/rules/dsar'
import { canBeExtended } from '../../../../shared/rules/dsar/statusFlow'
import { defaultCalendarCountry } from '../../../../shared/rules/dsar/suggestRegime'
import { OPEN_STATUSES, type DsarEventKind } from '../../../../shared/domain/dsar/enums'
import { CoreError } from '../../errors'

// A case's clock, computed on every read from the stored facts (receipt instant, event days, extension)
// through shared/rules/dsar: nothing is counted down in memory, so restarts and clock changes lose nothing.

export interface ClockContext {
  timeZone: string
  /** The organisation's country (default GDPR holiday calendar, REFERENCE §8 Q7). */
  orgCountry: string
  now: Date
}

type Waiting = NonNullable<DsarClock['waiting']>

export interface EventFacts {
  idReceived?: string
  feeReceived?: string
  pauses: ClarificationPause[]
  openPause?: string
  /** The last unanswered request for identity information / a fee, if any. */
  idWaiting?: string
  feeWaiting?: string
}

/** Reads the events in day order: the latest arrival of ID/fee, clarification pauses, what is still awaited. */
export function eventFacts(events: DsarCase['events']): EventFacts {
  const sorted = [...events].sort((a, b) => (a.on === b.on ? a.id - b.id : a.on < b.on ? -1 : 1))
  const facts: EventFacts = { pauses: [] }
  const last: Partial<Record<DsarEventKind, string>> = {}
  for (const e of sorted) {
    last[e.kind] = e.on
    switch (e.kind) {
      case 'id_requested':
        facts.idWaiting = e.on
        break
      case 'id_received':
        facts.idReceived = e.on
        facts.idWaiting = undefined
        break
      case 'fee_requested':
        facts.feeWaiting = e.on
        break
      case 'fee_received':
        facts.feeReceived = e.on
        facts.feeWaiting = undefined
        break
      case 'clarification_requested':
        facts.openPause ??= e.on
        break
      case 'clarification_received':
        if (facts.openPause) facts.pauses.push({ requestedAt: facts.openPause, receivedAt: e.on })
        facts.openPause = undefined
        break
    }
  }
  return facts
}

/** The kind of reply the case last recorded (answered or refused), from its status history. */
export function replyKind(c: DsarCase): 'answered' | 'refused' | 'withdrawn' | null {
  for (let i = c.statusHistory.length - 1; i >= 0; i--) {
    const to = c.statusHistory[i].to
    if (to === 'answered' || to === 'refused' || to === 'withdrawn') return to
  }
  return null
}

const note = (key: string, params: DsarNote['params'] = {}): DsarNote => ({ key, params })

/**
 * The rule is given "today" for a UK wait that has not ended; its sentences would say the ID, fee or answer
 * arrived today. Say instead that it is awaited and that the date assumes it arrives today.
 */
export function markAwaited(
  messages: DsarMessage[],
  facts: EventFacts,
  provisionalTo: string,
): DsarMessage[] {
  return messages.map((m) => {
    if (m.key === 'explain.ukIdReceived' && facts.idWaiting)
      return { key: 'explain.ukIdAwaited', params: { ...m.params, since: facts.idWaiting } }
    if (m.key === 'explain.ukFeeReceived' && facts.feeWaiting)
      return { key: 'explain.ukFeeAwaited', params: { ...m.params, since: facts.feeWaiting } }
    if (
      m.key === 'explain.ukPause' &&
      facts.openPause &&
      m.params.to === provisionalTo &&
      String(m.params.from) >= facts.openPause
    )
      return { key: 'explain.ukPauseOpen', params: m.params }
    return m
  })
}

export function computeCaseClock(c: DsarCase, ctx: ClockContext): DsarClock {
  const receivedDate = localDateOf(c.receivedAt, ctx.timeZone)
  const today = localDateOf(ctx.now, ctx.timeZone)
  const open = OPEN_STATUSES.includes(c.status)
  // A pending wait is measured up to the reply (or today while the case is open).
  const asOf = open ? today : (c.answeredOn ?? c.closedOn ?? today)
  const facts = eventFacts(c.events)
  const uk = c.regime === 'uk'
  let waiting: Waiting | undefined
  let idReceived = facts.idReceived
  let feeReceived = facts.feeReceived
  const pauses = [...facts.pauses]
  if (uk) {
    // UK GDPR Art. 12A: until the ID/fee arrives the period has not started, and an unanswered clarification
    // keeps it stopped; the dates shown assume the wait ends today (they move each day it goes on).
    if (facts.idWaiting) {
      idReceived = maxDate(asOf, facts.idWaiting)
      waiting = { kind: 'identity', since: facts.idWaiting }
    }
    if (facts.feeWaiting) {
      feeReceived = maxDate(asOf, facts.feeWaiting)
      waiting ??= { kind: 'fee', since: facts.feeWaiting }
    }
    if (facts.openPause) {
      pauses.push({ requestedAt: facts.openPause, receivedAt: maxDate(asOf, facts.openPause) })
      waiting ??= { kind: 'clarification', since: facts.openPause }
    }
  }
  const country =
    c.country ?? defaultCalendarCountry(c.regime, ctx.orgCountry, c.requesterCountry ?? undefined)
  const perType: DsarDeadline[] = c.requestTypes.map((requestType) => {
    const checked = checkDsarInput({
      regime: c.regime,
      received: receivedDate,
      requestType,
      country,
      idReceived,
      feeReceived,
      pauses,
      extendedTo: c.regime === 'fadp' ? (c.extension?.extendedTo ?? undefined) : undefined,
    })
    if (!checked.ok)
      throw new CoreError('INTERNAL', 'errors.internal', {
        detail: `the stored facts of ${c.id} do not make a valid deadline input (${checked.issues.map((i) => `${i.field}: ${i.message}`).join('; ')})`,
      })
    return computeDsarDeadline(checked.input)
  })

  const effective = (d: DsarDeadline) =>
    c.extension && d.extendedTarget && d.extendedDue
      ? { target: d.extendedTarget, due: d.extendedDue }
      : { target: d.target, due: d.due }
  const main = perType.reduce((best, d) => {
    const a = effective(d)
    const b = effective(best)
    return a.due < b.due || (a.due === b.due && a.target < b.target) ? d : best
  })
  const { target, due } = effective(main)
  const extendable = perType.filter((d) => d.extensionNoticeBy)
  const noticeBy = extendable.length
    ? extendable.map((d) => d.extensionNoticeBy as string).sort()[0]
    : undefined

  let extendBlocked: DsarNote | undefined
  if (c.extension) extendBlocked = note('extendBlocked.already', { on: c.extension.on })
  else if (!canBeExtended(c.status)) extendBlocked = note('extendBlocked.status', { status: c.status })
  else if (!noticeBy) extendBlocked = note('extendBlocked.regime', { regime: c.regime })
  else if (today > noticeBy) extendBlocked = note('extendBlocked.late', { noticeBy })

  const messages =
    uk && waiting ? markAwaited(main.messages, facts, maxDate(asOf, facts.openPause ?? asOf)) : main.messages
  const reply = replyKind(c)
  let onTime: boolean | null = null
  if (c.answeredOn && (reply === 'answered' || reply === 'refused')) {
    const limit = reply === 'refused' ? (main.refusalNoticeBy ?? due) : due
    onTime = c.answeredOn <= limit
  }

  return {
    calendar: main.calendar,
    receivedDate,
    today,
    perType,
    mainType: main.requestType,
    target,
    due,
    firstTarget: main.target,
    firstDue: main.due,
    extended: !!c.extension,
    ...(main.extendedTarget ? { extendedTarget: main.extendedTarget } : {}),
    ...(main.extendedDue ? { extendedDue: main.extendedDue } : {}),
    ...(noticeBy ? { extensionNoticeBy: noticeBy } : {}),
    ...(main.refusalNoticeBy ? { refusalNoticeBy: main.refusalNoticeBy } : {}),
    ...(main.acknowledgeBy ? { acknowledgeBy: main.acknowledgeBy } : {}),
    ...(main.unpausedTarget ? { unpausedTarget: main.unpausedTarget } : {}),
    ...(main.unpausedDue ? { unpausedDue: main.unpausedDue } : {}),
    ...(main.pausedDays !== undefined ? { pausedDays: main.pausedDays } : {}),
    daysLeft: daysBetween(today, due),
    overdue: open && today > due,
    canExtend: !extendBlocked,
    ...(extendBlocked ? { extendBlocked } : {}),
    ...(waiting ? { waiting } : {}),
    pauses: [
      ...facts.pauses.map((p) => ({ from: p.requestedAt, to: p.receivedAt, open: false })),
      ...(facts.openPause ? [{ from: facts.openPause, to: null, open: true }] : []),
    ],
    keepsRunning: !uk,
    onTime,
    messages,
    explanation: messages.map((m) => renderDsarMessage(m)),
    readings: main.readings,
  }
}
