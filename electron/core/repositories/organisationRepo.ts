import type Database from 'better-sqlite3'
import { OrganisationProfileSchema, type OrganisationProfile } from '../../../shared/domain/organisation'
import { CoreError } from '../errors'
import { first, qb, run } from '../store/queryBuilder'

export function getProfile(db: Database.Database): OrganisationProfile | undefined {
  const row = first(db, qb.selectFrom('organisation').select('profile_json').where('id', '=', 1))
  if (!row) return undefined
  const parsed = OrganisationProfileSchema.safeParse(JSON.parse(row.profile_json))
  // A profile this version cannot read is a damaged file, not something to silently "fix".
  if (!parsed.success) throw new CoreError('INTERNAL', 'errors.internal', { detail: 'the stored organisation profile is damaged' })
  return parsed.data
}

export function putProfile(db: Database.Database, p: OrganisationProfile, at: string): void {
  const row = {
    id: 1,
    legal_name: p.legalName,
    country: p.country,
    time_zone: p.timeZone,
    language: p.language,
    profile_json: JSON.stringify(p),
    updated_at: at,
  }
  run(
    db,
    qb
      .insertInto('organisation')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined })),
  )
}
