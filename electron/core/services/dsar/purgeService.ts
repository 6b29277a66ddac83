import type Database from 'better-sqlite3'
import { DsarCaseRefSchema } from '../../../../shared/domain/dsar/inputs'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { redactAudit } from '../../audit/auditLog'
import { all, qb, run } from '../../store/queryBuilder'
import type { Workspace } from '../../store/workspace'
import { dropBlobIfUnused } from '../../repositories/dsar/blobRepo'
import { retentionOf } from './caseView'
import { getCaseView } from './caseService'
import { dsarContext, mustLoad } from './context'
import { refused } from './dsarErrors'
import { readSettings } from './settingsService'

// Storage limitation (Art. 5(1)(e)) applied to the app's own records: when a closed request's retention
// ends, its personal data are erased — names, contacts, free texts, letters, files, and the payloads of its
// audit entries (an audited redaction: the hash chain stays verifiable, DESIGN.md). The facts that prove
// the request was answered in time (dates, types, statuses, outcomes, grounds) are kept.

/** Audit entries about the case: its own ("<id>") and its records' ("<id>/…"). */
export function caseAuditIds(db: Database.Database, caseId: string): number[] {
  return all(
    db,
    qb
      .selectFrom('audit_log')
      .select(['id', 'entity_id'])
      .where((eb) => eb.or([eb('entity_id', '=', caseId), eb('entity_id', 'like', `${caseId}/%`)]))
      .where('entity', 'in', ['dsar', 'attachment'])
      .where('payload', 'is not', null)
      .orderBy('id'),
  )
    .filter((r) => r.entity_id === caseId || r.entity_id.startsWith(`${caseId}/`))
    .map((r) => r.id)
}

export function purgeCase(ws: Workspace, raw: unknown, actor: string): DsarCaseView {
  const { id } = DsarCaseRefSchema.parse(raw)
  ws.write((db) => {
    const ctx = dsarContext(db, ws.now())
    const c = mustLoad(db, id)
    if (c.purgedAt) throw refused('purged', { id })
    if (c.status !== 'closed') throw refused('purgeNotClosed', { id })
    const months = readSettings(db).closedRetentionMonths
    const retention = retentionOf(c, months, ctx.today)
    if (!retention.purgeable)
      throw refused('purgeTooEarly', { id, endsOn: retention.endsOn, closedOn: c.closedOn, months })

    // Redact first, so the purge's own entry (which holds no personal data) is not among them.
    const reason = `retention of closed request ${id} ended on ${retention.endsOn} (${months} months)`
    for (const auditId of caseAuditIds(db, id)) redactAudit(db, ctx.nowIso, actor, auditId, reason)

    const shas = [
      ...c.attachments.map((a) => a.sha256),
      ...all(db, qb.selectFrom('dsar_letter').select('blob_sha256').where('case_id', '=', id)).flatMap((r) =>
        r.blob_sha256 ? [r.blob_sha256] : [],
      ),
    ]
    run(db, qb.deleteFrom('dsar_attachment').where('case_id', '=', id))
    run(
      db,
      qb
        .updateTable('dsar_letter')
        .set({ subject: null, body: null, blob_sha256: null })
        .where('case_id', '=', id),
    )
    for (const sha of new Set(shas)) dropBlobIfUnused(db, sha)
    run(db, qb.updateTable('dsar_event').set({ reason: null }).where('case_id', '=', id))
    run(db, qb.updateTable('dsar_status_change').set({ reason: null }).where('case_id', '=', id))
    run(db, qb.updateTable('dsar_decision').set({ reason: null }).where('case_id', '=', id))
    run(
      db,
      qb.updateTable('dsar_search').set({ searched_by: null, findings: null }).where('case_id', '=', id),
    )
    run(
      db,
      qb
        .updateTable('dsar_case')
        .set({
          requester_name: null,
          requester_email: null,
          requester_phone: null,
          requester_address: null,
          description: null,
          notes: null,
          identity_notes: null,
          art125_reason: null,
          extension_reason: null,
          late_reason: null,
          purged_at: ctx.nowIso,
          updated_at: ctx.nowIso,
        })
        .where('id', '=', id),
    )
    return {
      result: null,
      audit: [
        {
          entity: 'dsar',
          entityId: id,
          action: 'redact',
          after: { purged: true, reason, attachments: c.attachments.length, letters: c.letters.length },
        },
      ],
    }
  })
  return getCaseView(ws, id)
}
