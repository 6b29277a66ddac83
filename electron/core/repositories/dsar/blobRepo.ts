import type Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { first, qb, run } from '../../store/queryBuilder'

// Content-addressed file store: a file is kept once per SHA-256 of its bytes, however often attached.

export const sha256Hex = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

/** Stores the bytes (if new) and reads them back to prove they are intact; returns the address. */
export function putBlob(db: Database.Database, data: Buffer, at: string): string {
  const sha = sha256Hex(data)
  if (!first(db, qb.selectFrom('dsar_blob').select('sha256').where('sha256', '=', sha)))
    run(db, qb.insertInto('dsar_blob').values({ sha256: sha, size: data.length, created_at: at, data }))
  const back = getBlob(db, sha)
  if (!back || sha256Hex(back) !== sha)
    throw new Error(`the copy of the file in the workspace does not match its SHA-256 ${sha}`)
  return sha
}

export function getBlob(db: Database.Database, sha: string): Buffer | undefined {
  return first(db, qb.selectFrom('dsar_blob').select('data').where('sha256', '=', sha))?.data
}

/** Deletes a blob no attachment or letter refers to any more. */
export function dropBlobIfUnused(db: Database.Database, sha: string): void {
  const used =
    first(db, qb.selectFrom('dsar_attachment').select('id').where('blob_sha256', '=', sha)) ??
    first(db, qb.selectFrom('dsar_letter').select('id').where('blob_sha256', '=', sha))
  if (!used) run(db, qb.deleteFrom('dsar_blob').where('sha256', '=', sha))
}
