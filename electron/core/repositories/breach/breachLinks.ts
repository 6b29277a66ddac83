import type Database from 'better-sqlite3'
import type { LinkingBreach } from '../../../../shared/domain/register/dependents'
import type { AuditWrite } from '../../audit/auditLog'

// Which recorded breaches name an activity or a vendor of the register. The links are foreign keys
// (migration 8) without an ON DELETE action, so the register asks here before it deletes one and says
// why it cannot, instead of failing on the key: a breach record must keep naming what it affected.
// Drills are exercises and do not hold anything back, but a vendor's page still lists them (marked),
// since a team running an exercise wants to see it there.

export type { LinkingBreach } from '../../../../shared/domain/register/dependents'

const LINKS = {
  activity: { table: 'breach_activity_link', column: 'activity_id' },
  vendor: { table: 'breach_vendor_link', column: 'vendor_id' },
} as const
type LinkKind = keyof typeof LINKS

/** Every breach that names this activity or vendor, drills included: real ones first, each group by reference. */
export function breachesNaming(db: Database.Database, kind: LinkKind, id: string): LinkingBreach[] {
  const { table, column } = LINKS[kind]
  const rows = db
    .prepare(
      `SELECT b.id, b.ref, b.title, b.drill FROM ${table} l JOIN breach b ON b.id = l.breach_id
        WHERE l.${column} = ? ORDER BY b.drill, b.ref`,
    )
    .all(id) as { id: string; ref: string; title: string; drill: number }[]
  return rows.map((r) => ({ id: r.id, ref: r.ref, title: r.title, drill: r.drill === 1 }))
}

/** The real breaches that name this activity or vendor, by reference: those that hold back its deletion. */
export function breachesLinking(db: Database.Database, kind: LinkKind, id: string): LinkingBreach[] {
  return breachesNaming(db, kind, id).filter((b) => !b.drill)
}

/** "BR-2026-003 (Laptop stolen from a designer’s car)", as listed in an "in use by" message. */
export const breachLabel = (b: Pick<LinkingBreach, 'ref' | 'title'>): string => `${b.ref} (${b.title})`

const LINK_FIELD = { activity: 'activityIds', vendor: 'vendorIds' } as const

/**
 * Takes a deleted activity or vendor out of the drills that named it (a real breach refuses the deletion
 * before this runs): without it a drill would keep an id that points at nothing. Run in the deletion's
 * transaction; returns one audit row per drill changed, with its links before and after.
 */
export function unlinkFromDrills(db: Database.Database, kind: LinkKind, id: string): AuditWrite[] {
  const { table, column } = LINKS[kind]
  const drills = breachesNaming(db, kind, id).filter((b) => b.drill)
  const linksOf = db.prepare(`SELECT ${column} AS id FROM ${table} WHERE breach_id = ? ORDER BY ${column}`).pluck()
  const remove = db.prepare(`DELETE FROM ${table} WHERE breach_id = ? AND ${column} = ?`)
  return drills.map((drill) => {
    const before = linksOf.all(drill.id) as string[]
    remove.run(drill.id, id)
    const field = LINK_FIELD[kind]
    return {
      entity: 'breach',
      entityId: drill.id,
      action: 'update',
      before: { [field]: before },
      after: { [field]: before.filter((x) => x !== id) },
    }
  })
}
