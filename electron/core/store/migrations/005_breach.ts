import type Database from 'better-sqlite3'

export const name = 'breach'

// Tables of the breach module. Until the module lands this migration creates nothing.
export function up(_db: Database.Database): void {}
