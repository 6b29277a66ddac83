import type Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { APPLICATION_ID } from './fileFormat'
import { MIGRATIONS, type Migration } from './migrations/index'

export interface MigrationOutcome {
  from: number
  to: number
  backupPath?: string
}

function backupName(path: string, from: number, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  let candidate = `${path}.schema${from}-${stamp}.bak`
  for (let i = 2; existsSync(candidate); i++) candidate = `${path}.schema${from}-${stamp}-${i}.bak`
  return candidate
}

/**
 * Brings the file to LATEST_SCHEMA in one transaction (all or nothing). An existing workspace is
 * first copied with VACUUM INTO, a consistent single-file backup, so an upgrade can always be undone.
 * A migration that changes records writes their audit rows as `actor` (the one opening the file).
 */
export function migrate(
  db: Database.Database,
  path: string,
  now: Date,
  migrations: readonly Migration[] = MIGRATIONS,
  actor = 'system',
): MigrationOutcome {
  const latest = migrations[migrations.length - 1].version
  const from = db.pragma('user_version', { simple: true }) as number
  if (from >= latest) return { from, to: from }
  let backupPath: string | undefined
  if (from > 0) {
    backupPath = backupName(path, from, now)
    db.prepare('VACUUM INTO ?').run(backupPath)
  }
  db.transaction(() => {
    for (const m of migrations) if (m.version > from) m.up(db, { now: now.toISOString(), actor })
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.pragma(`user_version = ${latest}`)
  }).immediate()
  return { from, to: latest, backupPath }
}
