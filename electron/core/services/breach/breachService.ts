import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import {
  BreachInputSchema,
  BreachSetStatusSchema,
  BreachUpdateSchema,
  type BreachFields,
  type BreachRecord,
} from '../../../../shared/domain/breach/incident'
import {
  ActionInputSchema,
  AssessmentInputSchema,
  ChecklistInputSchema,
  DecisionInputSchema,
  DelayReasonInputSchema,
  NotificationInputSchema,
  ProposalPreviewInputSchema,
  type Assessment,
  type BreachAction,
  type BreachNotification,
  type Decision,
  type Proposal,
} from '../../../../shared/domain/breach/response'
import { findAuthority } from '../../../../shared/reference/authorities'
import { localDateOf, utcSeconds } from '../../../../shared/rules/calendar'
import { enisaSeverity, proposeRisk, type EnisaSeverity } from '../../../../shared/rules/breach'
import { CoreError } from '../../errors'
import { insertBreach, nextRef, updateBreachRow } from '../../repositories/breach/breachRepo'
import { activityExists } from '../../repositories/register/activityRepo'
import { vendorExists } from '../../repositories/register/vendorRepo'
import {
  insertAction,
  insertAssessment,
  insertDecision,
  insertNotification,
  listAssessments,
  listDecisions,
  listDelayReasons,
  listNotifications,
  setChecklistRow,
  upsertDelayReason,
} from '../../repositories/breach/responseRepo'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../profileService'
import { breachClocksFor } from './breachClocksFor'
import { requireBreach } from './breachView'

// Writes of the breach module: validate with zod, check what needs the clock or the database, then write
// the change and its audit row in one transaction (ws.write). Bad input changes nothing.

/** Clocks on different machines disagree a little; more than this in the future is a typing mistake. */
const FUTURE_TOLERANCE_MS = 60_000

function notInFuture(ws: Workspace, fields: Record<string, string | undefined>): void {
  const limit = ws.now().getTime() + FUTURE_TOLERANCE_MS
  const bad = Object.entries(fields).filter(([, v]) => v !== undefined && new Date(v).getTime() > limit)
  if (bad.length)
    throw new CoreError(
      'VALIDATION',
      'breach:errors.inFuture',
      { fields: bad.map(([k]) => k).join(', ') },
      Object.fromEntries(bad.map(([k]) => [k, 'breach:validation.inFuture'])),
    )
}

const utc = (s: string | undefined) => (s ? utcSeconds(s) : undefined)

/** Instants stored as UTC 'YYYY-MM-DDTHH:MM:SSZ' whatever offset they were typed with. */
function normalise(f: BreachFields): BreachFields {
  return {
    ...f,
    discoveredAt: utcSeconds(f.discoveredAt),
    awareAt: utcSeconds(f.awareAt),
    processorAwareAt: utc(f.processorAwareAt),
    startedAt: utc(f.startedAt),
    endedAt: utc(f.endedAt),
    flags: { ...f.flags, doraClassifiedAt: utc(f.flags.doraClassifiedAt) },
  }
}

function checkTimes(ws: Workspace, f: BreachFields): void {
  notInFuture(ws, {
    discoveredAt: f.discoveredAt,
    awareAt: f.awareAt,
    processorAwareAt: f.processorAwareAt,
    startedAt: f.startedAt,
    endedAt: f.endedAt,
    'flags.doraClassifiedAt': f.flags.doraClassifiedAt,
  })
}

/**
 * Every activity and vendor a breach names must be in the register (the links are foreign keys): an id
 * that is not (a stale screen, a hand-made payload) is refused by name, before anything is written.
 */
function checkLinks(db: Database.Database, f: Pick<BreachFields, 'activityIds' | 'vendorIds'>): void {
  const activities = f.activityIds.filter((id) => !activityExists(db, id))
  const vendors = f.vendorIds.filter((id) => !vendorExists(db, id))
  if (activities.length + vendors.length === 0) return
  const fields: Record<string, string> = {}
  if (activities.length) fields.activityIds = 'breach:validation.unknownActivity'
  if (vendors.length) fields.vendorIds = 'breach:validation.unknownVendor'
  throw new CoreError('VALIDATION', 'breach:errors.unknownLinks', { ids: [...activities, ...vendors].join(', ') }, fields)
}

export function createBreach(ws: Workspace, raw: unknown): BreachRecord {
  const input = BreachInputSchema.parse(raw)
  const { drill, ...rest } = input
  const fields = normalise(rest)
  checkTimes(ws, fields)
  const now = utcSeconds(ws.now())
  const tz = readProfile(ws).timeZone
  return ws.write((db) => {
    checkLinks(db, fields)
    const record: BreachRecord = {
      ...fields,
      id: randomUUID(),
      ref: nextRef(db, localDateOf(fields.awareAt, tz).slice(0, 4), drill),
      drill,
      status: 'open',
      createdAt: now,
      updatedAt: now,
    }
    insertBreach(db, record)
    return { result: record, audit: [{ entity: 'breach', entityId: record.id, action: 'create', after: record }] }
  })
}

export function updateBreach(ws: Workspace, raw: unknown): BreachRecord {
  const { id, ...rest } = BreachUpdateSchema.parse(raw)
  const fields = normalise(rest)
  checkTimes(ws, fields)
  return ws.write((db) => {
    const before = requireBreach(db, id)
    checkLinks(db, fields)
    const after: BreachRecord = {
      ...fields,
      id,
      ref: before.ref,
      drill: before.drill,
      status: before.status,
      closedAt: before.closedAt,
      closeNote: before.closeNote,
      createdAt: before.createdAt,
      updatedAt: utcSeconds(ws.now()),
    }
    const { updatedAt: _a, ...b1 } = before
    const { updatedAt: _b, ...a1 } = after
    if (JSON.stringify(b1) === JSON.stringify(a1)) return { result: before, audit: [] }
    updateBreachRow(db, after)
    return { result: after, audit: [{ entity: 'breach', entityId: id, action: 'update', before, after }] }
  })
}

export function setBreachStatus(ws: Workspace, raw: unknown): BreachRecord {
  const { id, status, note, at } = BreachSetStatusSchema.parse(raw)
  const closedAt = at ? utcSeconds(at) : utcSeconds(ws.now())
  notInFuture(ws, { at: closedAt })
  return ws.write((db) => {
    const before = requireBreach(db, id)
    if (before.status === status) return { result: before, audit: [] }
    const after: BreachRecord = {
      ...before,
      status,
      closedAt: status === 'closed' ? closedAt : undefined,
      closeNote: status === 'closed' ? note : undefined,
      updatedAt: utcSeconds(ws.now()),
    }
    updateBreachRow(db, after)
    return { result: after, audit: [{ entity: 'breach', entityId: id, action: 'update', before: { status: before.status }, after: { status, note } }] }
  })
}

export function addAction(ws: Workspace, raw: unknown): BreachAction {
  const input = ActionInputSchema.parse(raw)
  const at = input.at ? utcSeconds(input.at) : utcSeconds(ws.now())
  notInFuture(ws, { at })
  return ws.write((db) => {
    requireBreach(db, input.breachId)
    const action: BreachAction = { id: randomUUID(), kind: input.kind, at, description: input.description, by: input.by }
    insertAction(db, input.breachId, action)
    return { result: action, audit: [{ entity: 'breach', entityId: input.breachId, action: 'update', after: { action } }] }
  })
}

function assess(raw: unknown): { severity: EnisaSeverity; proposal: Proposal } {
  const { enisa, answers, art34Exception } = ProposalPreviewInputSchema.parse(raw)
  const severity = enisaSeverity({
    data: enisa.data.map((d) => ({ type: d.type, adjustments: d.delta ? [{ delta: d.delta, reason: d.reason ?? '' }] : [] })),
    easeOfIdentification: enisa.easeOfIdentification,
    confidentiality: enisa.confidentiality,
    integrity: enisa.integrity,
    availability: enisa.availability,
    malicious: enisa.malicious,
    unintelligible: enisa.unintelligible,
  })
  const p = proposeRisk(severity, { answers, art34Exception })
  return {
    severity,
    proposal: {
      riskLevel: p.riskLevel,
      edpbLevel: p.edpb.level,
      enisaRisk: p.enisaRisk,
      proposeAuthority: p.proposeAuthority,
      proposeSubjects: p.proposeSubjects,
      writtenReasonRequiredToSkip: p.notification.authority.writtenReasonRequiredToSkip,
      explanation: `${p.explanation} ${p.edpb.explanation}`,
      explanationMessages: [...p.explanationMessages, p.edpb.explanationMessage],
    },
  }
}

/** The proposal for a draft assessment, saving nothing (the form shows it as the user answers). */
export const previewProposal = (raw: unknown) => assess(raw)

export function recordAssessment(ws: Workspace, raw: unknown): Assessment {
  const input = AssessmentInputSchema.parse(raw)
  const assessed = assess({ enisa: input.enisa, answers: input.answers, art34Exception: input.art34Exception })
  const severity = assessed.severity
  // The record keeps the English explanation as decided; the messages are only for showing the live proposal.
  const { explanationMessages: _messages, ...proposal } = assessed.proposal
  const assessedAt = input.assessedAt ? utcSeconds(input.assessedAt) : utcSeconds(ws.now())
  notInFuture(ws, { assessedAt })
  return ws.write((db) => {
    requireBreach(db, input.breachId)
    const a: Assessment = {
      id: randomUUID(),
      assessedAt,
      assessedBy: input.assessedBy,
      enisa: input.enisa,
      severity,
      answers: input.answers,
      art34Exception: input.art34Exception,
      proposal,
      notes: input.notes,
    }
    insertAssessment(db, input.breachId, a)
    return { result: a, audit: [{ entity: 'breach', entityId: input.breachId, action: 'update', after: { assessment: a } }] }
  })
}

const SUBJECTS_FOR_PROPOSAL = {
  communicate: 'communicate',
  public_communication: 'public_communication',
  exception: 'exception',
  not_proposed: 'not_required',
} as const

export function recordDecision(ws: Workspace, raw: unknown): Decision {
  const input = DecisionInputSchema.parse(raw)
  const decidedAt = input.decidedAt ? utcSeconds(input.decidedAt) : utcSeconds(ws.now())
  notInFuture(ws, { decidedAt })
  return ws.write((db) => {
    requireBreach(db, input.breachId)
    const assessments = listAssessments(db, input.breachId)
    const basis = input.assessmentId ? assessments.find((a) => a.id === input.assessmentId) : assessments[0]
    if (input.assessmentId && !basis)
      throw new CoreError('VALIDATION', 'breach:errors.unknownAssessment', {}, { assessmentId: 'breach:validation.unknownAssessment' })
    const p = basis?.proposal
    const d: Decision = {
      id: randomUUID(),
      assessmentId: basis?.id,
      riskLevel: input.riskLevel,
      notifyAuthority: input.notifyAuthority,
      authorityReason: input.authorityReason,
      subjects: input.subjects,
      art34Exception: input.subjects === 'public_communication' ? 'c' : input.art34Exception,
      subjectsReason: input.subjectsReason,
      decidedBy: input.decidedBy,
      decidedAt,
      reasoning: input.reasoning,
      followsProposal: p
        ? p.riskLevel === input.riskLevel &&
          p.proposeAuthority === input.notifyAuthority &&
          SUBJECTS_FOR_PROPOSAL[p.proposeSubjects] === input.subjects
        : undefined,
      recordedAt: utcSeconds(ws.now()),
    }
    insertDecision(db, input.breachId, d)
    return { result: d, audit: [{ entity: 'breach', entityId: input.breachId, action: 'update', after: { decision: d } }] }
  })
}

export function logNotification(ws: Workspace, actor: string, raw: unknown): BreachNotification {
  const input = NotificationInputSchema.parse(raw)
  const sentAt = utcSeconds(input.sentAt)
  notInFuture(ws, { sentAt })
  if (input.delayReason && !input.clockId)
    throw new CoreError('VALIDATION', 'breach:errors.delayReasonNeedsClock', {}, { clockId: 'breach:validation.delayReasonNeedsClock' })
  const profile = readProfile(ws)
  return ws.write((db) => {
    const b = requireBreach(db, input.breachId)
    const { clocks } = breachClocksFor(b, profile, ws.now(), {
      notifications: listNotifications(db, b.id),
      decision: listDecisions(db, b.id)[0],
      delayReasons: listDelayReasons(db, b.id),
    })
    const clock = input.clockId ? clocks.find((c) => c.clock.id === input.clockId) : undefined
    if (input.clockId && !clock)
      throw new CoreError('VALIDATION', 'breach:errors.unknownClock', { clockId: input.clockId }, { clockId: 'breach:validation.unknownClock' })
    // A safer-reading clock is met through its base clock's notification.
    const clockId = clock ? clock.satisfiedBy : undefined
    const authority = input.authorityCode ? findAuthority(input.authorityCode) : undefined
    const now = utcSeconds(ws.now())
    const n: BreachNotification = {
      id: randomUUID(),
      clockId,
      regime: input.regime ?? clock?.clock.regime,
      phase: input.phase,
      recipientKind: input.recipientKind,
      authorityCode: authority?.code,
      recipientName: input.recipientName ?? authority?.name ?? '',
      channel: input.channel,
      sentAt,
      reference: input.reference,
      content: input.content,
      recordedAt: now,
      recordedBy: actor,
    }
    insertNotification(db, b.id, n)
    if (input.delayReason && clockId)
      upsertDelayReason(db, b.id, { clockId, reason: input.delayReason, recordedAt: now, recordedBy: actor })
    return {
      result: n,
      audit: [{ entity: 'breach', entityId: b.id, action: 'update', after: { notification: n, delayReason: input.delayReason } }],
    }
  })
}

export function recordDelayReason(ws: Workspace, actor: string, raw: unknown): void {
  const input = DelayReasonInputSchema.parse(raw)
  const profile = readProfile(ws)
  ws.write((db) => {
    const b = requireBreach(db, input.breachId)
    const { clocks } = breachClocksFor(b, profile, ws.now(), {
      notifications: listNotifications(db, b.id),
      decision: listDecisions(db, b.id)[0],
      delayReasons: [],
    })
    if (!clocks.some((c) => c.clock.id === input.clockId))
      throw new CoreError('VALIDATION', 'breach:errors.unknownClock', { clockId: input.clockId }, { clockId: 'breach:validation.unknownClock' })
    const row = { clockId: input.clockId, reason: input.reason, recordedAt: utcSeconds(ws.now()), recordedBy: actor }
    upsertDelayReason(db, b.id, row)
    return { result: undefined, audit: [{ entity: 'breach', entityId: b.id, action: 'update', after: { delayReason: row } }] }
  })
}

export function setChecklistItem(ws: Workspace, actor: string, raw: unknown): void {
  const input = ChecklistInputSchema.parse(raw)
  ws.write((db) => {
    requireBreach(db, input.breachId)
    const row = input.done ? { item: input.item, doneAt: utcSeconds(ws.now()), doneBy: actor } : null
    setChecklistRow(db, input.breachId, input.item, row)
    return {
      result: undefined,
      audit: [{ entity: 'breach', entityId: input.breachId, action: 'update', after: { checklist: { item: input.item, done: input.done } } }],
    }
  })
}
