import { auditHead } from '../../audit/auditLog'
import { readProfile } from '../../services/profileService'
import { findingsOf, registerSnapshot, todayIn } from '../../services/register/completenessService'
import { loadSystems } from '../../repositories/register/systemRepo'
import { loadVendors } from '../../repositories/register/vendorRepo'
import { registerReport } from '../registry'
import { renderRopaReport } from './ropaReport'

registerReport('ropa', async (ws, ctx) => {
  const today = todayIn(ws)
  const { snap, vendors, systems, head } = ws.read((db) => ({
    snap: registerSnapshot(db, today),
    vendors: loadVendors(db),
    systems: loadSystems(db),
    head: auditHead(db),
  }))
  return renderRopaReport(
    {
      profile: readProfile(ws),
      workspaceId: ws.id,
      auditHeadHash: head,
      activities: snap.activities,
      vendors,
      systems,
      screenings: snap.screenings,
      findings: snap.activities.flatMap((a) => findingsOf(snap, a)),
      generatedAt: ws.now().toISOString(),
      appVersion: ctx.appVersion,
    },
    ctx.lang,
    ctx.fontsDir,
  )
})
