import type Database from 'better-sqlite3'
import type { BreachRecord } from '../../../../shared/domain/breach/incident'
import type { BreachDetail, BreachListItem, TimelineEvent } from '../../../../shared/domain/breach/views'
import type { OrganisationProfile } from '../../../../shared/domain/organisation'
import { findAuthority } from '../../../../shared/reference/authorities'
import { nextClock, overallClockStatus, type IncidentClock } from '../../../../shared/rules/breach'
import { CoreError } from '../../errors'
import { getBreachRecord, listBreachRecords } from '../../repositories/breach/breachRepo'
import {
  listActions,
  listAssessments,
  listChecklist,
  listDecisions,
  listDelayReasons,
  listNotifications,
} from '../../repositories/breach/responseRepo'
import { breachClocksFor } from './breachClocksFor'

// Read models of the breach module: the detail page, the list, and the facts reports print.

export function requireBreach(db: Database.Database, id: string): BreachRecord {
  const b = getBreachRecord(db, id)
  if (!b) throw new CoreError('NOT_FOUND', 'breach:errors.notFound', { id }, { id: 'breach:validation.unknownBreach' })
  return b
}

const nextOf = (clocks: IncidentClock[]): BreachDetail['nextClock'] => {
  const n = nextClock(clocks)
  return n
    ? { clockId: n.clock.id, regime: n.clock.regime, deadline: n.clock.deadline, status: n.status.status, legal: n.clock.isLegalPeriod }
    : null
}

/** The competent authority: the incident's choice, else the profile's lead authority (Art. 55-56). */
export function authorityFor(b: BreachRecord, profile: OrganisationProfile): BreachDetail['authority'] {
  const code = b.authorityCode ?? profile.leadAuthority
  const a = code ? findAuthority(code) : undefined
  return a ? { code: a.code, name: a.name, website: a.website } : null
}

function timeline(d: Omit<BreachDetail, 'timeline' | 'now' | 'timeZone'>): TimelineEvent[] {
  const b = d.breach
  const ev: TimelineEvent[] = [
    { at: b.discoveredAt, kind: 'discovered', text: b.discoveryHow },
    { at: b.awareAt, kind: 'aware', who: b.awareBy, text: b.awareReasoning },
  ]
  if (b.processorAwareAt) ev.push({ at: b.processorAwareAt, kind: 'processorAware' })
  if (b.startedAt) ev.push({ at: b.startedAt, kind: 'started' })
  if (b.endedAt) ev.push({ at: b.endedAt, kind: 'ended' })
  for (const a of d.actions) ev.push({ at: a.at, kind: 'action', text: a.description, who: a.by, refId: a.kind })
  for (const a of d.assessments) ev.push({ at: a.assessedAt, kind: 'assessment', who: a.assessedBy, refId: a.id, text: a.severity.level })
  for (const x of d.decisions) ev.push({ at: x.decidedAt, kind: 'decision', who: x.decidedBy, refId: x.id, text: x.reasoning })
  for (const n of d.notifications)
    ev.push({ at: n.sentAt, kind: 'notification', who: n.recordedBy, refId: n.phase, text: n.recipientName })
  for (const c of d.checklist) ev.push({ at: c.doneAt, kind: 'checklist', who: c.doneBy, refId: c.item })
  for (const r of d.delayReasons) ev.push({ at: r.recordedAt, kind: 'delayReason', who: r.recordedBy, refId: r.clockId, text: r.reason })
  if (b.closedAt) ev.push({ at: b.closedAt, kind: 'closed', text: b.closeNote })
  return ev.sort((x, y) => x.at.localeCompare(y.at))
}

export function breachDetail(db: Database.Database, profile: OrganisationProfile, now: Date, id: string): BreachDetail {
  const breach = requireBreach(db, id)
  const decisions = listDecisions(db, id)
  const notifications = listNotifications(db, id)
  const delayReasons = listDelayReasons(db, id)
  const { regimes, clocks } = breachClocksFor(breach, profile, now, { notifications, decision: decisions[0], delayReasons })
  const base = {
    breach,
    actions: listActions(db, id),
    assessments: listAssessments(db, id),
    decisions,
    notifications,
    delayReasons,
    checklist: listChecklist(db, id) as BreachDetail['checklist'],
    regimes,
    clocks,
    nextClock: nextOf(clocks),
    overallStatus: overallClockStatus(clocks),
    authority: authorityFor(breach, profile),
  }
  return { ...base, timeline: timeline(base), now: now.toISOString(), timeZone: profile.timeZone }
}

export function listItem(db: Database.Database, profile: OrganisationProfile, now: Date, b: BreachRecord): BreachListItem {
  const decisions = listDecisions(db, b.id)
  const notifications = listNotifications(db, b.id)
  const { clocks } = breachClocksFor(b, profile, now, { notifications, decision: decisions[0], delayReasons: listDelayReasons(db, b.id) })
  const latest = listAssessments(db, b.id)[0]
  const decision = decisions[0]
  const toAuthority = notifications.some((n) => n.recipientKind === 'supervisory_authority' || n.authorityCode)
  return {
    id: b.id,
    ref: b.ref,
    title: b.title,
    status: b.status,
    awareAt: b.awareAt,
    severity: latest?.severity.level ?? null,
    severityScore: latest?.severity.score ?? null,
    riskLevel: decision?.riskLevel ?? null,
    notification: !decision ? 'undecided' : !decision.notifyAuthority ? 'not_notified' : toAuthority ? 'notified' : 'to_notify',
    overallStatus: overallClockStatus(clocks),
    nextClock: nextOf(clocks),
  }
}

/** Real breaches only: drills are filtered out in SQL (drill = 0) and never reach this list. */
export function breachList(db: Database.Database, profile: OrganisationProfile, now: Date): BreachListItem[] {
  return listBreachRecords(db, { drill: false }).map((b) => listItem(db, profile, now, b))
}
