import { closeSync, openSync, readSync } from 'node:fs'
import Database from 'better-sqlite3'

/** PRAGMA application_id of every workspace file: "PWB1". */
export const APPLICATION_ID = 0x50574231

const SQLITE_MAGIC = 'SQLite format 3\u0000'

export function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(16)
    const n = readSync(fd, buf, 0, 16, 0)
    return n === 16 && buf.toString('latin1') === SQLITE_MAGIC
  } finally {
    closeSync(fd)
  }
}

export interface FileProbe {
  kind: 'workspace' | 'foreign'
  schemaVersion: number
}

/** Reads the identity of a SQLite file read-only, so a file we refuse is left byte-identical. */
export function probeSqliteFile(path: string): FileProbe {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const appId = db.pragma('application_id', { simple: true }) as number
    const version = db.pragma('user_version', { simple: true }) as number
    return { kind: appId === APPLICATION_ID ? 'workspace' : 'foreign', schemaVersion: version }
  } finally {
    db.close()
  }
}
