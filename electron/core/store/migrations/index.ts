import type Database from 'better-sqlite3'
import * as m001 from './001_init'
import * as m002 from './002_reminders'
import * as m003 from './003_register'
import * as m004 from './004_dsar'
import * as m005 from './005_breach'
import * as m006 from './006_transfers'
import * as m007 from './007_dsar_letter_fr'
import * as m008 from './008_breach_link_keys'
import type { MigrationContext } from './context'

export interface Migration {
  version: number
  name: string
  up(db: Database.Database, ctx: MigrationContext): void
}

// Numbered, append-only: never edit a shipped migration, add the next one.
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, ...m001 },
  { version: 2, ...m002 },
  { version: 3, ...m003 },
  { version: 4, ...m004 },
  { version: 5, ...m005 },
  { version: 6, ...m006 },
  { version: 7, ...m007 },
  { version: 8, ...m008 },
]

export const LATEST_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1].version
