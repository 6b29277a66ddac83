import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { writeFileAtomic } from '../../files/writeFileAtomic'
import { basename, dirname, extname, join } from 'node:path'
import type { z } from 'zod'
import { DsarAttachmentExportSchema, DsarAttachmentInputSchema } from '../../../../shared/domain/dsar/inputs'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { CoreError } from '../../errors'
import { dropBlobIfUnused, getBlob, putBlob, sha256Hex } from '../../repositories/dsar/blobRepo'
import { qb, run } from '../../store/queryBuilder'
import type { Workspace } from '../../store/workspace'
import { getCaseView } from './caseService'
import { dsarContext, mustLoad, mustLoadLive } from './context'
import { refused } from './dsarErrors'

// Files attached to a case are copied into the workspace (DESIGN.md "Nothing is lost"), addressed by
// their SHA-256, so they travel (and are encrypted) with the one workspace file. The original is never
// moved or changed; its path is kept as information only.

/** Largest file accepted: the workspace stays a file a user can carry and back up. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1)

function tooBig(field: string, name: string, size: number): CoreError {
  return new CoreError(
    'VALIDATION',
    'dsarUi:errors.fileTooBig',
    { name, size: mb(size), limit: mb(MAX_ATTACHMENT_BYTES) },
    { [field]: 'validation.dsarFileTooBig' },
  )
}

function readSource(input: z.output<typeof DsarAttachmentInputSchema>): {
  data: Buffer
  originalPath: string | null
} {
  if (input.sourcePath) {
    const st = statSync(input.sourcePath) // a missing file becomes an IO error naming the path
    if (!st.isFile())
      throw new CoreError(
        'VALIDATION',
        'dsarUi:errors.notAFile',
        { path: input.sourcePath },
        { sourcePath: 'validation.dsarNotAFile' },
      )
    if (st.size > MAX_ATTACHMENT_BYTES) throw tooBig('sourcePath', input.fileName, st.size)
    return { data: readFileSync(input.sourcePath), originalPath: input.sourcePath }
  }
  const b64 = input.dataBase64 ?? ''
  if (Math.floor((b64.length * 3) / 4) > MAX_ATTACHMENT_BYTES + 3)
    throw tooBig('dataBase64', input.fileName, Math.floor((b64.length * 3) / 4))
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64))
    throw new CoreError('VALIDATION', 'dsarUi:errors.badFileData', {}, { dataBase64: 'validation.invalid' })
  const data = Buffer.from(b64, 'base64')
  if (data.length > MAX_ATTACHMENT_BYTES) throw tooBig('dataBase64', input.fileName, data.length)
  return { data, originalPath: null }
}

export function addAttachment(ws: Workspace, raw: unknown): DsarCaseView {
  const input = DsarAttachmentInputSchema.parse(raw)
  const { data, originalPath } = readSource(input)
  ws.write((db) => {
    const ctx = dsarContext(db, ws.now())
    const c = mustLoadLive(db, input.caseId)
    const sha = putBlob(db, data, ctx.nowIso)
    const row = {
      case_id: c.id,
      blob_sha256: sha,
      file_name: basename(input.fileName),
      original_path: originalPath ?? input.fileName,
      media_type: input.mediaType ?? null,
      size: data.length,
      note: input.note ?? null,
      added_at: ctx.nowIso,
    }
    const id = Number(run(db, qb.insertInto('dsar_attachment').values(row)).lastInsertRowid)
    run(db, qb.updateTable('dsar_case').set({ updated_at: ctx.nowIso }).where('id', '=', c.id))
    const { case_id: _c, ...after } = row
    return {
      result: id,
      audit: [{ entity: 'attachment', entityId: `${c.id}/attachment/${id}`, action: 'create', after }],
    }
  })
  return getCaseView(ws, input.caseId)
}

/** A name not yet used in `dir`: "scan.pdf", "scan (2).pdf", … (an existing file is never overwritten). */
function freeName(dir: string, name: string, data: Buffer): { path: string; existing: boolean } {
  const ext = extname(name)
  const stem = name.slice(0, name.length - ext.length) || 'file'
  for (let i = 1; ; i++) {
    const path = join(dir, i === 1 ? `${stem}${ext}` : `${stem} (${i})${ext}`)
    if (!existsSync(path)) return { path, existing: false }
    if (sha256Hex(readFileSync(path)) === sha256Hex(data)) return { path, existing: true }
  }
}

/** Writes a copy of an attachment out of the workspace; returns where. */
export function exportAttachment(ws: Workspace, raw: unknown): { path: string; bytes: number } {
  const input = DsarAttachmentExportSchema.parse(raw)
  const { data, name } = ws.read((db) => {
    const c = mustLoad(db, input.caseId)
    const a = c.attachments.find((x) => x.id === input.id)
    if (!a) throw refused('recordNotFound', { id: input.id })
    const blob = getBlob(db, a.sha256)
    if (!blob || sha256Hex(blob) !== a.sha256) throw refused('blobDamaged', { name: a.fileName ?? a.sha256 })
    return { data: blob, name: a.fileName ?? `${a.sha256.slice(0, 12)}.bin` }
  })
  const dir = input.dir ?? join(dirname(ws.path), 'Attachments', input.caseId)
  mkdirSync(dir, { recursive: true })
  const target = freeName(dir, name, data)
  if (!target.existing) writeFileAtomic(target.path, data)
  return { path: target.path, bytes: data.length }
}

/** Removes attachment rows (and blobs nobody else uses) inside a purge. */
export function dropAttachments(
  db: Parameters<Parameters<Workspace['write']>[0]>[0],
  caseId: string,
  shas: string[],
): void {
  run(db, qb.deleteFrom('dsar_attachment').where('case_id', '=', caseId))
  for (const sha of new Set(shas)) dropBlobIfUnused(db, sha)
}
