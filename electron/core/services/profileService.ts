import { OrganisationProfileSchema, type OrganisationProfile } from '../../../shared/domain/organisation'
import { CoreError } from '../errors'
import { getProfile, putProfile } from '../repositories/organisationRepo'
import type { Workspace } from '../store/workspace'

export function readProfile(ws: Workspace): OrganisationProfile {
  const p = ws.read(getProfile)
  if (!p) throw new CoreError('INTERNAL', 'errors.internal', { detail: 'the workspace has no organisation profile' })
  return p
}

/** Validates, saves and audits (before/after) in one transaction. Unchanged input writes nothing. */
export function saveProfile(ws: Workspace, input: unknown): { profile: OrganisationProfile; changed: boolean } {
  const profile = OrganisationProfileSchema.parse(input)
  return ws.write<{ profile: OrganisationProfile; changed: boolean }>((db) => {
    const before = getProfile(db)
    if (before && JSON.stringify(before) === JSON.stringify(profile))
      return { result: { profile, changed: false }, audit: [] }
    putProfile(db, profile, ws.now().toISOString())
    return {
      result: { profile, changed: true },
      audit: [{ entity: 'organisation', entityId: '1', action: before ? 'update' : 'create', before, after: profile }],
    }
  })
}
