import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { VendorInputSchema, type Vendor, type VendorSummary } from '../../../../shared/domain/register/vendor'
import type { AuditWrite } from '../../audit/auditLog'
import { translator } from '../../../../shared/i18n/translate'
import { CoreError } from '../../errors'
import { breachLabel, unlinkFromDrills } from '../../repositories/breach/breachLinks'
import {
  deleteVendorRow,
  getVendorRow,
  loadVendors,
  putVendor,
  vendorDependents,
  vendorIdByName,
  vendorActivityCounts,
  type VendorDependents,
} from '../../repositories/register/vendorRepo'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../profileService'
import { withoutTimes } from '../../../../shared/domain/withoutTimes'
import { canonical, fieldsError, notFound } from './registerErrors'

type VendorFields = ReturnType<typeof VendorInputSchema.parse>

/** Writes one validated vendor inside an open write transaction; names are unique (case-insensitive). */
export function writeVendor(
  db: Database.Database,
  input: VendorFields,
  now: string,
): { vendor: Vendor; audit: AuditWrite | undefined } {
  const before = input.id ? getVendorRow(db, input.id) : undefined
  const holder = vendorIdByName(db, input.name)
  if (holder && holder !== input.id) throw fieldsError({ name: 'validation.nameTaken' })
  const vendor: Vendor = { ...input, id: input.id ?? randomUUID(), createdAt: before?.createdAt ?? now, updatedAt: now }
  if (before && canonical(withoutTimes(before)) === canonical(withoutTimes(vendor))) return { vendor: before, audit: undefined }
  putVendor(db, vendor)
  return {
    vendor,
    audit: { entity: 'vendor', entityId: vendor.id, action: before ? 'update' : 'create', before: before ?? null, after: vendor },
  }
}

export function saveVendor(ws: Workspace, raw: unknown): { vendor: Vendor; changed: boolean } {
  const input = VendorInputSchema.parse(raw)
  return ws.write((db) => {
    const { vendor, audit } = writeVendor(db, input, ws.now().toISOString())
    return { result: { vendor, changed: !!audit }, audit: audit ? [audit] : [] }
  })
}

export function getVendor(ws: Workspace, id: string): { vendor: Vendor; dependents: VendorDependents } {
  return ws.read((db) => {
    const vendor = getVendorRow(db, id)
    if (!vendor) throw notFound('vendor', id)
    return { vendor, dependents: vendorDependents(db, id) }
  })
}

export const allVendors = (ws: Workspace): Vendor[] => ws.read((db) => loadVendors(db))

/** Refuses while anything still names the vendor, listing what does (the user unlinks it first). */
export function deleteVendor(ws: Workspace, id: string): void {
  ws.write((db) => {
    const before = getVendorRow(db, id)
    if (!before) throw notFound('vendor', id)
    const deps = vendorDependents(db, id)
    // A breach record keeps naming the vendors it involved (no unlinking helps); a drill is an exercise
    // and holds nothing back.
    const breaches = deps.breaches.filter((b) => !b.drill)
    if (breaches.length > 0)
      throw new CoreError('VALIDATION', 'register:errors.vendorInBreach', { name: before.name, names: breaches.map(breachLabel).join(', ') })
    const t = translator(readProfile(ws).language, 'register')
    const names = [
      ...deps.activities.map((a) => a.name),
      ...deps.systems.map((s) => s.name),
      ...deps.transfers.map((tr) => t('errors.transferLabel', { id: tr.id, country: tr.country })),
    ]
    if (names.length > 0) throw new CoreError('VALIDATION', 'register:errors.vendorInUse', { name: before.name, names: names.join(', ') })
    // Drills first: their links are foreign keys that would hold the deletion back.
    const drills = unlinkFromDrills(db, 'vendor', id)
    deleteVendorRow(db, id)
    return { result: null, audit: [{ entity: 'vendor', entityId: id, action: 'delete', before, after: null }, ...drills] }
  })
}

/** The vendor list, with how many activities use each vendor. */
export function listVendorSummaries(ws: Workspace): VendorSummary[] {
  return ws.read((db) => {
    const counts = vendorActivityCounts(db)
    return loadVendors(db).map((v) => ({
      id: v.id,
      name: v.name,
      country: v.country,
      role: v.role,
      dataLocations: v.dataLocations,
      dpaSigned: v.dpa.signed,
      services: v.services,
      activityCount: counts.get(v.id) ?? 0,
      updatedAt: v.updatedAt,
    }))
  })
}
