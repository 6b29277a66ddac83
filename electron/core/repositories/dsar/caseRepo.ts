import type Database from 'better-sqlite3'
import type { DsarCase } from '../../../../shared/domain/dsar/views'
import type { ActivityDependents } from '../../../../shared/domain/register/dependents'
import type { DsarCaseTable } from '../../store/tables/dsar'
import { all, first, qb, run } from '../../store/queryBuilder'

// Rows <-> the DsarCase shape of shared/domain/dsar/views.ts. Values were validated on the way in; the
// CHECK constraints of 004_dsar.ts guarantee the enums, so the casts below only name what SQL checked.

type C = DsarCase

export function caseRow(db: Database.Database, id: string): DsarCaseTable | undefined {
  return first(db, qb.selectFrom('dsar_case').selectAll().where('id', '=', id))
}

export const caseExists = (db: Database.Database, id: string): boolean => caseRow(db, id) !== undefined

export function caseTypes(db: Database.Database, id: string): C['requestTypes'] {
  return all(
    db,
    qb.selectFrom('dsar_case_type').select('type').where('case_id', '=', id).orderBy('position'),
  ).map((r) => r.type as C['requestTypes'][number])
}

export function loadCase(db: Database.Database, id: string): DsarCase | undefined {
  const r = caseRow(db, id)
  if (!r) return undefined
  const events = all(
    db,
    qb.selectFrom('dsar_event').selectAll().where('case_id', '=', id).orderBy('on_date').orderBy('id'),
  )
  const history = all(
    db,
    qb.selectFrom('dsar_status_change').selectAll().where('case_id', '=', id).orderBy('id'),
  )
  const decisions = all(
    db,
    qb
      .selectFrom('dsar_decision')
      .innerJoin('dsar_case_type', (j) =>
        j
          .onRef('dsar_case_type.case_id', '=', 'dsar_decision.case_id')
          .onRef('dsar_case_type.type', '=', 'dsar_decision.type'),
      )
      .selectAll('dsar_decision')
      .where('dsar_decision.case_id', '=', id)
      .orderBy('dsar_case_type.position'),
  )
  const searches = all(
    db,
    qb.selectFrom('dsar_search').selectAll().where('case_id', '=', id).orderBy('position'),
  )
  const attachments = all(
    db,
    qb.selectFrom('dsar_attachment').selectAll().where('case_id', '=', id).orderBy('id'),
  )
  const letters = all(db, qb.selectFrom('dsar_letter').selectAll().where('case_id', '=', id).orderBy('id'))
  return {
    id: r.id,
    requesterName: r.requester_name,
    requesterEmail: r.requester_email,
    requesterPhone: r.requester_phone,
    requesterAddress: r.requester_address,
    requesterCountry: r.requester_country,
    relationship: r.relationship as C['relationship'],
    channel: r.channel as C['channel'],
    receivedAt: r.received_at,
    regime: r.regime as C['regime'],
    country: r.country,
    requestTypes: caseTypes(db, id),
    description: r.description,
    notes: r.notes,
    status: r.status as C['status'],
    identity: {
      method: r.identity_method as C['identity']['method'],
      status: r.identity_status as C['identity']['status'],
      checkedOn: r.identity_checked_on,
      notes: r.identity_notes,
    },
    art125: {
      assessment: r.art125_assessment as C['art125']['assessment'],
      handling: r.art125_handling as C['art125']['handling'],
      reason: r.art125_reason,
      fee: r.art125_fee,
      warnedOn: r.art125_warned_on,
    },
    extension: r.extended_on
      ? { on: r.extended_on, reason: r.extension_reason, extendedTo: r.extended_to }
      : null,
    answeredOn: r.answered_on,
    lateReason: r.late_reason,
    closedOn: r.closed_on,
    purgedAt: r.purged_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind as C['events'][number]['kind'],
      on: e.on_date,
      reason: e.reason,
      createdAt: e.created_at,
    })),
    statusHistory: history.map((h) => ({
      id: h.id,
      from: h.from_status as C['status'] | null,
      to: h.to_status as C['status'],
      at: h.at,
      reason: h.reason,
    })),
    decisions: decisions.map((d) => ({
      type: d.type as C['requestTypes'][number],
      outcome: d.outcome as C['decisions'][number]['outcome'],
      ground: d.ground as C['decisions'][number]['ground'],
      reason: d.reason,
      decidedOn: d.decided_on,
    })),
    searches: searches.map((s) => ({
      id: s.id,
      systemName: s.system_name,
      registerSystemId: s.register_system_id,
      registerActivityId: s.register_activity_id,
      result: s.result as C['searches'][number]['result'],
      searchedBy: s.searched_by,
      searchedOn: s.searched_on,
      findings: s.findings,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.file_name,
      originalPath: a.original_path,
      mediaType: a.media_type,
      size: a.size,
      sha256: a.blob_sha256,
      note: a.note,
      addedAt: a.added_at,
    })),
    letters: letters.map((l) => ({
      id: l.id,
      kind: l.kind as C['letters'][number]['kind'],
      lang: l.lang as C['letters'][number]['lang'],
      date: l.letter_date,
      subject: l.subject,
      body: l.body,
      bytes: l.bytes,
      createdAt: l.created_at,
    })),
  }
}

export function allCaseIds(db: Database.Database): string[] {
  return all(
    db,
    qb.selectFrom('dsar_case').select('id').orderBy('received_at', 'desc').orderBy('id', 'desc'),
  ).map((r) => r.id)
}

/** The requests whose search log names this register activity, newest first (one row per request). */
export function casesSearchingActivity(
  db: Database.Database,
  activityId: string,
): ActivityDependents['requests'] {
  return all(
    db,
    qb
      .selectFrom('dsar_case as c')
      .select(['c.id', 'c.status'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('dsar_search as s')
            .select('s.id')
            .whereRef('s.case_id', '=', 'c.id')
            .where('s.register_activity_id', '=', activityId),
        ),
      )
      .orderBy('c.received_at', 'desc')
      .orderBy('c.id', 'desc'),
  ).map((r) => ({ id: r.id, status: r.status as C['status'] }))
}

/** The next free reference for the year of receipt: DSAR-2026-001, DSAR-2026-002, … */
export function nextCaseId(db: Database.Database, year: string): string {
  const prefix = `DSAR-${year}-`
  const used = all(db, qb.selectFrom('dsar_case').select('id').where('id', 'like', `${prefix}%`)).map((r) =>
    Number(r.id.slice(prefix.length)),
  )
  const n = Math.max(0, ...used.filter(Number.isFinite)) + 1
  return `${prefix}${String(n).padStart(3, '0')}`
}

export function insertCaseRow(db: Database.Database, row: DsarCaseTable): void {
  run(db, qb.insertInto('dsar_case').values(row))
}

export function updateCaseRow(
  db: Database.Database,
  id: string,
  set: Partial<Omit<DsarCaseTable, 'id'>>,
): void {
  run(db, qb.updateTable('dsar_case').set(set).where('id', '=', id))
}

/** Replaces the request types, keeping decisions of the types that stay (FK cascade drops the others). */
export function putCaseTypes(db: Database.Database, id: string, types: readonly string[]): void {
  const keep = new Set(types)
  const current = caseTypes(db, id)
  for (const t of current)
    if (!keep.has(t)) run(db, qb.deleteFrom('dsar_case_type').where('case_id', '=', id).where('type', '=', t))
  // Positions are unique per case: move the kept ones out of the way before renumbering.
  run(
    db,
    qb
      .updateTable('dsar_case_type')
      .set((eb) => ({ position: eb('position', '+', 1000) }))
      .where('case_id', '=', id),
  )
  types.forEach((t, position) => {
    if (current.includes(t as C['requestTypes'][number]))
      run(
        db,
        qb.updateTable('dsar_case_type').set({ position }).where('case_id', '=', id).where('type', '=', t),
      )
    else run(db, qb.insertInto('dsar_case_type').values({ case_id: id, position, type: t }))
  })
}

export function addStatusChange(
  db: Database.Database,
  caseId: string,
  from: string | null,
  to: string,
  at: string,
  reason: string | null,
): void {
  run(
    db,
    qb
      .insertInto('dsar_status_change')
      .values({ case_id: caseId, from_status: from, to_status: to, at, reason }),
  )
}
