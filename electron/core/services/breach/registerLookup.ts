import type Database from 'better-sqlite3'

// The bridge from a breach to the register (issue 4). A breach's links (breach_activity_link,
// breach_vendor_link) are foreign keys to the register since migration 8; the register refuses to delete
// an activity or vendor a real breach names and unlinks drills first (repositories/breach/breachLinks.ts).
// This file was written while the register was built beside it, so it reads the register's tables
// (migrations/003_register.ts) with its own SQL, best effort; it could use the register's repositories.

export interface RegisterActivityFacts {
  id: string
  name?: string
  subjectCategories: string[]
  dataCategories: { name: string; special: boolean }[]
  /** Vendors the activity discloses data to (recipients) or transfers it through. */
  vendorIds: string[]
  /** Countries of the activity's transfers and recipients. */
  countries: string[]
}
export interface RegisterVendorFacts {
  id: string
  name?: string
  role?: string
  country?: string
  dataLocations: string[]
}

const hasTable = (db: Database.Database, name: string) =>
  !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)

export function registerAvailable(db: Database.Database): boolean {
  return hasTable(db, 'register_activity') && hasTable(db, 'register_vendor')
}

/** Best effort: a register whose shape differs gives fewer facts, never an error. */
function rows<T>(db: Database.Database, sql: string, ...params: unknown[]): T[] {
  try {
    return db.prepare(sql).all(...params) as T[]
  } catch {
    return []
  }
}

export function lookupActivities(db: Database.Database, ids: string[]): RegisterActivityFacts[] {
  const none = (id: string): RegisterActivityFacts => ({ id, subjectCategories: [], dataCategories: [], vendorIds: [], countries: [] })
  if (!registerAvailable(db)) return ids.map(none)
  return ids.map((id) => {
    const row = rows<{ name: string }>(db, 'SELECT name FROM register_activity WHERE id = ?', id)[0]
    if (!row) return none(id)
    const recipients = rows<{ vendor_id: string | null; country: string | null }>(
      db,
      'SELECT vendor_id, country FROM activity_recipient WHERE activity_id = ? ORDER BY position',
      id,
    )
    const transfers = rows<{ vendor_id: string | null; country: string }>(
      db,
      'SELECT vendor_id, country FROM activity_transfer WHERE activity_id = ? ORDER BY position',
      id,
    )
    return {
      id,
      name: row.name,
      subjectCategories: rows<{ name: string }>(db, 'SELECT name FROM activity_subject_category WHERE activity_id = ? ORDER BY position', id).map(
        (r) => r.name,
      ),
      dataCategories: rows<{ name: string; special: string | null; criminal: number }>(
        db,
        'SELECT name, special, criminal FROM activity_data_category WHERE activity_id = ? ORDER BY position',
        id,
      ).map((r) => ({ name: r.name, special: r.special !== null || r.criminal === 1 })),
      vendorIds: [...new Set([...recipients, ...transfers].map((r) => r.vendor_id).filter((v): v is string => !!v))],
      countries: [...new Set([...recipients, ...transfers].map((r) => r.country).filter((c): c is string => !!c))],
    }
  })
}

export function lookupVendors(db: Database.Database, ids: string[]): RegisterVendorFacts[] {
  if (!registerAvailable(db)) return ids.map((id) => ({ id, dataLocations: [] }))
  return ids.map((id) => {
    const row = rows<{ name: string; role: string; country: string }>(db, 'SELECT name, role, country FROM register_vendor WHERE id = ?', id)[0]
    const locations = rows<{ country: string }>(db, 'SELECT country FROM register_vendor_location WHERE vendor_id = ? ORDER BY position', id)
    return { id, name: row?.name, role: row?.role, country: row?.country, dataLocations: locations.map((l) => l.country) }
  })
}
