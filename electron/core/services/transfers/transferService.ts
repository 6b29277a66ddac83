import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { TransferFinding } from '../../../../shared/domain/transfers/finding'
import type { Tia, TiaSummary } from '../../../../shared/domain/transfers/tia'
import {
  TransferInputSchema,
  TRANSFER_TOOL_CODES,
  type ImporterRole,
  type Transfer,
  type TransferToolCode,
  type TransferToolInput,
} from '../../../../shared/domain/transfers/transfer'
import type {
  Overview,
  TransferCandidate,
  TransferDetail,
  TransferSummary,
} from '../../../../shared/domain/transfers/views'
import { adequacyFor, packIsEea, type CountryPack } from '../../../../shared/reference/countryPack'
import { checkTransfer, type TransferCheckContext } from '../../../../shared/rules/transfers/checks'
import { needsTia } from '../../../../shared/rules/transfers/needsTia'
import { expectedSccModule } from '../../../../shared/rules/transfers/sccModule'
import { all, qb, run } from '../../store/queryBuilder'
import {
  activitiesUsingVendor,
  activityExists,
  deleteTransferRow,
  getTransferRow,
  loadTransfers,
  loadVendorPlaces,
  putTransfer,
} from '../../repositories/transfers/transferRepo'
import { loadTias } from '../../repositories/transfers/tiaRepo'
import type { Workspace } from '../../store/workspace'
import { effectivePack, localPack, todayIn } from './countryPackService'
import { fieldsError, notFound, transfersError } from './transferErrors'

// The transfer inventory (issue 7 item 1): create, read, check, summarise. Writes are validated with
// zod, checked against the register (the vendor and activity must exist) and audited.

const stored = ({ importerName: _i, exporterVendorName: _e, activityName: _a, ...rest }: Transfer) => rest
const canonical = (v: unknown) => JSON.stringify(v)

export function tiaSummary(t: Tia, today: string): TiaSummary {
  return {
    id: t.id,
    transferId: t.transferId,
    version: t.version,
    status: t.status,
    importerName: t.importerName,
    importerCountry: t.importerCountry,
    ...(t.signedBy ? { signedBy: t.signedBy } : {}),
    ...(t.signedAt ? { signedAt: t.signedAt } : {}),
    updatedAt: t.updatedAt,
    ...(t.content.conclusion.level ? { conclusion: t.content.conclusion.level } : {}),
    ...(t.content.step6.nextReviewOn ? { nextReviewOn: t.content.step6.nextReviewOn } : {}),
    reviewOverdue:
      t.status === 'final' && !!t.content.step6.nextReviewOn && t.content.step6.nextReviewOn < today,
  }
}

function checkContext(
  db: Database.Database,
  pack: CountryPack,
  today: string,
  tias: Tia[],
): TransferCheckContext {
  return {
    today,
    pack,
    tias: tias.map((x) => ({
      id: x.id,
      transferId: x.transferId,
      status: x.status,
      version: x.version,
      importerCountry: x.importerCountry,
      nextReviewOn: x.content.step6.nextReviewOn,
    })),
    vendorCountries: new Map(loadVendorPlaces(db).map((v) => [v.id, v.country])),
  }
}

const findingsOf = (t: Transfer, ctx: TransferCheckContext): TransferFinding[] => checkTransfer(t, ctx)

/** Validated write of one transfer; the vendors and the activity must exist in the register. */
export function saveTransfer(ws: Workspace, raw: unknown): Transfer {
  const input = TransferInputSchema.parse(raw)
  return ws.write((db) => {
    const vendors = new Set(loadVendorPlaces(db).map((v) => v.id))
    const bad: Record<string, string> = {}
    if (!vendors.has(input.importerVendorId)) bad.importerVendorId = 'validation.unknownVendor'
    if (input.exporterVendorId && !vendors.has(input.exporterVendorId))
      bad.exporterVendorId = 'validation.unknownVendor'
    if (input.activityId && !activityExists(db, input.activityId))
      bad.activityId = 'transfers:errors.unknownActivity'
    if (Object.keys(bad).length) throw fieldsError(bad)
    const before = input.id ? getTransferRow(db, input.id) : undefined
    const now = ws.now().toISOString()
    const next = {
      ...input,
      id: input.id ?? randomUUID(),
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    }
    if (before && canonical({ ...stored(before), updatedAt: '' }) === canonical({ ...next, updatedAt: '' }))
      return { result: before, audit: [] }
    putTransfer(db, next)
    const after = getTransferRow(db, next.id)!
    return {
      result: after,
      audit: [
        {
          entity: 'transfer',
          entityId: after.id,
          action: before ? 'update' : 'create',
          before: before ?? null,
          after: stored(after),
        },
      ],
    }
  })
}

export function deleteTransfer(ws: Workspace, id: string): void {
  ws.write((db) => {
    const before = getTransferRow(db, id)
    if (!before) throw notFound('transfer', id)
    if (loadTias(db, { transferId: id }).some((t) => t.status !== 'draft'))
      throw transfersError('FORBIDDEN', 'transferHasTia', { importer: before.importerName })
    deleteDrafts(db, id)
    deleteTransferRow(db, id)
    return {
      result: null,
      audit: [{ entity: 'transfer', entityId: id, action: 'delete', before: stored(before), after: null }],
    }
  })
}

function deleteDrafts(db: Database.Database, transferId: string): void {
  run(db, qb.deleteFrom('transfer_tia').where('transfer_id', '=', transferId).where('status', '=', 'draft'))
}

/** The register's vendor roles as importer roles (an independent controller is a controller). */
const IMPORTER_ROLE: Record<string, ImporterRole> = {
  processor: 'processor',
  sub_processor: 'sub_processor',
  independent_controller: 'controller',
  joint_controller: 'joint_controller',
}

export function listTransfers(ws: Workspace): TransferSummary[] {
  const { pack } = effectivePack(ws)
  const today = todayIn(ws)
  return ws.read((db) => {
    const transfers = loadTransfers(db)
    const tias = loadTias(db)
    const ctx = checkContext(db, pack, today, tias)
    return transfers.map((t) => {
      const mine = tias.filter((x) => x.transferId === t.id)
      // The TIA to show: the final one, else the draft being written.
      const shown = mine.find((x) => x.status === 'final') ?? mine.find((x) => x.status === 'draft')
      const f = findingsOf(t, ctx)
      const s = shown ? tiaSummary(shown, today) : undefined
      return {
        id: t.id,
        importerVendorId: t.importerVendorId,
        importerName: t.importerName,
        importerCountry: t.importerCountry,
        ...(t.activityName ? { activityName: t.activityName } : {}),
        ...(t.exporterVendorName ? { exporterVendorName: t.exporterVendorName } : {}),
        tools: t.tools.map((x) => x.tool),
        onwardCountries: [...new Set(t.onward.map((o) => o.country))],
        status: t.status,
        need: needsTia(t, pack, today),
        ...(s
          ? {
              tia: {
                id: s.id,
                version: s.version,
                status: s.status,
                ...(s.conclusion ? { conclusion: s.conclusion } : {}),
                ...(s.nextReviewOn ? { nextReviewOn: s.nextReviewOn } : {}),
              },
            }
          : {}),
        reviewOverdue: !!s?.reviewOverdue,
        errors: f.filter((x) => x.severity === 'error').length,
        warnings: f.filter((x) => x.severity === 'warning').length,
        updatedAt: t.updatedAt,
      }
    })
  })
}

export function getTransfer(ws: Workspace, id: string): TransferDetail {
  // The adequacy decisions are shown to the user: their texts in the workspace's language.
  const pack = localPack(ws)
  const today = todayIn(ws)
  return ws.read((db) => {
    const transfer = getTransferRow(db, id)
    if (!transfer) throw notFound('transfer', id)
    const tias = loadTias(db, { transferId: id })
    return {
      transfer,
      need: needsTia(transfer, pack, today),
      findings: findingsOf(transfer, checkContext(db, pack, today, tias)),
      tias: tias.map((x) => tiaSummary(x, today)),
      adequacy: adequacyFor(pack, transfer.importerCountry, today),
    }
  })
}

/** All findings of the transfer checks, for the list and the register report. */
export function transferFindings(ws: Workspace): TransferFinding[] {
  const { pack } = effectivePack(ws)
  const today = todayIn(ws)
  return ws.read((db) => {
    const ctx = checkContext(db, pack, today, loadTias(db))
    return loadTransfers(db).flatMap((t) => findingsOf(t, ctx))
  })
}

/** Tools the register's activities record for a vendor (the register's simple field until this module). */
function registerToolsOf(db: Database.Database, vendorId: string): TransferToolCode[] {
  const rows = all(
    db,
    qb
      .selectFrom('activity_transfer_tool as tt')
      .innerJoin('activity_transfer as t', 't.id', 'tt.transfer_id')
      .select('tt.tool')
      .where('t.vendor_id', '=', vendorId)
      .distinct(),
  )
  return rows
    .map((r) => r.tool)
    .filter((x): x is TransferToolCode => (TRANSFER_TOOL_CODES as readonly string[]).includes(x))
}

/**
 * The register's vendors outside the EEA (established or keeping data there) that have no transfer
 * record yet: "created from the register's vendors where the country is outside the EEA".
 */
export function transferCandidates(ws: Workspace): TransferCandidate[] {
  const { pack } = effectivePack(ws)
  return ws.read((db) => {
    const covered = new Set(
      all(db, qb.selectFrom('transfer').select('importer_vendor_id')).map((r) => r.importer_vendor_id),
    )
    return loadVendorPlaces(db)
      .filter((v) => !covered.has(v.id))
      .map((v) => ({
        v,
        third: [...new Set([v.country, ...v.dataLocations])].filter((c) => !packIsEea(pack, c)),
      }))
      .filter(({ third }) => third.length > 0)
      .map(({ v, third }) => ({
        vendorId: v.id,
        vendorName: v.name,
        country: v.country,
        thirdCountries: third,
        registerTools: registerToolsOf(db, v.id),
        activities: activitiesUsingVendor(db, v.id),
      }))
  })
}

/**
 * Creates one transfer per candidate vendor (or those named): importer country = the vendor's country
 * outside the EEA (else its first data location outside it), the tools the register records, and the
 * first activity that names the vendor as the exporter. The user completes the rest.
 */
export function createFromVendors(ws: Workspace, vendorIds?: readonly string[]): Transfer[] {
  const candidates = transferCandidates(ws).filter((c) => !vendorIds || vendorIds.includes(c.vendorId))
  if (vendorIds) {
    const missing = vendorIds.filter((id) => !candidates.some((c) => c.vendorId === id))
    if (missing.length)
      throw transfersError(
        'VALIDATION',
        'notACandidate',
        { ids: missing.join(', ') },
        { vendorIds: 'transfers:errors.notACandidateField' },
      )
  }
  const roles = new Map(ws.read(loadVendorPlaces).map((v) => [v.id, v.role]))
  const { pack } = effectivePack(ws)
  const today = todayIn(ws)
  return candidates.map((c) => {
    const importerRole = IMPORTER_ROLE[roles.get(c.vendorId) ?? ''] ?? 'processor'
    const country = c.thirdCountries[0]
    const decision = adequacyFor(pack, country, today)[0]
    // The module follows from the roles; the adequacy decision from the pack; a derogation needs the
    // user's reasons, so it is left for them to add.
    const tools = c.registerTools.flatMap((tool): TransferToolInput[] => {
      if (tool === 'scc') return [{ tool, sccModule: expectedSccModule('controller', importerRole) }]
      if (tool === 'adequacy') return decision ? [{ tool, decisionId: decision.id }] : []
      if (tool === 'art49_derogation') return []
      return [{ tool }]
    })
    return saveTransfer(ws, {
      importerVendorId: c.vendorId,
      importerCountry: country,
      importerRole,
      ...(c.activities[0] ? { activityId: c.activities[0].id } : {}),
      tools,
    })
  })
}

/** Destinations and tools at a glance (issue 7 item 5, the overview). */
export function transferOverview(ws: Workspace): Overview {
  const { pack } = effectivePack(ws)
  const today = todayIn(ws)
  const list = listTransfers(ws).filter((t) => t.status === 'active')
  const transfers = ws.read((db) => loadTransfers(db)).filter((t) => t.status === 'active')
  const byCountry = new Map<
    string,
    { transfers: number; onward: number; needTia: number; tools: Map<TransferToolCode, number> }
  >()
  const entry = (c: string) => {
    let e = byCountry.get(c)
    if (!e) byCountry.set(c, (e = { transfers: 0, onward: 0, needTia: 0, tools: new Map() }))
    return e
  }
  const toolCount = new Map<TransferToolCode | 'none', number>()
  for (const t of transfers) {
    const e = entry(t.importerCountry)
    e.transfers++
    if (list.find((s) => s.id === t.id)?.need.required) e.needTia++
    for (const x of t.tools) e.tools.set(x.tool, (e.tools.get(x.tool) ?? 0) + 1)
    // A recipient inside the EEA needs no tool; only transfers out of it count as "none".
    if (t.tools.length === 0 && !packIsEea(pack, t.importerCountry))
      toolCount.set('none', (toolCount.get('none') ?? 0) + 1)
    for (const x of t.tools) toolCount.set(x.tool, (toolCount.get(x.tool) ?? 0) + 1)
    for (const o of t.onward) entry(o.country).onward++
  }
  return {
    total: transfers.length,
    destinations: [...byCountry.entries()]
      .map(([country, e]) => {
        const decisions = adequacyFor(pack, country, today)
        return {
          country,
          eea: packIsEea(pack, country),
          adequate: decisions.length > 0,
          adequacyScope:
            decisions.length === 0
              ? ('none' as const)
              : decisions.some((d) => d.scope === 'full')
                ? ('full' as const)
                : ('partial' as const),
          transfers: e.transfers,
          onward: e.onward,
          needTia: e.needTia,
          tools: [...e.tools.entries()].map(([tool, count]) => ({ tool, count })),
        }
      })
      .sort(
        (a, b) => b.transfers + b.onward - (a.transfers + a.onward) || a.country.localeCompare(b.country),
      ),
    tools: [...toolCount.entries()]
      .map(([tool, count]) => ({ tool, count }))
      .sort((a, b) => b.count - a.count),
  }
}
