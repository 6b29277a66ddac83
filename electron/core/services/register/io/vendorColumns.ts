import type { RegisterSystem, SystemInput } from '../../../../../shared/domain/register/system'
import { SYSTEM_TYPES } from '../../../../../shared/domain/register/system'
import type { Vendor, VendorInput } from '../../../../../shared/domain/register/vendor'
import { VENDOR_ROLES } from '../../../../../shared/domain/register/vendor'
import { cellLines, joinParts, NO, parseYesNo, splitParts, YES } from './cellSyntax'
import type { IssueList } from './issues'
import { sheetLayout, type SheetRow } from './sheetRows'
import { readCountry, readDate, valueReader } from './valueWords'

// The Vendors and Systems sheets (docs/register-import-format.md).

export const VENDOR_COLUMNS = [
  'id',
  'name',
  'country',
  'role',
  'services',
  'data_locations',
  'dpa_signed',
  'dpa_signed_on',
  'dpa_reference',
  'certifications',
  'contact_name',
  'contact_email',
  'website',
  'notes',
] as const
export type VendorColumn = (typeof VENDOR_COLUMNS)[number]
export const VENDOR_LAYOUT = sheetLayout('vendors', VENDOR_COLUMNS, ['name', 'country', 'role'])

export const SYSTEM_COLUMNS = ['id', 'name', 'type', 'location', 'country', 'internal', 'vendor', 'notes'] as const
export type SystemColumn = (typeof SYSTEM_COLUMNS)[number]
export const SYSTEM_LAYOUT = sheetLayout('systems', SYSTEM_COLUMNS, ['name'])

// Roles and types also read as the names the app shows for them, in English, Italian or French.
const READ_VENDOR_ROLE = valueReader(VENDOR_ROLES, ['vendorRoles'])
const READ_SYSTEM_TYPE = valueReader(SYSTEM_TYPES, ['systemTypes'])

const lines = (items: string[]) => items.map((i) => joinParts([i])).join('\n')
const items = (cell: string) => cellLines(cell).map((l) => splitParts(l.text)[0])

export function vendorToRow(v: Vendor): Record<VendorColumn, string> {
  return {
    id: v.id,
    name: v.name,
    country: v.country,
    role: v.role,
    services: lines(v.services),
    data_locations: lines(v.dataLocations),
    dpa_signed: v.dpa.signed ? YES : NO,
    dpa_signed_on: v.dpa.signedOn ?? '',
    dpa_reference: v.dpa.reference ?? '',
    certifications: lines(v.certifications),
    contact_name: v.contactName ?? '',
    contact_email: v.contactEmail ?? '',
    website: v.website ?? '',
    notes: v.notes ?? '',
  }
}

export function parseVendorRow(sheet: string, r: SheetRow<VendorColumn>, base: VendorInput | undefined, issues: IssueList): VendorInput {
  const out: Partial<VendorInput> = { ...base }
  if (r.has('id') && r.get('id')) out.id = r.get('id')
  out.name = r.get('name')
  out.country = readCountry(r.get('country'))
  const role = READ_VENDOR_ROLE(r.get('role'))
  if (role) out.role = role
  else issues.add(sheet, r.row, 'role', 'unknownValueOrName', { value: r.get('role'), allowed: VENDOR_ROLES.join(', ') })
  if (r.has('services')) out.services = items(r.get('services'))
  if (r.has('data_locations')) out.dataLocations = items(r.get('data_locations')).map(readCountry)
  if (r.has('certifications')) out.certifications = items(r.get('certifications'))
  for (const [c, f] of [
    ['contact_name', 'contactName'],
    ['contact_email', 'contactEmail'],
    ['website', 'website'],
    ['notes', 'notes'],
  ] as const)
    if (r.has(c)) out[f] = r.get(c) || undefined
  if (r.has('dpa_signed') || r.has('dpa_signed_on') || r.has('dpa_reference')) {
    const prev = base?.dpa ?? { signed: false }
    let signed = prev.signed ?? false
    if (r.has('dpa_signed')) {
      const b = parseYesNo(r.get('dpa_signed'))
      if (b === 'bad') issues.add(sheet, r.row, 'dpa_signed', 'yesNo', { value: r.get('dpa_signed') })
      else signed = b ?? false
    }
    out.dpa = {
      signed,
      signedOn: r.has('dpa_signed_on') ? (r.get('dpa_signed_on') ? readDate(r.get('dpa_signed_on')) : undefined) : prev.signedOn,
      reference: r.has('dpa_reference') ? r.get('dpa_reference') || undefined : prev.reference,
    }
  }
  return out as VendorInput
}

export function vendorColumnOf(path: PropertyKey[]): VendorColumn {
  const [field, sub] = path
  if (field === 'dpa') return sub === 'signedOn' ? 'dpa_signed_on' : sub === 'reference' ? 'dpa_reference' : 'dpa_signed'
  const map: Record<string, VendorColumn> = {
    id: 'id',
    name: 'name',
    country: 'country',
    role: 'role',
    services: 'services',
    dataLocations: 'data_locations',
    certifications: 'certifications',
    contactName: 'contact_name',
    contactEmail: 'contact_email',
    website: 'website',
    notes: 'notes',
  }
  return map[String(field)] ?? 'name'
}

export function systemToRow(s: RegisterSystem, vendorName: (id: string) => string): Record<SystemColumn, string> {
  return {
    id: s.id,
    name: s.name,
    type: s.type,
    location: s.location ?? '',
    country: s.country ?? '',
    internal: s.internal ? YES : NO,
    vendor: s.vendorId ? vendorName(s.vendorId) : '',
    notes: s.notes ?? '',
  }
}

export function parseSystemRow(
  sheet: string,
  r: SheetRow<SystemColumn>,
  base: SystemInput | undefined,
  vendorId: (name: string) => string | undefined,
  issues: IssueList,
): SystemInput {
  const out: Partial<SystemInput> = { ...base }
  if (r.has('id') && r.get('id')) out.id = r.get('id')
  out.name = r.get('name')
  if (r.has('type')) {
    const type = r.get('type').trim() ? READ_SYSTEM_TYPE(r.get('type')) : 'application'
    if (type) out.type = type
    else issues.add(sheet, r.row, 'type', 'unknownValueOrName', { value: r.get('type'), allowed: SYSTEM_TYPES.join(', ') })
  }
  if (r.has('location')) out.location = r.get('location') || undefined
  if (r.has('country')) out.country = r.get('country') ? readCountry(r.get('country')) : undefined
  if (r.has('notes')) out.notes = r.get('notes') || undefined
  if (r.has('internal')) {
    const b = parseYesNo(r.get('internal'))
    if (b === 'bad') issues.add(sheet, r.row, 'internal', 'yesNo', { value: r.get('internal') })
    else out.internal = b ?? true
  }
  if (r.has('vendor')) {
    const name = r.get('vendor')
    if (!name) out.vendorId = undefined
    else {
      const id = vendorId(name)
      if (id) out.vendorId = id
      else issues.add(sheet, r.row, 'vendor', 'unknownVendor', { name })
    }
  }
  return out as SystemInput
}

export function systemColumnOf(path: PropertyKey[]): SystemColumn {
  const map: Record<string, SystemColumn> = { id: 'id', name: 'name', type: 'type', location: 'location', country: 'country', internal: 'internal', vendorId: 'vendor', notes: 'notes' }
  return map[String(path[0])] ?? 'name'
}
