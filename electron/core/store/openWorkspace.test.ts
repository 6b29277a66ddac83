import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../clock'
import { CoreError } from '../errors'
import { createWorkspace } from '../services/workspaceService'
import { tempDir } from '../testing/tempDir'
import { APPLICATION_ID } from './fileFormat'
import { LATEST_SCHEMA, MIGRATIONS } from './migrations/index'
import { migrate } from './migrate'
import { openWorkspace } from './openWorkspace'

const clock = new ManualClock('2026-11-23T10:00:00Z')
const deps = { clock, actor: 'tester' }
const digest = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => (tmp = tempDir()))
afterEach(() => tmp.cleanup())

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (e) {
    return e instanceof CoreError ? e.code : `non-core: ${String(e)}`
  }
  return undefined
}

describe('openWorkspace', () => {
  it('creates a WAL, FULL-sync, foreign-key workspace stamped with our application id', () => {
    const path = join(tmp.dir, 'a.pwb')
    const ws = createWorkspace({ path, legalName: 'Acme Srl', country: 'IT', timeZone: 'Europe/Rome' }, deps)
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(ws.db.pragma('synchronous', { simple: true })).toBe(2)
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(ws.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA)
    ws.close()
    // Closed cleanly: one file to carry, no journal and no lock left beside it.
    expect(existsSync(`${path}-wal`)).toBe(false)
    expect(existsSync(`${path}.lock`)).toBe(false)
  })

  it('refuses a text file and leaves it byte-identical', () => {
    const path = join(tmp.dir, 'x.pwb')
    writeFileSync(path, 'hello\n')
    const before = digest(path)
    expect(codeOf(() => openWorkspace(path, deps))).toBe('NOT_A_WORKSPACE')
    expect(digest(path)).toBe(before)
    expect(existsSync(`${path}.lock`)).toBe(false)
  })

  it('refuses a foreign SQLite database and leaves it byte-identical', () => {
    const path = join(tmp.dir, 'other.db')
    const db = new Database(path)
    db.exec('create table t(x); insert into t values (1)')
    db.close()
    const before = digest(path)
    expect(codeOf(() => openWorkspace(path, deps))).toBe('NOT_A_WORKSPACE')
    expect(digest(path)).toBe(before)
  })

  it('refuses a workspace with a newer schema and leaves it byte-identical', () => {
    const path = join(tmp.dir, 'new.pwb')
    createWorkspace({ path, legalName: 'Acme Srl', country: 'IT', timeZone: 'Europe/Rome' }, deps).close()
    const db = new Database(path)
    db.pragma(`user_version = ${LATEST_SCHEMA + 1}`)
    db.pragma('journal_mode = DELETE')
    db.close()
    const before = digest(path)
    expect(codeOf(() => openWorkspace(path, deps))).toBe('NEWER_SCHEMA')
    expect(digest(path)).toBe(before)
  })

  it('gives a clear error when the file does not exist, or when creating over an existing one', () => {
    expect(codeOf(() => openWorkspace(join(tmp.dir, 'missing.pwb'), deps))).toBe('NOT_FOUND')
    const path = join(tmp.dir, 'a.pwb')
    createWorkspace({ path, legalName: 'A', country: 'IT', timeZone: 'Europe/Rome' }, deps).close()
    expect(
      codeOf(() => createWorkspace({ path, legalName: 'B', country: 'IT', timeZone: 'Europe/Rome' }, deps)),
    ).toBe('EXISTS')
  })

  it('locks the file: a second opener is told it is open elsewhere', () => {
    const path = join(tmp.dir, 'a.pwb')
    const ws = createWorkspace({ path, legalName: 'A', country: 'IT', timeZone: 'Europe/Rome' }, deps)
    expect(codeOf(() => openWorkspace(path, deps))).toBe('LOCKED')
    ws.close()
    const again = openWorkspace(path, deps)
    expect(again.isOpen).toBe(true)
    again.close()
  })

  it('takes over a lock left by a dead process, and says so', () => {
    const path = join(tmp.dir, 'a.pwb')
    createWorkspace({ path, legalName: 'A', country: 'IT', timeZone: 'Europe/Rome' }, deps).close()
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), since: 'x' }))
    const ws = openWorkspace(path, deps)
    expect(ws.warnings).toEqual([
      { key: 'warnings.staleLock', params: { pid: String(2 ** 22 + 12345), host: hostname(), since: 'x' } },
    ])
    ws.close()
  })

  it('takes over a damaged lock file, and says so', () => {
    const path = join(tmp.dir, 'a.pwb')
    createWorkspace({ path, legalName: 'A', country: 'IT', timeZone: 'Europe/Rome' }, deps).close()
    writeFileSync(`${path}.lock`, '{"pid": 12')
    const ws = openWorkspace(path, deps)
    expect(ws.warnings).toEqual([{ key: 'warnings.staleLockUnreadable' }])
    ws.close()
  })

  it('reports a stray -wal journal found on open', () => {
    const path = join(tmp.dir, 'a.pwb')
    const ws = createWorkspace({ path, legalName: 'A', country: 'IT', timeZone: 'Europe/Rome' }, deps)
    // Simulate a crash: copy the file and its live WAL while open.
    ws.db.prepare("insert into meta(key, value) values ('k', 'v')").run()
    const copy = join(tmp.dir, 'crash.pwb')
    writeFileSync(copy, readFileSync(path))
    writeFileSync(`${copy}-wal`, readFileSync(`${path}-wal`))
    ws.close()
    const reopened = openWorkspace(copy, deps)
    expect(reopened.warnings).toEqual([{ key: 'warnings.strayWal' }])
    expect(reopened.db.prepare("select value from meta where key='k'").get()).toEqual({ value: 'v' })
    reopened.close()
  })

  it('backs up an older workspace before upgrading its schema, and a failed upgrade changes nothing', () => {
    const path = join(tmp.dir, 'old.pwb')
    createWorkspace({ path, legalName: 'A', country: 'IT', timeZone: 'Europe/Rome' }, deps).close()
    const db = new Database(path)
    const v2 = {
      version: LATEST_SCHEMA + 1,
      name: 'add',
      up: (d: Database.Database) => d.exec('create table extra(x)'),
    }
    const out = migrate(db, path, clock.now(), [...MIGRATIONS, v2])
    expect(out).toMatchObject({ from: LATEST_SCHEMA, to: LATEST_SCHEMA + 1 })
    expect(existsSync(out.backupPath!)).toBe(true)
    const backup = new Database(out.backupPath!, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA)
    backup.close()
    const broken = {
      version: LATEST_SCHEMA + 2,
      name: 'bad',
      up: (d: Database.Database) => d.exec('create table extra2(x); select * from nope'),
    }
    expect(() => migrate(db, path, clock.now(), [...MIGRATIONS, v2, broken])).toThrow(/nope/)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA + 1)
    expect(db.prepare("select count(*) n from sqlite_master where name='extra2'").get()).toEqual({ n: 0 })
    db.close()
  })
})
