import type Database from 'better-sqlite3'

export const name = 'register'

// Tables of the register module. Until the module lands this migration creates nothing.
export function up(_db: Database.Database): void {}
