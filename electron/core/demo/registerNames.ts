import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CoreError } from '../errors'
import { first, qb } from '../store/queryBuilder'
import type { DemoContext } from './demoSeeders'
import { localizeDemo } from './localizeDemo'

// The demo seeders after the register's (transfers, breaches) link to its vendors and activities by their
// English names in resources/demo/<sample>/register.json (as the register's own entries link to each
// other). The register was written in the demo's language, so a name is looked up in the file and
// localized the same way before it is found in the workspace: the names are written once, in the file.

type Entries = { name: unknown }[]

export interface RegisterNames {
  vendorId(englishName: string): string | undefined
  activityId(englishName: string): string | undefined
}

export function registerNames({ ws, resourcesDir, sample, language }: DemoContext): RegisterNames {
  const data = JSON.parse(readFileSync(join(resourcesDir, 'demo', sample, 'register.json'), 'utf8')) as {
    vendors: Entries
    activities: Entries
  }
  /** The entry's name in the demo's language; the English name itself when the file has no such entry. */
  const nameOf = (entries: Entries, englishName: string) => {
    const entry = entries.find((e) => localizeDemo(e.name, 'en') === englishName)
    return entry ? String(localizeDemo(entry.name, language)) : englishName
  }
  const idIn = (table: 'register_vendor' | 'register_activity', name: string) =>
    ws.read((db) => first(db, qb.selectFrom(table).select('id').where('name', '=', name)))?.id
  return {
    vendorId: (englishName) => idIn('register_vendor', nameOf(data.vendors, englishName)),
    activityId: (englishName) => idIn('register_activity', nameOf(data.activities, englishName)),
  }
}

/** A demo seeder's data names a register entry the register's demo did not create: a bug in the data. */
export const missing = (file: string, what: string) =>
  new CoreError('INTERNAL', 'errors.internal', {
    detail: `${file}: the register has no ${what} (the register's demo must run first)`,
  })
