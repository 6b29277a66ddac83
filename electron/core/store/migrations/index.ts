import type Database from 'better-sqlite3'
import * as m001 from './001_init'

export interface Migration {
  version: number
  name: string
  up(db: Database.Database): void
}

// Numbered, append-only: never edit a shipped migration, add the next one.
export const MIGRATIONS: readonly Migration[] = [{ version: 1, ...m001 }]

export const LATEST_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1].version
