import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { SystemInputSchema, type RegisterSystem } from '../../../../shared/domain/register/system'
import type { AuditWrite } from '../../audit/auditLog'
import { CoreError } from '../../errors'
import { deleteSystemRow, getSystemRow, loadSystems, putSystem, systemDependents, systemIdByName } from '../../repositories/register/systemRepo'
import { vendorExists } from '../../repositories/register/vendorRepo'
import type { Workspace } from '../../store/workspace'
import { withoutTimes } from '../../../../shared/domain/withoutTimes'
import { canonical, fieldsError, notFound } from './registerErrors'

type SystemFields = ReturnType<typeof SystemInputSchema.parse>

export function writeSystem(db: Database.Database, input: SystemFields, now: string): { system: RegisterSystem; audit: AuditWrite | undefined } {
  const holder = systemIdByName(db, input.name)
  if (holder && holder !== input.id) throw fieldsError({ name: 'validation.nameTaken' })
  if (input.vendorId && !vendorExists(db, input.vendorId)) throw fieldsError({ vendorId: 'validation.unknownVendor' })
  const before = input.id ? getSystemRow(db, input.id) : undefined
  const system: RegisterSystem = { ...input, id: input.id ?? randomUUID(), createdAt: before?.createdAt ?? now, updatedAt: now }
  if (before && canonical(withoutTimes(before)) === canonical(withoutTimes(system))) return { system: before, audit: undefined }
  putSystem(db, system)
  return { system, audit: { entity: 'system', entityId: system.id, action: before ? 'update' : 'create', before: before ?? null, after: system } }
}

export function saveSystem(ws: Workspace, raw: unknown): { system: RegisterSystem; changed: boolean } {
  const input = SystemInputSchema.parse(raw)
  return ws.write((db) => {
    const { system, audit } = writeSystem(db, input, ws.now().toISOString())
    return { result: { system, changed: !!audit }, audit: audit ? [audit] : [] }
  })
}

export const allSystems = (ws: Workspace): RegisterSystem[] => ws.read((db) => loadSystems(db))

export function deleteSystem(ws: Workspace, id: string): void {
  ws.write((db) => {
    const before = getSystemRow(db, id)
    if (!before) throw notFound('system', id)
    const users = systemDependents(db, id)
    if (users.length > 0)
      throw new CoreError('VALIDATION', 'register:errors.systemInUse', { name: before.name, names: users.map((a) => a.name).join(', ') })
    deleteSystemRow(db, id)
    return { result: null, audit: [{ entity: 'system', entityId: id, action: 'delete', before, after: null }] }
  })
}
