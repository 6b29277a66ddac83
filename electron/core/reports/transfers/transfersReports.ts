import { BUILTIN_PACK } from '../../../../shared/reference/countryPack'
import { localizePack } from '../../../../shared/reference/countryPack/localizePack'
import { auditHead } from '../../audit/auditLog'
import { readProfile } from '../../services/profileService'
import { countryInfo, effectivePack, packStatus } from '../../services/transfers/countryPackService'
import { getTia } from '../../services/transfers/tiaService'
import { listTransfers, transferFindings } from '../../services/transfers/transferService'
import { loadTias } from '../../repositories/transfers/tiaRepo'
import { loadTransfers } from '../../repositories/transfers/transferRepo'
import { transfersError } from '../../services/transfers/transferErrors'
import type { Workspace } from '../../store/workspace'
import { renderPdf } from '../pdfEngine'
import { registerReport, type ReportContext } from '../registry'
import { buildTiaReport } from './tiaReport'
import { buildTransfersRegister } from './transfersRegisterReport'

// The transfers module's two reports: 'transfers' (the register of transfers) and 'tia' (one TIA;
// --case ID, or the newest final TIA, else the newest draft, when no ID is given).

function meta(ws: Workspace, ctx: ReportContext) {
  const p = readProfile(ws)
  return {
    organisationName: p.legalName,
    generatedAt: ws.now().toISOString(),
    timeZone: p.timeZone,
    workspaceId: ws.id,
    auditHeadHash: ws.read(auditHead),
    appVersion: ctx.appVersion,
  }
}

registerReport('transfers', async (ws, ctx) => {
  const transfers = ws.read((db) => loadTransfers(db))
  const destinations = [
    ...new Set(transfers.flatMap((x) => [x.importerCountry, ...x.onward.map((o) => o.country)])),
  ].sort()
  const assessments = destinations.flatMap((c) => {
    const info = countryInfo(ws, c, ctx.lang)
    return info.assessment ? [{ assessment: info.assessment, overridden: info.overridden }] : []
  })
  const doc = buildTransfersRegister(
    {
      meta: meta(ws, ctx),
      pack: packStatus(ws, ctx.lang),
      summaries: listTransfers(ws),
      transfers,
      findings: transferFindings(ws),
      assessments,
    },
    ctx.lang,
  )
  return renderPdf(doc, ctx.fontsDir)
})

registerReport('tia', async (ws, ctx) => {
  let id = ctx.caseId
  if (!id) {
    const all = ws.read((db) => loadTias(db)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    id = (all.find((x) => x.status === 'final') ?? all.find((x) => x.status === 'draft'))?.id
    if (!id) throw transfersError('NOT_FOUND', 'noTia')
  }
  const tia = getTia(ws, id)
  // The pack the TIA relied on: the one in use, or the built-in one it may have been made with.
  const pack = [effectivePack(ws).pack, BUILTIN_PACK].find((p) => p.version === tia.packVersion)
  const supersedesVersion = tia.supersedesId ? getTia(ws, tia.supersedesId).version : undefined
  const doc = buildTiaReport(
    {
      meta: meta(ws, ctx),
      tia,
      packPublisher: pack ? localizePack(pack, ctx.lang).publisher : '—',
      ...(supersedesVersion ? { supersedesVersion } : {}),
    },
    ctx.lang,
  )
  return renderPdf(doc, ctx.fontsDir)
})
