import { mkdirSync, writeFileSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Language } from '../../../shared/reference/regimes'
import { listAudit, verifyAudit } from '../audit/auditLog'
import { renderSummaryReport } from '../reports/summaryReport'
import type { Workspace } from '../store/workspace'
import { readProfile } from './profileService'

export interface ReportRequest {
  type: 'summary'
  lang?: Language
  /** Where to write; default: a Reports folder beside the workspace file. */
  out?: string
}

export function defaultReportPath(ws: Workspace, type: string, at: Date): string {
  const stem = basename(ws.path).replace(/\.pwb$/i, '')
  return join(dirname(ws.path), 'Reports', `${stem}-${type}-${at.toISOString().slice(0, 10)}.pdf`)
}

/** Builds the report from the workspace and writes it atomically (a reader never sees half a PDF). */
export async function createReport(
  ws: Workspace,
  req: ReportRequest,
  ctx: { fontsDir: string; appVersion: string },
): Promise<{ path: string; bytes: number }> {
  const profile = readProfile(ws)
  const lang = req.lang ?? profile.language
  const now = ws.now()
  const verify = ws.read(verifyAudit)
  const audit = ws.read((db) => listAudit(db, 50))
  const pdf = await renderSummaryReport(
    {
      profile,
      workspace: { id: ws.id, createdAt: ws.createdAt, schemaVersion: ws.schemaVersion, path: ws.path },
      audit: { total: audit.total, headHash: verify.headHash, verifiedOk: verify.ok, recent: audit.rows },
      generatedAt: now.toISOString(),
      appVersion: ctx.appVersion,
    },
    lang,
    ctx.fontsDir,
  )
  const out = req.out ?? defaultReportPath(ws, req.type, now)
  mkdirSync(dirname(out), { recursive: true })
  const tmp = `${out}.part`
  writeFileSync(tmp, pdf)
  renameSync(tmp, out)
  return { path: out, bytes: pdf.length }
}
