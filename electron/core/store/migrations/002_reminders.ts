import type Database from 'better-sqlite3'

export const name = 'reminders'

export function up(db: Database.Database): void {
  // One row per reminder that fired, so a restart (or a clock jump) never fires it twice.
  db.exec(`
    CREATE TABLE reminder_log (
      key      TEXT PRIMARY KEY NOT NULL,
      fired_at TEXT NOT NULL,
      due_at   TEXT NOT NULL
    ) STRICT;
  `)
}
