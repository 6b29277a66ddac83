import type Database from 'better-sqlite3'
import {
  CountryAssessmentSchema,
  CountryPackSchema,
  type CountryAssessment,
  type CountryPack,
} from '../../../../shared/reference/countryPack'
import { CoreError } from '../../errors'
import { all, first, qb, run } from '../../store/queryBuilder'

const damaged = (what: string) =>
  new CoreError('INTERNAL', 'errors.internal', { detail: `the stored ${what} is damaged` })

export function getImportedPack(
  db: Database.Database,
): { pack: CountryPack; importedAt: string } | undefined {
  const row = first(db, qb.selectFrom('transfer_country_pack').selectAll().where('id', '=', 1))
  if (!row) return undefined
  const parsed = CountryPackSchema.safeParse(JSON.parse(row.pack_json))
  if (!parsed.success) throw damaged('country pack')
  return { pack: parsed.data, importedAt: row.imported_at }
}

export function putImportedPack(db: Database.Database, pack: CountryPack, at: string): void {
  const row = {
    id: 1,
    version: pack.version,
    as_of: pack.asOf,
    publisher: pack.publisher,
    pack_json: JSON.stringify(pack),
    imported_at: at,
  }
  run(
    db,
    qb
      .insertInto('transfer_country_pack')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined })),
  )
}

export function loadOverrides(db: Database.Database): CountryAssessment[] {
  return all(db, qb.selectFrom('transfer_country_override').selectAll().orderBy('country')).map((r) => {
    const parsed = CountryAssessmentSchema.safeParse(JSON.parse(r.assessment_json))
    if (!parsed.success) throw damaged(`assessment of ${r.country}`)
    return parsed.data
  })
}

export function getOverride(db: Database.Database, country: string): CountryAssessment | undefined {
  return loadOverrides(db).find((o) => o.country === country)
}

export function putOverride(db: Database.Database, a: CountryAssessment, at: string): void {
  const row = { country: a.country, as_of: a.asOf, assessment_json: JSON.stringify(a), updated_at: at }
  run(
    db,
    qb
      .insertInto('transfer_country_override')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('country')
          .doUpdateSet({ as_of: row.as_of, assessment_json: row.assessment_json, updated_at: at }),
      ),
  )
}

export function deleteOverrideRow(db: Database.Database, country: string): boolean {
  return (
    Number(run(db, qb.deleteFrom('transfer_country_override').where('country', '=', country)).changes) > 0
  )
}
