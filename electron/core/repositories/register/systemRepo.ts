import type Database from 'better-sqlite3'
import type { RegisterSystem } from '../../../../shared/domain/register/system'
import { all, cachedStatement, qb, run } from '../../store/queryBuilder'
import type { RegisterSystemTable } from '../../store/tables/register'
import { defined, toBit, toNull } from './rowMapping'

export function putSystem(db: Database.Database, s: RegisterSystem): void {
  const row: RegisterSystemTable = {
    id: s.id,
    name: s.name,
    type: s.type,
    location: toNull(s.location),
    country: toNull(s.country),
    internal: toBit(s.internal),
    vendor_id: toNull(s.vendorId),
    notes: toNull(s.notes),
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  }
  const { id: _id, created_at: _c, ...changes } = row
  run(db, qb.insertInto('register_system').values(row).onConflict((oc) => oc.column('id').doUpdateSet(changes)))
}

export function loadSystems(db: Database.Database, id?: string): RegisterSystem[] {
  let q = qb.selectFrom('register_system').selectAll().orderBy((eb) => eb.fn('lower', ['name']))
  if (id !== undefined) q = q.where('id', '=', id)
  return all(db, q).map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type as RegisterSystem['type'],
    internal: r.internal === 1,
    ...defined({ location: r.location, country: r.country, vendorId: r.vendor_id, notes: r.notes }),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }))
}

export const getSystemRow = (db: Database.Database, id: string): RegisterSystem | undefined => loadSystems(db, id)[0]

export function systemIdByName(db: Database.Database, name: string): string | undefined {
  return (cachedStatement(db, 'SELECT id FROM register_system WHERE name = ? COLLATE NOCASE').get(name) as { id: string } | undefined)?.id
}

export function systemExists(db: Database.Database, id: string): boolean {
  return cachedStatement(db, 'SELECT 1 FROM register_system WHERE id = ?').get(id) !== undefined
}

export function deleteSystemRow(db: Database.Database, id: string): boolean {
  return Number(run(db, qb.deleteFrom('register_system').where('id', '=', id)).changes) > 0
}

/** Activities that list the system. */
export function systemDependents(db: Database.Database, id: string): { id: string; name: string }[] {
  return cachedStatement(
    db,
    `SELECT a.id, a.name FROM activity_system s JOIN register_activity a ON a.id = s.activity_id
     WHERE s.system_id = ? ORDER BY a.name COLLATE NOCASE`,
  ).all(id) as { id: string; name: string }[]
}
