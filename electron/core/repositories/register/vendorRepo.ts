import type Database from 'better-sqlite3'
import type { Vendor } from '../../../../shared/domain/register/vendor'
import { all, cachedStatement, first, qb, run } from '../../store/queryBuilder'
import type { RegisterVendorTable } from '../../store/tables/register'
import { breachesNaming, type LinkingBreach } from '../breach/breachLinks'
import { defined, groupBy, toBit, toNull } from './rowMapping'

export function putVendor(db: Database.Database, v: Vendor): void {
  const row: RegisterVendorTable = {
    id: v.id,
    name: v.name,
    country: v.country,
    role: v.role,
    dpa_signed: toBit(v.dpa.signed),
    dpa_signed_on: toNull(v.dpa.signedOn),
    dpa_reference: toNull(v.dpa.reference),
    contact_name: toNull(v.contactName),
    contact_email: toNull(v.contactEmail),
    website: toNull(v.website),
    notes: toNull(v.notes),
    created_at: v.createdAt,
    updated_at: v.updatedAt,
  }
  const { id: _id, created_at: _c, ...changes } = row
  run(db, qb.insertInto('register_vendor').values(row).onConflict((oc) => oc.column('id').doUpdateSet(changes)))
  for (const t of ['register_vendor_service', 'register_vendor_location', 'register_vendor_certification'] as const)
    run(db, qb.deleteFrom(t).where('vendor_id', '=', v.id))
  v.services.forEach((service, position) => run(db, qb.insertInto('register_vendor_service').values({ vendor_id: v.id, position, service })))
  v.dataLocations.forEach((country, position) =>
    run(db, qb.insertInto('register_vendor_location').values({ vendor_id: v.id, position, country })),
  )
  v.certifications.forEach((name, position) =>
    run(db, qb.insertInto('register_vendor_certification').values({ vendor_id: v.id, position, name })),
  )
}

export function loadVendors(db: Database.Database, id?: string): Vendor[] {
  let q = qb.selectFrom('register_vendor').selectAll().orderBy((eb) => eb.fn('lower', ['name']))
  if (id !== undefined) q = q.where('id', '=', id)
  const rows = all(db, q)
  if (rows.length === 0) return []
  const child = <R>(table: string) =>
    cachedStatement(db, `SELECT * FROM ${table}${id === undefined ? '' : ' WHERE vendor_id = ?'} ORDER BY vendor_id, position`).all(
      ...(id === undefined ? [] : [id]),
    ) as (R & { vendor_id: string })[]
  const services = groupBy(child<{ service: string }>('register_vendor_service'), (r) => r.vendor_id)
  const locations = groupBy(child<{ country: string }>('register_vendor_location'), (r) => r.vendor_id)
  const certs = groupBy(child<{ name: string }>('register_vendor_certification'), (r) => r.vendor_id)
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    country: r.country,
    role: r.role as Vendor['role'],
    services: (services.get(r.id) ?? []).map((s) => s.service),
    dataLocations: (locations.get(r.id) ?? []).map((s) => s.country),
    dpa: { signed: r.dpa_signed === 1, ...defined({ signedOn: r.dpa_signed_on, reference: r.dpa_reference }) },
    certifications: (certs.get(r.id) ?? []).map((s) => s.name),
    ...defined({ contactName: r.contact_name, contactEmail: r.contact_email, website: r.website, notes: r.notes }),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }))
}

export const getVendorRow = (db: Database.Database, id: string): Vendor | undefined => loadVendors(db, id)[0]

/** The id of the vendor with this name (case-insensitive), if any. */
export function vendorIdByName(db: Database.Database, name: string): string | undefined {
  return (cachedStatement(db, 'SELECT id FROM register_vendor WHERE name = ? COLLATE NOCASE').get(name) as { id: string } | undefined)?.id
}

export function vendorExists(db: Database.Database, id: string): boolean {
  return first(db, qb.selectFrom('register_vendor').select('id').where('id', '=', id)) !== undefined
}

export function deleteVendorRow(db: Database.Database, id: string): boolean {
  return Number(run(db, qb.deleteFrom('register_vendor').where('id', '=', id)).changes) > 0
}

export interface VendorDependents {
  activities: { id: string; name: string; status: string; as: ('recipient' | 'transfer')[] }[]
  systems: { id: string; name: string }[]
  /** International transfers (Transfers module) in which the vendor is the importer or the onward exporter. */
  transfers: { id: string; country: string; as: 'importer' | 'exporter' }[]
  /** Breaches (Breaches module) that name the vendor: real ones first, then drills. */
  breaches: LinkingBreach[]
}

/** Everything that names the vendor: activities (as recipient or transfer importer), systems, transfers and breaches. */
export function vendorDependents(db: Database.Database, vendorId: string): VendorDependents {
  const rows = cachedStatement(
    db,
    `SELECT a.id, a.name, a.status, 'recipient' AS via FROM activity_recipient r JOIN register_activity a ON a.id = r.activity_id WHERE r.vendor_id = ?
     UNION SELECT a.id, a.name, a.status, 'transfer' AS via FROM activity_transfer t JOIN register_activity a ON a.id = t.activity_id WHERE t.vendor_id = ?
     ORDER BY 2 COLLATE NOCASE, 1, 4`,
  ).all(vendorId, vendorId) as { id: string; name: string; status: string; via: 'recipient' | 'transfer' }[]
  const activities = [...groupBy(rows, (r) => r.id).values()].map((g) => ({
    id: g[0].id,
    name: g[0].name,
    status: g[0].status,
    as: g.map((r) => r.via),
  }))
  const systems = all(db, qb.selectFrom('register_system').select(['id', 'name']).where('vendor_id', '=', vendorId).orderBy('name'))
  const transfers = cachedStatement(
    db,
    `SELECT id, importer_country AS country, CASE WHEN importer_vendor_id = ? THEN 'importer' ELSE 'exporter' END AS "as"
     FROM transfer WHERE importer_vendor_id = ? OR exporter_vendor_id = ? ORDER BY id`,
  ).all(vendorId, vendorId, vendorId) as VendorDependents['transfers']
  return { activities, systems, transfers, breaches: breachesNaming(db, 'vendor', vendorId) }
}

/** Per vendor: how many distinct activities use it. */
export function vendorActivityCounts(db: Database.Database): Map<string, number> {
  const rows = cachedStatement(
    db,
    `SELECT vendor_id, COUNT(DISTINCT activity_id) AS n FROM (
       SELECT vendor_id, activity_id FROM activity_recipient WHERE vendor_id IS NOT NULL
       UNION ALL SELECT vendor_id, activity_id FROM activity_transfer WHERE vendor_id IS NOT NULL)
     GROUP BY vendor_id`,
  ).all() as { vendor_id: string; n: number }[]
  return new Map(rows.map((r) => [r.vendor_id, r.n]))
}
