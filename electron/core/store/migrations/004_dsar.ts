import type Database from 'better-sqlite3'

export const name = 'dsar'

// Tables of the dsar module. Until the module lands this migration creates nothing.
export function up(_db: Database.Database): void {}
