import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { localizeDemo } from '../electron/core/demo/localizeDemo'
import type { OrganisationProfileInput } from '../shared/domain/organisation'
import { repoRoot, type Harness } from './harness'

/** The Vimage S.r.l. profile the lead curated from its public privacy notice (resources/demo/README.md). */
export function vimageProfile(): OrganisationProfileInput {
  // The demo's texts are written in every language ({ en, it, fr }): the English ones, as `pwb demo` uses.
  return localizeDemo(
    JSON.parse(readFileSync(join(repoRoot, 'resources/demo/vimage/profile.json'), 'utf8')),
    'en',
  ) as OrganisationProfileInput
}

/** A workspace with the Vimage profile saved, created through the core as the app would. */
export async function seedVimage(harness: Harness): Promise<string> {
  const profile = vimageProfile()
  const path = join(harness.dir, 'Vimage-Srl.pwb')
  await harness.invoke('workspace.create', {
    path,
    legalName: profile.legalName,
    country: profile.country,
    timeZone: profile.timeZone,
    language: profile.language,
  })
  await harness.invoke('profile.save', profile)
  return path
}
