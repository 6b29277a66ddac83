import { toEntry, verifyAudit } from '../../audit/auditLog'
import { CoreError } from '../../errors'
import { all, qb } from '../../store/queryBuilder'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../../services/profileService'
import { getCaseView, listRows } from '../../services/dsar/caseService'
import { letterPdf } from '../../services/dsar/letterService'
import { caseRow } from '../../repositories/dsar/caseRepo'
import { localDateOf } from '../../../../shared/rules/calendar'
import type { AuditEntry } from '../../../../shared/domain/audit'
import { registerReport } from '../registry'
import { renderPdf } from '../pdfEngine'
import { buildClosingPack } from './closingPack'
import { buildRegisterReport } from './dsarRegisterReport'

// The DSAR report types (DSAR_REPORTS): "dsar" the register, "dsar-case" a case's closing pack,
// "dsar-letter" one letter as it was made (caseId = the letter's number).

/** The audit entries about one case, oldest first, with the redactions that erased their details. */
export function caseAudit(ws: Workspace, caseId: string): AuditEntry[] {
  return ws.read((db) => {
    const rows = all(
      db,
      qb
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', 'in', ['dsar', 'attachment'])
        .where((eb) => eb.or([eb('entity_id', '=', caseId), eb('entity_id', 'like', `${caseId}/%`)]))
        .orderBy('id'),
    ).filter((r) => r.entity_id === caseId || r.entity_id.startsWith(`${caseId}/`))
    const ids = rows.map((r) => r.id)
    const redactions = new Map<number, string>()
    if (ids.length)
      for (const r of all(
        db,
        qb.selectFrom('audit_log').select(['redacts', 'at']).where('redacts', 'in', ids),
      ))
        if (r.redacts !== null) redactions.set(r.redacts, r.at)
    return rows.map((r) => ({ ...toEntry(r), redactedAt: redactions.get(r.id) ?? null }))
  })
}

const requireCase = (caseId: string | undefined): string => {
  if (!caseId)
    throw new CoreError('VALIDATION', 'dsarUi:errors.caseRequired', {}, { caseId: 'validation.required' })
  return caseId
}

registerReport('dsar-case', async (ws, ctx) => {
  const id = requireCase(ctx.caseId)
  const view = getCaseView(ws, id)
  return renderPdf(
    buildClosingPack(
      {
        view,
        profile: readProfile(ws),
        audit: caseAudit(ws, id),
        workspaceId: ws.id,
        auditHeadHash: ws.read(verifyAudit).headHash,
        generatedAt: ws.now().toISOString(),
        appVersion: ctx.appVersion,
      },
      ctx.lang,
    ),
    ctx.fontsDir,
  )
})

registerReport('dsar', async (ws, ctx) => {
  const profile = readProfile(ws)
  const rows = listRows(ws).map((row) => ({
    row,
    receivedDate: localDateOf(row.receivedAt, profile.timeZone),
    case: { answeredOn: ws.read((db) => caseRow(db, row.id)?.answered_on ?? null) },
  }))
  return renderPdf(
    buildRegisterReport(
      {
        profile,
        rows,
        workspaceId: ws.id,
        auditHeadHash: ws.read(verifyAudit).headHash,
        generatedAt: ws.now().toISOString(),
        appVersion: ctx.appVersion,
      },
      ctx.lang,
    ),
    ctx.fontsDir,
  )
})

registerReport('dsar-letter', async (ws, ctx) => {
  const id = Number(requireCase(ctx.caseId))
  if (!Number.isInteger(id) || id < 1)
    throw new CoreError('NOT_FOUND', 'dsarUi:errors.letterNotFound', { id: ctx.caseId })
  return letterPdf(ws, id)
})
