import { translator } from '../../../../shared/i18n/translate'
import type {
  DsarCase,
  DsarCaseView,
  DsarClock,
  DsarNote,
  DsarTimelineItem,
} from '../../../../shared/domain/dsar/views'
import { addMonthsClamp, localDateOf } from '../../../../shared/rules/calendar'
import { longDate } from '../../../../shared/rules/dsar'
import { nextStatuses } from '../../../../shared/rules/dsar/statusFlow'
import { localeFor } from '../../../../shared/format/dateTime'
import { OPEN_STATUSES } from '../../../../shared/domain/dsar/enums'

// What the case page shows besides the stored case: the history in date order, the next steps in plain
// words (in the workspace language) and what may happen next. Dates come from the clock (caseClock.ts).

export function retentionOf(c: DsarCase, months: number, today: string): DsarCaseView['retention'] {
  const endsOn = c.closedOn ? addMonthsClamp(c.closedOn, months) : null
  return {
    months,
    endsOn,
    purgeable: c.status === 'closed' && !c.purgedAt && endsOn !== null && today >= endsOn,
  }
}

export function timelineOf(c: DsarCase, clock: DsarClock, timeZone: string): DsarTimelineItem[] {
  const items: DsarTimelineItem[] = [
    { date: clock.receivedDate, at: c.receivedAt, kind: 'received', params: { channel: c.channel } },
  ]
  for (const h of c.statusHistory) {
    if (h.from === null) continue // the creation: shown as "received"
    const reply = (h.to === 'answered' || h.to === 'refused') && c.answeredOn
    items.push({
      date: reply ? (c.answeredOn as string) : localDateOf(h.at, timeZone),
      at: h.at,
      kind: 'status',
      params: { from: h.from, to: h.to, ...(h.reason ? { reason: h.reason } : {}) },
    })
  }
  for (const e of c.events)
    items.push({
      date: e.on,
      at: e.createdAt,
      kind: `event.${e.kind}`,
      params: e.reason ? { reason: e.reason } : {},
    })
  if (c.identity.checkedOn)
    items.push({
      date: c.identity.checkedOn,
      kind: 'identity',
      params: { status: c.identity.status, ...(c.identity.method ? { method: c.identity.method } : {}) },
    })
  if (c.art125.warnedOn)
    items.push({
      date: c.art125.warnedOn,
      kind: 'art125Warned',
      params: c.art125.fee ? { fee: c.art125.fee } : {},
    })
  if (c.extension)
    items.push({
      date: c.extension.on,
      kind: 'extension',
      params: { due: clock.due, ...(c.extension.reason ? { reason: c.extension.reason } : {}) },
    })
  for (const s of c.searches)
    if (s.searchedOn)
      items.push({
        date: s.searchedOn,
        kind: 'search',
        params: {
          result: s.result,
          ...(s.systemName ? { system: s.systemName } : {}),
          ...(s.searchedBy ? { by: s.searchedBy } : {}),
        },
      })
  for (const d of c.decisions)
    items.push({
      date: d.decidedOn,
      kind: 'decision',
      params: { type: d.type, outcome: d.outcome, ...(d.ground ? { ground: d.ground } : {}) },
    })
  for (const l of c.letters)
    items.push({ date: l.date, at: l.createdAt, kind: 'letter', params: { letter: l.kind, lang: l.lang } })
  for (const a of c.attachments)
    items.push({
      date: localDateOf(a.addedAt, timeZone),
      at: a.addedAt,
      kind: 'attachment',
      params: a.fileName ? { file: a.fileName } : {},
    })
  if (c.closedOn && !c.statusHistory.some((h) => h.to === 'closed'))
    items.push({ date: c.closedOn, kind: 'closed', params: {} })
  if (c.purgedAt)
    items.push({ date: localDateOf(c.purgedAt, timeZone), at: c.purgedAt, kind: 'purged', params: {} })
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        a.item.date.localeCompare(b.item.date) ||
        (a.item.at ?? '').localeCompare(b.item.at ?? '') ||
        a.i - b.i,
    )
    .map(({ item }) => item)
}

/** "What to do now", most urgent first, with parameters already in words for the workspace language. */
export function nextStepsOf(
  c: DsarCase,
  clock: DsarClock,
  retention: DsarCaseView['retention'],
  lang: string,
): DsarNote[] {
  const t = translator(lang, 'dsar')
  const day = (d: string) => longDate(d, localeFor(lang))
  const steps: DsarNote[] = []
  const add = (key: string, params: DsarNote['params'] = {}) => steps.push({ key: `next.${key}`, params })
  if (c.purgedAt) return [{ key: 'next.purged', params: {} }]
  if (c.status === 'closed') {
    if (retention.purgeable) add('purge', { endsOn: day(retention.endsOn as string) })
    else if (retention.endsOn) add('keep', { endsOn: day(retention.endsOn) })
    return steps
  }
  if (!OPEN_STATUSES.includes(c.status)) {
    add('close')
    return steps
  }
  if (clock.overdue) add('overdue', { due: day(clock.due) })
  if (clock.waiting) add(`waiting.${clock.waiting.kind}`, { since: day(clock.waiting.since) })
  if (c.identity.status === 'not_started')
    add(clock.keepsRunning ? 'verifyIdentityRunning' : 'verifyIdentityUk')
  else if (c.identity.status === 'requested') add('identityPending')
  if (!c.letters.some((l) => l.kind === 'acknowledgment'))
    add(
      clock.acknowledgeBy ? 'acknowledgeBy' : 'acknowledge',
      clock.acknowledgeBy ? { by: day(clock.acknowledgeBy) } : {},
    )
  if (c.art125.handling === 'fee' && !c.events.some((e) => e.kind === 'fee_requested')) add('feeWarn')
  const pending = c.searches.filter((s) => s.result === 'pending').length
  if (c.searches.length === 0) add('addSearches')
  else if (pending) add('search', { count: pending })
  const undecided = c.requestTypes.filter((type) => !c.decisions.some((d) => d.type === type))
  if (undecided.length) add('decide', { types: undecided.map((type) => t(`types.${type}`)).join(', ') })
  else
    add(c.decisions.every((d) => d.outcome === 'refused') ? 'sendRefusal' : 'sendAnswer', {
      due: day(clock.due),
    })
  if (clock.canExtend && clock.extensionNoticeBy)
    add('extendIfNeeded', { noticeBy: day(clock.extensionNoticeBy) })
  return steps
}

export function buildCaseView(
  c: DsarCase,
  clock: DsarClock,
  retentionMonths: number,
  timeZone: string,
  lang: string,
): DsarCaseView {
  const retention = retentionOf(c, retentionMonths, clock.today)
  return {
    case: c,
    clock,
    timeline: timelineOf(c, clock, timeZone),
    nextSteps: nextStepsOf(c, clock, retention, lang),
    allowedTransitions: c.purgedAt ? [] : [...nextStatuses(c.status)],
    retention,
  }
}
