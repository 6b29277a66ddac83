import type Database from 'better-sqlite3'

// Which recorded breaches name an activity or a vendor of the register. The links are ids without
// foreign keys (registerLookup.ts says why), so the register asks here before it deletes one: a breach
// record must keep naming what it affected. Drills are exercises and do not hold anything back.

export interface LinkingBreach {
  ref: string
  title: string
}

const LINKS = {
  activity: { table: 'breach_activity_link', column: 'activity_id' },
  vendor: { table: 'breach_vendor_link', column: 'vendor_id' },
} as const

/** The real breaches that name this activity or vendor, by reference. */
export function breachesLinking(db: Database.Database, kind: keyof typeof LINKS, id: string): LinkingBreach[] {
  const { table, column } = LINKS[kind]
  return db
    .prepare(
      `SELECT b.ref, b.title FROM ${table} l JOIN breach b ON b.id = l.breach_id
        WHERE l.${column} = ? AND b.drill = 0 ORDER BY b.ref`,
    )
    .all(id) as LinkingBreach[]
}

/** "BR-2026-003 (Laptop stolen from a designer’s car)", as listed in an "in use by" message. */
export const breachLabel = (b: LinkingBreach): string => `${b.ref} (${b.title})`
