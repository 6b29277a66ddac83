import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import {
  TiaContentSchema,
  type Tia,
  type TiaContent,
  type TiaContentInput,
  type TiaSource,
  type TiaSummary,
} from '../../../../shared/domain/transfers/tia'
import { ART46_TOOLS, type Transfer, type TransferTool } from '../../../../shared/domain/transfers/transfer'
import { translator } from '../../../../shared/i18n/translate'
import {
  adequacyFor,
  assessmentFor,
  findAdequacy,
  type CountryPack,
} from '../../../../shared/reference/countryPack'
import { defaultReviewDate } from '../../../../shared/rules/transfers/reviewDate'
import { tiaGaps } from '../../../../shared/rules/transfers/tiaCompleteness'
import { loadOverrides } from '../../repositories/transfers/countryPackRepo'
import {
  deleteDraftRow,
  getTiaRow,
  loadTias,
  putTia,
  supersedeFinal,
} from '../../repositories/transfers/tiaRepo'
import { getTransferRow, loadVendorPlaces } from '../../repositories/transfers/transferRepo'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../profileService'
import { effectivePack, localPack, todayIn } from './countryPackService'
import { fieldsError, notFound, transfersError } from './transferErrors'
import { tiaSummary } from './transferService'

// Transfer impact assessments with versions (issue 7 item 3). A draft is edited freely; signing makes
// it final and supersedes the previous final one; a final TIA is never edited in place: an edit makes
// a new draft version (the database refuses an in-place change too, see migration 006).

export const FinaliseInputSchema = z.object({
  id: z.string().min(1),
  signedBy: z
    .string()
    .trim()
    .min(1, { message: 'validation.required' })
    .max(200, { message: 'validation.tooLong' }),
  signedRole: z
    .string()
    .trim()
    .max(200, { message: 'validation.tooLong' })
    .optional()
    .transform((v) => v || undefined),
})

function primaryTool(tools: readonly TransferTool[]): TransferTool | undefined {
  return tools.find((t) => ART46_TOOLS.includes(t.tool)) ?? tools.find((t) => t.tool === 'dpf') ?? tools[0]
}

/** The TIA's starting point: the transfer's facts and the country pack's assessment of the destination. */
export function prefillContent(args: {
  transfer: Transfer
  exporterName: string
  pack: CountryPack
  overrides: Parameters<typeof assessmentFor>[1]
  storageCountries: string[]
  today: string
  lang: string
}): TiaContent {
  const { transfer: tr, pack, today } = args
  const t = translator(args.lang, 'transfers')
  const tool = primaryTool(tr.tools)
  const scc = tr.tools.find((x) => x.tool === 'scc')
  const found = assessmentFor(pack, args.overrides, tr.importerCountry)
  const decisions = adequacyFor(pack, tr.importerCountry, today)
  const toolText = (x: TransferTool) =>
    [
      t(`tools.${x.tool}`),
      x.sccModule ? t('prefill.module', { module: x.sccModule }) : '',
      x.decisionId ? (findAdequacy(pack, x.decisionId)?.decision ?? x.decisionId) : '',
      x.signedOn ? t('prefill.signedOn', { date: x.signedOn }) : '',
      x.reference ?? '',
    ]
      .filter(Boolean)
      .join(', ')
  const sources: TiaSource[] = []
  const addSource = (s: TiaSource) => {
    if (!sources.some((x) => x.title === s.title)) sources.push(s)
  }
  found?.assessment.sources.forEach((s) =>
    addSource({ title: s.title, ...(s.url ? { url: s.url } : {}), asOf: s.asOf, unverified: s.unverified }),
  )
  decisions.forEach((d) =>
    addSource({
      title: d.decision,
      ...(d.sources[0]?.url ? { url: d.sources[0].url } : {}),
      asOf: d.asOf,
      unverified: d.unverified,
    }),
  )
  const adequacyStatus =
    decisions.length === 0
      ? t('prefill.noAdequacy', { country: tr.importerCountry })
      : decisions.map((d) => `${d.decision}${d.scopeNote ? ` — ${d.scopeNote}` : ''}`).join('\n')
  return TiaContentSchema.parse({
    step1: {
      exporter: tr.exporterVendorName
        ? `${tr.exporterVendorName} (${args.exporterName})`
        : args.exporterName + (tr.activityName ? ` — ${tr.activityName}` : ''),
      importer: tr.importerName,
      importerCountry: tr.importerCountry,
      importerRole: tr.importerRole,
      ...(scc?.sccModule ? { sccModule: scc.sccModule } : {}),
      purpose: tr.purpose,
      dataCategories: tr.dataCategories,
      dataSubjects: tr.dataSubjects,
      specialCategories: tr.specialCategories,
      criminalData: tr.criminalData,
      volume: tr.volume,
      frequency: tr.frequency,
      formats: tr.formats,
      onwardCountries: [...new Set(tr.onward.map((o) => o.country))],
      storageCountries: args.storageCountries,
    },
    step2: {
      ...(tool ? { tool: tool.tool } : {}),
      toolDetails: tr.tools.map(toolText).join('; '),
      adequacyStatus,
      ...(tr.dpfCheck ? { dpfCertified: tr.dpfCheck.certified, dpfCheckedOn: tr.dpfCheck.checkedOn } : {}),
    },
    step3: {
      laws: (found?.assessment.laws ?? []).map((l) => ({ key: l.key, name: l.name, summary: l.summary })),
      oversight: found?.assessment.oversight,
      redress: found?.assessment.redress,
      sources,
    },
    step5: scc ? { sccUnmodified: true, saAuthorisationNeeded: false } : {},
  })
}

function loadTransferOr404(ws: Workspace, id: string): Transfer {
  const t = ws.read((db) => getTransferRow(db, id))
  if (!t) throw notFound('transfer', id)
  return t
}

function nextVersion(ws: Workspace, transferId: string): number {
  return ws.read((db) => loadTias(db, { transferId })).reduce((m, x) => Math.max(m, x.version), 0) + 1
}

function newDraft(ws: Workspace, transfer: Transfer, content: TiaContent, supersedesId?: string): Tia {
  const { pack } = effectivePack(ws)
  const now = ws.now().toISOString()
  const tia: Tia = {
    id: randomUUID(),
    transferId: transfer.id,
    version: nextVersion(ws, transfer.id),
    status: 'draft',
    ...(supersedesId ? { supersedesId } : {}),
    importerName: transfer.importerName,
    importerCountry: transfer.importerCountry,
    packVersion: pack.version,
    packAsOf: pack.asOf,
    content,
    createdAt: now,
    updatedAt: now,
  }
  return ws.write((db) => {
    putTia(db, tia)
    return {
      result: getTiaRow(db, tia.id)!,
      audit: [{ entity: 'tia', entityId: tia.id, action: 'create', before: null, after: tia }],
    }
  })
}

/** Starts a TIA for a transfer, prefilled; returns the open draft if there is one. */
export function startTia(ws: Workspace, transferId: string): Tia {
  const transfer = loadTransferOr404(ws, transferId)
  const existing = ws.read((db) => loadTias(db, { transferId }))
  const draft = existing.find((x) => x.status === 'draft')
  if (draft) return draft
  const final = existing.find((x) => x.status === 'final')
  if (final) return newDraft(ws, transfer, final.content, final.id)
  const profile = readProfile(ws)
  // The TIA keeps the texts it starts from (a signed TIA must not change when the pack does), so they
  // are copied in the workspace's language.
  const pack = localPack(ws, profile.language)
  const vendor = ws.read(loadVendorPlaces).find((v) => v.id === transfer.importerVendorId)
  const content = prefillContent({
    transfer,
    exporterName: profile.legalName,
    pack,
    overrides: ws.read(loadOverrides),
    storageCountries: [...new Set([transfer.importerCountry, ...(vendor?.dataLocations ?? [])])],
    today: todayIn(ws),
    lang: profile.language,
  })
  return newDraft(ws, transfer, content)
}

export function getTia(ws: Workspace, id: string): Tia {
  const t = ws.read((db) => getTiaRow(db, id))
  if (!t) throw notFound('tia', id)
  return t
}

/** All versions, newest first within each transfer. */
export function listTias(ws: Workspace, transferId?: string): TiaSummary[] {
  const today = todayIn(ws)
  return ws.read((db) => loadTias(db, transferId ? { transferId } : {})).map((t) => tiaSummary(t, today))
}

/**
 * Saves the wizard's answers. A draft is updated; a final TIA is not touched: the answers become a new
 * draft version (the final one stays valid until the new one is signed); a superseded one is history.
 */
export function saveTia(ws: Workspace, input: { id: string; content: TiaContentInput }): Tia {
  const content = TiaContentSchema.parse(input.content)
  const current = getTia(ws, input.id)
  if (current.status === 'superseded')
    throw transfersError('FORBIDDEN', 'tiaSuperseded', { version: current.version })
  if (current.status === 'final') {
    const open = ws
      .read((db) => loadTias(db, { transferId: current.transferId }))
      .find((x) => x.status === 'draft')
    if (open) throw transfersError('VALIDATION', 'draftExists', { version: open.version, id: open.id })
    return newDraft(ws, loadTransferOr404(ws, current.transferId), content, current.id)
  }
  if (JSON.stringify(current.content) === JSON.stringify(content)) return current
  const next: Tia = { ...current, content, updatedAt: ws.now().toISOString() }
  return ws.write((db) => {
    putTia(db, next)
    return {
      result: getTiaRow(db, next.id)!,
      audit: [{ entity: 'tia', entityId: next.id, action: 'update', before: current, after: next }],
    }
  })
}

/** Makes an editable copy of a final TIA (its next version). */
export function newTiaVersion(ws: Workspace, id: string): Tia {
  const current = getTia(ws, id)
  if (current.status !== 'final')
    throw transfersError('VALIDATION', 'onlyFinalVersions', { version: current.version })
  return saveTia(ws, { id, content: current.content })
}

/**
 * Signs a complete draft: it becomes final, the previous final one superseded, the review date set
 * (default 12 months from today). Gaps are listed by field and nothing changes.
 */
export function finaliseTia(ws: Workspace, raw: unknown): Tia {
  const input = FinaliseInputSchema.parse(raw)
  const current = getTia(ws, input.id)
  if (current.status !== 'draft')
    throw transfersError('VALIDATION', 'notADraft', { version: current.version })
  const gaps = tiaGaps(current.content)
  if (gaps.length) throw fieldsError(Object.fromEntries(gaps.map((g) => [g.field, g.key])))
  const today = todayIn(ws)
  const review = current.content.step6.nextReviewOn ?? defaultReviewDate(today)
  if (review <= today) throw fieldsError({ 'step6.nextReviewOn': 'transfers:errors.reviewInPast' })
  const transfer = loadTransferOr404(ws, current.transferId)
  const now = ws.now().toISOString()
  const signed: Tia = {
    ...current,
    status: 'final',
    importerName: transfer.importerName,
    importerCountry: current.content.step1.importerCountry ?? transfer.importerCountry,
    content: { ...current.content, step6: { ...current.content.step6, nextReviewOn: review } },
    signedBy: input.signedBy,
    ...(input.signedRole ? { signedRole: input.signedRole } : {}),
    signedAt: now,
    updatedAt: now,
  }
  return ws.write((db) => {
    const old = supersedeFinal(db, current.transferId)
    putTia(db, signed)
    const audit = [
      ...(old
        ? [
            {
              entity: 'tia',
              entityId: old,
              action: 'update' as const,
              before: { status: 'final' },
              after: { status: 'superseded', by: signed.id },
            },
          ]
        : []),
      {
        entity: 'tia',
        entityId: signed.id,
        action: 'update' as const,
        before: { status: 'draft' },
        after: { status: 'final', signedBy: signed.signedBy, signedAt: now, nextReviewOn: review },
      },
    ]
    return { result: getTiaRow(db, signed.id)!, audit }
  })
}

export function deleteTiaDraft(ws: Workspace, id: string): void {
  const current = getTia(ws, id)
  if (current.status !== 'draft')
    throw transfersError('FORBIDDEN', 'onlyDraftsDeleted', { version: current.version })
  ws.write((db) => {
    deleteDraftRow(db, id)
    return {
      result: null,
      audit: [{ entity: 'tia', entityId: id, action: 'delete', before: current, after: null }],
    }
  })
}
