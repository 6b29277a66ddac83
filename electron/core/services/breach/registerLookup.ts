import type Database from 'better-sqlite3'
import { loadActivities } from '../../repositories/register/activityRepo'
import { loadVendors } from '../../repositories/register/vendorRepo'

// The bridge from a breach to the register (issue 4): what the activities and vendors a breach names say
// about who and what it concerns. A breach's links are foreign keys to the register (migration 8), so
// every id names a record; the register refuses to delete one a real breach names and unlinks drills first
// (repositories/breach/breachLinks.ts). Read through the register's own repositories.

export interface RegisterActivityFacts {
  id: string
  name: string
  subjectCategories: string[]
  dataCategories: { name: string; special: boolean }[]
  /** Vendors the activity discloses data to (recipients) or transfers it through. */
  vendorIds: string[]
  /** Countries of the activity's transfers and recipients. */
  countries: string[]
}
export interface RegisterVendorFacts {
  id: string
  name: string
  role: string
  country: string
  dataLocations: string[]
}

const present = <T>(x: T | undefined): x is T => x !== undefined

/** Whether the register has any activity yet (the impact then rests on the breach record alone). */
export function registerFilledIn(db: Database.Database): boolean {
  return !!db.prepare('SELECT 1 FROM register_activity LIMIT 1').get()
}

export function lookupActivities(db: Database.Database, ids: string[]): RegisterActivityFacts[] {
  return ids
    .map((id) => loadActivities(db, id)[0])
    .filter(present)
    .map((a) => {
      const links = [...a.recipients, ...a.transfers]
      return {
        id: a.id,
        name: a.name,
        subjectCategories: a.dataSubjectCategories,
        // Art. 10 data is flagged with the special categories: both raise the risk to the people concerned.
        dataCategories: a.dataCategories.map((c) => ({ name: c.name, special: !!c.special || c.criminal })),
        vendorIds: [...new Set(links.map((l) => l.vendorId).filter(present))],
        countries: [...new Set(links.map((l) => l.country).filter(present))],
      }
    })
}

export function lookupVendors(db: Database.Database, ids: string[]): RegisterVendorFacts[] {
  return ids
    .map((id) => loadVendors(db, id)[0])
    .filter(present)
    .map((v) => ({ id: v.id, name: v.name, role: v.role, country: v.country, dataLocations: v.dataLocations }))
}
