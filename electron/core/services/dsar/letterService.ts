import { DsarLetterInputSchema } from '../../../../shared/domain/dsar/inputs'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { getBlob, putBlob } from '../../repositories/dsar/blobRepo'
import { first, qb, run } from '../../store/queryBuilder'
import type { Workspace } from '../../store/workspace'
import { renderLetterPdf } from '../../reports/dsar/letterPdf'
import { readProfile } from '../profileService'
import { getCaseView } from './caseService'
import { clockOf, dateProblem, dsarContext, mustLoadLive } from './context'
import { fieldsError, refused } from './dsarErrors'
import {
  fillLetter,
  letterDay,
  letterValues,
  readTemplate,
  refusalValues,
  templatePath,
} from './letterTemplates'

// Letters (issue 5 item 4): filled from a template, printed to PDF and kept in the case (text and PDF),
// dated. The PDF is stored content-addressed beside the attachments, so the letter as sent can be
// produced again at any time (report type "dsar-letter").

export interface LetterDeps {
  resourcesDir: string
  fontsDir: string
}

export async function createLetter(
  ws: Workspace,
  raw: unknown,
  deps: LetterDeps,
): Promise<{ view: DsarCaseView; letterId: number }> {
  const input = DsarLetterInputSchema.parse(raw)
  const profile = readProfile(ws)
  const prepared = ws.read((db) => {
    const ctx = dsarContext(db, ws.now())
    const c = mustLoadLive(db, input.caseId)
    const clock = clockOf(c, ctx)
    const date = input.date ?? ctx.today
    const problem = dateProblem(date, clock.receivedDate, ctx.today)
    if (problem) throw fieldsError({ date: problem })
    const refusing = c.decisions.some((d) => d.outcome === 'refused' || d.outcome === 'partly_granted')
    if (input.kind === 'extension' && !c.extension) throw refused('letterNeedsExtension')
    if (input.kind === 'answer' && c.requestTypes.some((type) => !c.decisions.some((d) => d.type === type)))
      throw refused('letterNeedsDecisions')
    if (input.kind === 'refusal' && !refusing) throw refused('letterNeedsRefusal')
    let values = letterValues(c, clock, profile, input.lang, date)
    if (input.kind === 'refusal') values = refusalValues(values, c, profile, input.lang)
    // The clock sentence belongs where identity information is asked for, or where the UK clock waits.
    if (input.kind !== 'identity_request' && !(input.kind === 'acknowledgment' && clock.waiting))
      values = { ...values, clockNote: '' }
    const filled = fillLetter(
      readTemplate(deps.resourcesDir, input.lang, input.kind),
      values,
      templatePath(deps.resourcesDir, input.lang, input.kind),
    )
    const to = {
      name: c.requesterName ?? '',
      lines: [c.requesterAddress, c.requesterEmail].filter((x): x is string => !!x),
    }
    return { c, date, filled, to, nowIso: ctx.nowIso }
  })
  const pdf = await renderLetterPdf(
    {
      profile,
      lang: input.lang,
      reference: prepared.c.id,
      letterDate: prepared.date,
      letterDateText: letterDay(prepared.date, input.lang),
      to: prepared.to,
      subject: prepared.filled.subject,
      body: prepared.filled.body,
      createdAt: prepared.nowIso,
    },
    deps.fontsDir,
  )
  const letterId = ws.write((db) => {
    const ctx = dsarContext(db, ws.now())
    const c = mustLoadLive(db, input.caseId) // not erased meanwhile
    const sha = putBlob(db, pdf, ctx.nowIso)
    const row = {
      case_id: c.id,
      kind: input.kind,
      lang: input.lang,
      letter_date: prepared.date,
      subject: prepared.filled.subject,
      body: prepared.filled.body,
      blob_sha256: sha,
      bytes: pdf.length,
      created_at: ctx.nowIso,
    }
    const id = Number(run(db, qb.insertInto('dsar_letter').values(row)).lastInsertRowid)
    run(db, qb.updateTable('dsar_case').set({ updated_at: ctx.nowIso }).where('id', '=', c.id))
    const { case_id: _c, body: _b, ...after } = row
    return {
      result: id,
      audit: [{ entity: 'dsar', entityId: `${c.id}/letter/${id}`, action: 'create', after }],
    }
  })
  return { view: getCaseView(ws, input.caseId), letterId }
}

/** The stored PDF of a letter, as it was made. */
export function letterPdf(ws: Workspace, letterId: number): Buffer {
  return ws.read((db) => {
    const row = first(
      db,
      qb.selectFrom('dsar_letter').select(['blob_sha256', 'case_id']).where('id', '=', letterId),
    )
    if (!row) throw refused('letterNotFound', { id: letterId })
    const blob = row.blob_sha256 ? getBlob(db, row.blob_sha256) : undefined
    if (!blob) throw refused('purged', { id: row.case_id })
    return blob
  })
}
