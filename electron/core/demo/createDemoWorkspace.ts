import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Language } from '../../../shared/reference/regimes'
import type { Clock } from '../clock'
import { saveProfile } from '../services/profileService'
import { createWorkspace } from '../services/workspaceService'
import type { Workspace } from '../store/workspace'
import { demoSeeders, type DemoSample } from './demoSeeders'
import { localizeDemo } from './localizeDemo'
import './moduleDemos'

/**
 * The demo workspace: Vimage S.r.l., an Italian web agency, from its public privacy notice, or Virtual
 * Contact s.r.l. (a controller that is also a processor) from its own (resources/demo/README.md names the
 * sources), plus each module's demo data. The demo's texts, and the workspace, are in `language` (default:
 * the one profile.json gives). All or nothing: on any failure the workspace is closed and its file (with
 * -wal and -shm) deleted before the promise rejects.
 */
export async function createDemoWorkspace(
  path: string,
  deps: { clock: Clock; actor: string; resourcesDir: string },
  sample: DemoSample = 'vimage',
  language?: Language,
): Promise<Workspace> {
  const raw = JSON.parse(readFileSync(join(deps.resourcesDir, 'demo', sample, 'profile.json'), 'utf8'))
  const lang: Language = language ?? raw.language ?? 'en'
  const profile = { ...localizeDemo(raw, lang), language: lang }
  const ws = createWorkspace(
    { path, legalName: profile.legalName, country: profile.country, timeZone: profile.timeZone, language: lang },
    deps,
  )
  try {
    saveProfile(ws, profile)
    const ctx = { ws, resourcesDir: deps.resourcesDir, clock: deps.clock, sample, language: lang }
    for (const s of demoSeeders()) await s.seed(ctx)
    ws.checkpoint()
    return ws
  } catch (e) {
    ws.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${ws.path}${suffix}`, { force: true })
    throw e
  }
}
