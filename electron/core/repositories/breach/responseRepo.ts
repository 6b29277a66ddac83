import type Database from 'better-sqlite3'
import type {
  Assessment,
  BreachAction,
  BreachNotification,
  Decision,
} from '../../../../shared/domain/breach/response'
import { RISK_QUESTIONS, type RiskAnswers } from '../../../../shared/rules/breach/riskAssessment'
import { all, qb, run } from '../../store/queryBuilder'

// Actions, assessments, decisions, notifications, reasons for delay and the checklist of one breach.

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v)
const int = (b: boolean) => (b ? 1 : 0)

// ---------- actions ----------
export function insertAction(db: Database.Database, breachId: string, a: BreachAction): void {
  run(
    db,
    qb.insertInto('breach_action').values({
      id: a.id,
      breach_id: breachId,
      kind: a.kind,
      at: a.at,
      description: a.description,
      by_name: a.by ?? null,
    }),
  )
}

export function listActions(db: Database.Database, breachId: string): BreachAction[] {
  return all(db, qb.selectFrom('breach_action').selectAll().where('breach_id', '=', breachId).orderBy('at').orderBy('id')).map(
    (r) => ({ id: r.id, kind: r.kind as BreachAction['kind'], at: r.at, description: r.description, by: opt(r.by_name) }),
  )
}

// ---------- assessments ----------
export function insertAssessment(db: Database.Database, breachId: string, a: Assessment): void {
  run(
    db,
    qb.insertInto('breach_assessment').values({
      id: a.id,
      breach_id: breachId,
      assessed_at: a.assessedAt,
      assessed_by: a.assessedBy,
      ease_of_identification: a.enisa.easeOfIdentification,
      confidentiality: a.enisa.confidentiality ?? 'none',
      integrity: a.enisa.integrity ?? 'none',
      availability: a.enisa.availability ?? 'none',
      malicious: int(!!a.enisa.malicious),
      unintelligible: int(!!a.enisa.unintelligible),
      art34_exception: a.art34Exception ?? null,
      dpc: a.severity.dpc,
      dpc_from: a.severity.dpcFrom,
      ei: a.severity.ei,
      cb: a.severity.cb,
      score: a.severity.score,
      level: a.severity.level,
      severity_explanation: a.severity.explanation,
      proposed_risk: a.proposal.riskLevel,
      edpb_level: a.proposal.edpbLevel,
      enisa_risk: a.proposal.enisaRisk,
      propose_authority: int(a.proposal.proposeAuthority),
      propose_subjects: a.proposal.proposeSubjects,
      reason_required_to_skip: int(a.proposal.writtenReasonRequiredToSkip),
      proposal_explanation: a.proposal.explanation,
      notes: a.notes ?? null,
    }),
  )
  a.enisa.data.forEach((d, position) =>
    run(
      db,
      qb.insertInto('breach_assessment_data').values({
        assessment_id: a.id,
        position,
        data_type: d.type,
        delta: d.delta ?? 0,
        reason: d.reason ?? null,
      }),
    ),
  )
  for (const q of RISK_QUESTIONS)
    run(db, qb.insertInto('breach_risk_answer').values({ assessment_id: a.id, question: q, answer: a.answers[q] }))
}

/** Newest first. */
export function listAssessments(db: Database.Database, breachId: string): Assessment[] {
  const rows = all(
    db,
    qb.selectFrom('breach_assessment').selectAll().where('breach_id', '=', breachId).orderBy('assessed_at', 'desc').orderBy('id', 'desc'),
  )
  return rows.map((r) => {
    const data = all(
      db,
      qb.selectFrom('breach_assessment_data').selectAll().where('assessment_id', '=', r.id).orderBy('position'),
    ).map((d) => ({ type: d.data_type as Assessment['enisa']['data'][number]['type'], delta: d.delta, reason: opt(d.reason) }))
    const answers = Object.fromEntries(
      all(db, qb.selectFrom('breach_risk_answer').selectAll().where('assessment_id', '=', r.id)).map((x) => [x.question, x.answer]),
    ) as RiskAnswers
    const a: Assessment = {
      id: r.id,
      assessedAt: r.assessed_at,
      assessedBy: r.assessed_by,
      enisa: {
        data,
        easeOfIdentification: r.ease_of_identification as Assessment['enisa']['easeOfIdentification'],
        confidentiality: r.confidentiality as Assessment['enisa']['confidentiality'],
        integrity: r.integrity as Assessment['enisa']['integrity'],
        availability: r.availability as Assessment['enisa']['availability'],
        malicious: r.malicious === 1,
        unintelligible: r.unintelligible === 1,
      },
      severity: {
        dpc: r.dpc,
        dpcFrom: r.dpc_from as Assessment['severity']['dpcFrom'],
        ei: r.ei,
        cb: r.cb,
        score: r.score,
        level: r.level as Assessment['severity']['level'],
        unintelligible: r.unintelligible === 1,
        explanation: r.severity_explanation,
      },
      answers,
      art34Exception: opt(r.art34_exception) as Assessment['art34Exception'],
      proposal: {
        riskLevel: r.proposed_risk as Assessment['proposal']['riskLevel'],
        edpbLevel: r.edpb_level as Assessment['proposal']['riskLevel'],
        enisaRisk: r.enisa_risk as Assessment['proposal']['riskLevel'],
        proposeAuthority: r.propose_authority === 1,
        proposeSubjects: r.propose_subjects as Assessment['proposal']['proposeSubjects'],
        writtenReasonRequiredToSkip: r.reason_required_to_skip === 1,
        explanation: r.proposal_explanation,
      },
      notes: opt(r.notes),
    }
    return a
  })
}

// ---------- decisions ----------
export function insertDecision(db: Database.Database, breachId: string, d: Decision): void {
  run(
    db,
    qb.insertInto('breach_decision').values({
      id: d.id,
      breach_id: breachId,
      assessment_id: d.assessmentId ?? null,
      risk_level: d.riskLevel,
      notify_authority: int(d.notifyAuthority),
      authority_reason: d.authorityReason ?? null,
      subjects: d.subjects,
      art34_exception: d.art34Exception ?? null,
      subjects_reason: d.subjectsReason ?? null,
      decided_by: d.decidedBy,
      decided_at: d.decidedAt,
      reasoning: d.reasoning,
      follows_proposal: d.followsProposal === undefined ? null : int(d.followsProposal),
      recorded_at: d.recordedAt,
    }),
  )
}

/** Newest first (by when recorded: a later record supersedes an earlier one). */
export function listDecisions(db: Database.Database, breachId: string): Decision[] {
  return all(
    db,
    qb.selectFrom('breach_decision').selectAll().where('breach_id', '=', breachId).orderBy('recorded_at', 'desc').orderBy('id', 'desc'),
  ).map((r) => ({
    id: r.id,
    assessmentId: opt(r.assessment_id),
    riskLevel: r.risk_level as Decision['riskLevel'],
    notifyAuthority: r.notify_authority === 1,
    authorityReason: opt(r.authority_reason),
    subjects: r.subjects as Decision['subjects'],
    art34Exception: opt(r.art34_exception) as Decision['art34Exception'],
    subjectsReason: opt(r.subjects_reason),
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    reasoning: r.reasoning,
    followsProposal: r.follows_proposal === null ? undefined : r.follows_proposal === 1,
    recordedAt: r.recorded_at,
  }))
}

// ---------- notifications ----------
export function insertNotification(db: Database.Database, breachId: string, n: BreachNotification): void {
  run(
    db,
    qb.insertInto('breach_notification').values({
      id: n.id,
      breach_id: breachId,
      clock_id: n.clockId ?? null,
      regime: n.regime ?? null,
      phase: n.phase,
      recipient_kind: n.recipientKind,
      authority_code: n.authorityCode ?? null,
      recipient_name: n.recipientName,
      channel: n.channel,
      sent_at: n.sentAt,
      reference: n.reference ?? null,
      content: n.content,
      recorded_at: n.recordedAt,
      recorded_by: n.recordedBy,
    }),
  )
}

export function listNotifications(db: Database.Database, breachId: string): BreachNotification[] {
  return all(
    db,
    qb.selectFrom('breach_notification').selectAll().where('breach_id', '=', breachId).orderBy('sent_at').orderBy('id'),
  ).map((r) => ({
    id: r.id,
    clockId: opt(r.clock_id),
    regime: opt(r.regime) as BreachNotification['regime'],
    phase: r.phase as BreachNotification['phase'],
    recipientKind: r.recipient_kind as BreachNotification['recipientKind'],
    authorityCode: opt(r.authority_code),
    recipientName: r.recipient_name,
    channel: r.channel as BreachNotification['channel'],
    sentAt: r.sent_at,
    reference: opt(r.reference),
    content: r.content,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  }))
}

// ---------- reasons for delay, checklist ----------
export interface DelayReasonRow {
  clockId: string
  reason: string
  recordedAt: string
  recordedBy: string
}

export function upsertDelayReason(db: Database.Database, breachId: string, r: DelayReasonRow): void {
  const row = { breach_id: breachId, clock_id: r.clockId, reason: r.reason, recorded_at: r.recordedAt, recorded_by: r.recordedBy }
  run(
    db,
    qb
      .insertInto('breach_delay_reason')
      .values(row)
      .onConflict((oc) => oc.columns(['breach_id', 'clock_id']).doUpdateSet({ reason: r.reason, recorded_at: r.recordedAt, recorded_by: r.recordedBy })),
  )
}

export function listDelayReasons(db: Database.Database, breachId: string): DelayReasonRow[] {
  return all(db, qb.selectFrom('breach_delay_reason').selectAll().where('breach_id', '=', breachId).orderBy('clock_id')).map((r) => ({
    clockId: r.clock_id,
    reason: r.reason,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  }))
}

export interface ChecklistRow {
  item: string
  doneAt: string
  doneBy: string
}

export function setChecklistRow(db: Database.Database, breachId: string, item: string, done: ChecklistRow | null): void {
  run(db, qb.deleteFrom('breach_checklist').where('breach_id', '=', breachId).where('item', '=', item))
  if (done) run(db, qb.insertInto('breach_checklist').values({ breach_id: breachId, item, done_at: done.doneAt, done_by: done.doneBy }))
}

export function listChecklist(db: Database.Database, breachId: string): ChecklistRow[] {
  return all(db, qb.selectFrom('breach_checklist').selectAll().where('breach_id', '=', breachId).orderBy('done_at')).map((r) => ({
    item: r.item,
    doneAt: r.done_at,
    doneBy: r.done_by,
  }))
}
