import type Database from 'better-sqlite3'

// Which recorded breaches name an activity or a vendor of the register. The links are ids without
// foreign keys (registerLookup.ts says why), so the register asks here before it deletes one: a breach
// record must keep naming what it affected. Drills are exercises and do not hold anything back.

export interface LinkingBreach {
  ref: string
  title: string
}

export function breachesLinkingActivity(db: Database.Database, activityId: string): LinkingBreach[] {
  return db
    .prepare(
      `SELECT b.ref, b.title FROM breach_activity_link l JOIN breach b ON b.id = l.breach_id
        WHERE l.activity_id = ? AND b.drill = 0 ORDER BY b.ref`,
    )
    .all(activityId) as LinkingBreach[]
}

export function breachesLinkingVendor(db: Database.Database, vendorId: string): LinkingBreach[] {
  return db
    .prepare(
      `SELECT b.ref, b.title FROM breach_vendor_link l JOIN breach b ON b.id = l.breach_id
        WHERE l.vendor_id = ? AND b.drill = 0 ORDER BY b.ref`,
    )
    .all(vendorId) as LinkingBreach[]
}

/** "BR-2026-003 (Laptop stolen from a designer’s car)", as listed in an "in use by" message. */
export const breachLabel = (b: LinkingBreach): string => `${b.ref} (${b.title})`
