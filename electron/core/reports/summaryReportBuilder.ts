import { listAudit, verifyAudit } from '../audit/auditLog'
import { readProfile } from '../services/profileService'
import { registerReport } from './registry'
import { renderSummaryReport } from './summaryReport'

registerReport('summary', async (ws, ctx) => {
  const verify = ws.read(verifyAudit)
  const audit = ws.read((db) => listAudit(db, 50))
  return renderSummaryReport(
    {
      profile: readProfile(ws),
      workspace: { id: ws.id, createdAt: ws.createdAt, schemaVersion: ws.schemaVersion, path: ws.path },
      audit: { total: audit.total, headHash: verify.headHash, verifiedOk: verify.ok, recent: audit.rows },
      generatedAt: ws.now().toISOString(),
      appVersion: ctx.appVersion,
    },
    ctx.lang,
    ctx.fontsDir,
  )
})
