import { mkdirSync } from 'node:fs'
import { writeFileAtomic } from '../files/writeFileAtomic'
import { basename, dirname, join } from 'node:path'
import type { Language } from '../../../shared/reference/regimes'
import { localDateOf } from '../../../shared/rules/calendar'
import { CoreError } from '../errors'
import { reportBuilder } from '../reports/registry'
import '../reports/summaryReportBuilder'
import '../reports/dsar/dsarReports'
import '../reports/register/ropaReportBuilder'
import '../reports/breach/breachReports'
import '../reports/transfers/transfersReports'
import type { Workspace } from '../store/workspace'
import { readProfile } from './profileService'

export interface ReportRequest {
  type: string
  lang?: Language
  caseId?: string
  /** Where to write; default: the default name in `outDir`, or in a Reports folder beside the workspace file. */
  out?: string
  /** The folder for the default name (a batch of reports into one folder). */
  outDir?: string
}

/** `<workspace>-<type>[-<case>]-<date>.pdf`, dated in the organisation's time zone (the day its people see). */
export function defaultReportPath(ws: Workspace, req: ReportRequest, at: Date): string {
  const stem = basename(ws.path).replace(/\.pwb$/i, '')
  const which = req.caseId ? `${req.type}-${req.caseId}` : req.type
  const day = localDateOf(at, readProfile(ws).timeZone)
  return join(req.outDir ?? join(dirname(ws.path), 'Reports'), `${stem}-${which}-${day}.pdf`)
}

/** Builds the report and writes it atomically (a reader never sees half a PDF). */
export async function createReport(
  ws: Workspace,
  req: ReportRequest,
  ctx: { fontsDir: string; appVersion: string },
): Promise<{ path: string; bytes: number }> {
  const build = reportBuilder(req.type)
  if (!build) throw new CoreError('NOT_FOUND', 'errors.unknownReport', { type: req.type })
  const lang = req.lang ?? readProfile(ws).language
  const pdf = await build(ws, { lang, caseId: req.caseId, ...ctx })
  const out = req.out ?? defaultReportPath(ws, req, ws.now())
  mkdirSync(dirname(out), { recursive: true })
  writeFileAtomic(out, pdf)
  return { path: out, bytes: pdf.length }
}
