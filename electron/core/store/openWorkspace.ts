import Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Clock } from '../clock'
import { CoreError } from '../errors'
import { hasSqliteHeader, probeSqliteFile } from './fileFormat'
import { acquireLock, holderParams } from './lockFile'
import { migrate } from './migrate'
import { LATEST_SCHEMA } from './migrations/index'
import { first, qb, run } from './queryBuilder'
import { Workspace, type OpenWarning } from './workspace'

export interface OpenOptions {
  clock: Clock
  actor: string
  /** Create a new file (must not exist) instead of opening one (must exist). */
  create?: boolean
  idleCheckpointMs?: number
}

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  // A 64 MiB page cache (the default is 2 MiB): a large import changes tens of MiB of pages in one
  // transaction, and a cache too small for them spills pages to the WAL midway and reads them back.
  db.pragma('cache_size = -65536')
}

/** Refuses, before touching it, anything that is not a workspace this version can read. */
function checkExisting(path: string): void {
  if (!existsSync(path)) throw new CoreError('NOT_FOUND', 'errors.notFound', { path })
  if (!statSync(path).isFile() || !hasSqliteHeader(path))
    throw new CoreError('NOT_A_WORKSPACE', 'errors.notAWorkspace', { path })
  let probe
  try {
    probe = probeSqliteFile(path)
  } catch {
    throw new CoreError('NOT_A_WORKSPACE', 'errors.notAWorkspace', { path })
  }
  if (probe.kind !== 'workspace') throw new CoreError('NOT_A_WORKSPACE', 'errors.notAWorkspace', { path })
  if (probe.schemaVersion > LATEST_SCHEMA)
    throw new CoreError('NEWER_SCHEMA', 'errors.newerSchema', {
      path,
      found: probe.schemaVersion,
      known: LATEST_SCHEMA,
    })
}

export function openWorkspace(rawPath: string, opts: OpenOptions): Workspace {
  const path = resolve(rawPath)
  if (opts.create) {
    if (existsSync(path)) throw new CoreError('EXISTS', 'errors.exists', { path })
    mkdirSync(dirname(path), { recursive: true })
  } else {
    checkExisting(path)
  }
  const lock = acquireLock(path, opts.clock.now())
  const warnings: OpenWarning[] = []
  if (lock.stale === 'unreadable') warnings.push({ key: 'warnings.staleLockUnreadable' })
  else if (lock.stale) warnings.push({ key: 'warnings.staleLock', params: holderParams(lock.stale) })
  const wal = `${path}-wal`
  if (!opts.create && existsSync(wal) && statSync(wal).size > 0) warnings.push({ key: 'warnings.strayWal' })
  let db: Database.Database | undefined
  try {
    db = new Database(path, { fileMustExist: !opts.create })
    applyPragmas(db)
    const outcome = migrate(db, path, opts.clock.now(), undefined, opts.actor)
    if (outcome.backupPath)
      warnings.push({ key: 'warnings.backupTaken', params: { backup: outcome.backupPath } })
    if (outcome.from === 0) {
      const now = opts.clock.now().toISOString()
      db.transaction(() => {
        run(
          db!,
          qb.insertInto('meta').values([
            { key: 'workspace_id', value: randomUUID() },
            { key: 'created_at', value: now },
          ]),
        )
      })()
    }
    const meta = (key: string) =>
      first(db!, qb.selectFrom('meta').select('value').where('key', '=', key))?.value
    return new Workspace({
      db,
      path,
      id: meta('workspace_id') ?? 'unknown',
      createdAt: meta('created_at') ?? '',
      schemaVersion: outcome.to,
      warnings,
      clock: opts.clock,
      actor: opts.actor,
      releaseLock: lock.release,
      idleCheckpointMs: opts.idleCheckpointMs ?? 0,
    })
  } catch (e) {
    db?.close()
    lock.release()
    throw e
  }
}
