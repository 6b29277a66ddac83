import type Database from 'better-sqlite3'
import * as m001 from './001_init'
import * as m002 from './002_reminders'

export interface Migration {
  version: number
  name: string
  up(db: Database.Database): void
}

// Numbered, append-only: never edit a shipped migration, add the next one.
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, ...m001 },
  { version: 2, ...m002 },
]

export const LATEST_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1].version
