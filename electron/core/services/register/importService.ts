import { randomUUID } from 'node:crypto'
import { accessSync, constants, existsSync } from 'node:fs'
import { basename } from 'node:path'
import { ActivityInputSchema, type Activity, type ActivityFields, type ActivityInput } from '../../../../shared/domain/register/activity'
import { ImportInputSchema, type ImportResult } from '../../../../shared/domain/register/importExport'
import { SystemInputSchema, type RegisterSystem, type SystemInput } from '../../../../shared/domain/register/system'
import { VendorInputSchema, type Vendor, type VendorInput } from '../../../../shared/domain/register/vendor'
import { catalogueOf } from '../../../../shared/i18n/catalogueOf'
import { translator } from '../../../../shared/i18n/translate'
import type { AuditWrite } from '../../audit/auditLog'
import { CoreError } from '../../errors'
import { loadActivities } from '../../repositories/register/activityRepo'
import { loadSystems } from '../../repositories/register/systemRepo'
import { loadVendors } from '../../repositories/register/vendorRepo'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../profileService'
import { writeActivities } from './activityService'
import { SHEETS } from './exportService'
import { ACTIVITY_LAYOUT, activityColumnOf, parseActivityRow } from './io/activityColumns'
import { sheetFiles, sheetKeyOf, type SheetKey } from './io/columnNames'
import { IssueList } from './io/issues'
import { noteRunTogetherItems } from './io/listNotes'
import { formatOf, readCsv, readWorkbook, siblingCsv } from './io/registerFiles'
import { MAX_UNPACKED_MB, WorkbookTooLarge } from './io/xlsxCells'
import type { RawSheet } from './io/sheetRows'
import { readRows } from './io/sheetRows'
import {
  parseSystemRow,
  parseVendorRow,
  SYSTEM_LAYOUT,
  systemColumnOf,
  VENDOR_LAYOUT,
  vendorColumnOf,
} from './io/vendorColumns'
import { writeSystem } from './systemService'
import { writeVendor } from './vendorService'

type VendorFields = ReturnType<typeof VendorInputSchema.parse>
type SystemFields = ReturnType<typeof SystemInputSchema.parse>

interface Sheets {
  activities?: RawSheet
  vendors?: RawSheet
  systems?: RawSheet
}

class DryRunRollback extends Error {
  constructor(readonly counts: Omit<ImportResult, 'applied' | 'dryRun' | 'errors' | 'notes'>) {
    super('dry run')
  }
}

/**
 * The CSV beside `path` holding another sheet, named in any of our languages (X-vendors.csv,
 * X-fornitori.csv, X-fournisseurs.csv); its problems are reported under the sheet's name in that language.
 * Two of them is a problem: one would be left out without a word.
 */
function readSiblingCsv(path: string, key: 'vendors' | 'systems', issues: IssueList): RawSheet | undefined {
  const found = sheetFiles(key)
    .map((f) => ({ ...f, file: siblingCsv(path, f.suffix) }))
    .filter((f) => existsSync(f.file))
  if (found.length > 1) issues.add(found[0].sheet, 0, '', 'twoSiblingFiles', { files: found.map((f) => basename(f.file)).join(', ') })
  return found[0] ? readCsv(found[0].file, found[0].sheet) : undefined
}

async function readSheets(path: string, type: 'activities' | 'vendors', issues: IssueList, lang: string): Promise<Sheets> {
  // A CSV's name says nothing of its sheet: its problems are reported under the sheet's name in the workspace's language.
  const csvSheet = catalogueOf(lang, 'register').sheets
  const format = formatOf(path)
  if (!format) throw new CoreError('VALIDATION', 'register:errors.importFormat', { path })
  accessSync(path, constants.R_OK) // a missing or unreadable file is an IO error naming the path
  try {
    if (format === 'csv')
      return type === 'vendors'
        ? { vendors: readCsv(path, csvSheet.vendors) }
        : {
            activities: readCsv(path, csvSheet.activities),
            vendors: readSiblingCsv(path, 'vendors', issues),
            systems: readSiblingCsv(path, 'systems', issues),
          }
    const wb = await readWorkbook(path)
    const only = wb.size === 1 ? [...wb.values()][0] : undefined
    // Tabs by what they hold, whatever the language of their names ("Activities", "Trattamenti"…).
    const bySheet = new Map<SheetKey, RawSheet>()
    for (const sheet of wb.values()) {
      const key = sheetKeyOf(sheet.name)
      if (key && !bySheet.has(key)) bySheet.set(key, sheet)
    }
    const want = type === 'vendors' ? 'vendors' : 'activities'
    const main = bySheet.get(want) ?? only
    if (!main) issues.add(SHEETS[want], 0, '', 'noSheet', { sheet: SHEETS[want] })
    return type === 'vendors' ? { vendors: main } : { activities: main, vendors: bySheet.get('vendors'), systems: bySheet.get('systems') }
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ENOENT' || err.code === 'EACCES') throw e
    if (e instanceof WorkbookTooLarge)
      throw new CoreError('VALIDATION', 'register:errors.importTooLarge', { path, limit: MAX_UNPACKED_MB })
    throw new CoreError('VALIDATION', 'register:errors.importUnreadable', { path, format: format.toUpperCase(), detail: err.message })
  }
}

/** An activity as the editor's input (to start an update from its current values). */
function asInput({ createdAt: _c, updatedAt: _u, ...rest }: Activity): ActivityInput {
  return rest
}
const vendorAsInput = ({ createdAt: _c, updatedAt: _u, ...rest }: Vendor): VendorInput => rest
const systemAsInput = ({ createdAt: _c, updatedAt: _u, ...rest }: RegisterSystem): SystemInput => rest

/**
 * Imports activities (with the Vendors and Systems sheets or sibling CSVs) or vendors. Every row is read
 * and validated first; if any is wrong nothing changes and each problem names its sheet, row and column.
 * Otherwise all rows are written, with their audit rows, in one transaction. A row whose id exists
 * updates that record (columns missing from the file keep their values); a row without id is created
 * (or, for vendors and systems, matched by name). A dry run validates and counts, then rolls back.
 */
export async function importRegister(ws: Workspace, raw: unknown): Promise<ImportResult> {
  const { path, type, dryRun } = ImportInputSchema.parse(raw)
  const lang = readProfile(ws).language
  const issues = new IssueList(translator(lang, 'register'))
  const sheets = await readSheets(path, type, issues, lang)
  const current = ws.read((db) => ({
    activities: type === 'activities' ? loadActivities(db) : [],
    vendors: loadVendors(db),
    systems: loadSystems(db),
  }))
  const byId = <T extends { id: string }>(l: T[]) => new Map(l.map((x) => [x.id, x]))
  const byName = <T extends { name: string }>(l: T[]) => new Map(l.map((x) => [x.name.toLowerCase(), x]))
  const vendorsById = byId(current.vendors)
  const vendorsByName = byName(current.vendors)
  const systemsById = byId(current.systems)
  const systemsByName = byName(current.systems)
  const activitiesById = byId(current.activities)

  // Vendors first: activities and systems name them.
  const vendorPlan: VendorFields[] = []
  const vendorIdOf = new Map([...vendorsByName].map(([n, v]) => [n, v.id]))
  if (sheets.vendors) {
    const rows = readRows(sheets.vendors, VENDOR_LAYOUT, issues) ?? []
    noteRunTogetherItems(sheets.vendors.name, rows, ['services', 'certifications'], issues)
    const seenId = new Map<string, number>()
    const seenName = new Map<string, number>()
    for (const r of rows) {
      const sheet = sheets.vendors.name
      const idCell = r.get('id')
      const name = r.get('name').toLowerCase()
      const existing = idCell ? vendorsById.get(idCell) : vendorsByName.get(name)
      const holder = vendorsByName.get(name)
      if (idCell && holder && holder.id !== idCell) issues.add(sheet, r.row, 'name', 'vendorIdConflict', { id: holder.id, name: holder.name })
      if (idCell && seenId.has(idCell)) issues.add(sheet, r.row, 'id', 'duplicateId', { id: idCell, other: seenId.get(idCell) })
      if (name && seenName.has(name)) issues.add(sheet, r.row, 'name', 'duplicateName', { name: r.get('name'), other: seenName.get(name) })
      if (idCell) seenId.set(idCell, r.row)
      if (name) seenName.set(name, r.row)
      const input = parseVendorRow(sheet, r, existing ? vendorAsInput(existing) : undefined, issues)
      const parsed = VendorInputSchema.safeParse({ ...input, id: input.id ?? existing?.id ?? randomUUID() })
      if (!parsed.success) issues.addZod(sheet, r.row, parsed.error, (p) => ({ column: vendorColumnOf(p) }))
      else {
        vendorPlan.push(parsed.data)
        vendorIdOf.set(parsed.data.name.toLowerCase(), parsed.data.id!)
      }
    }
  }
  const vendorId = (name: string) => vendorIdOf.get(name.trim().toLowerCase())

  const systemPlan: SystemFields[] = []
  const systemIdOf = new Map([...systemsByName].map(([n, s]) => [n, s.id]))
  if (sheets.systems) {
    const rows = readRows(sheets.systems, SYSTEM_LAYOUT, issues) ?? []
    const seenName = new Map<string, number>()
    for (const r of rows) {
      const sheet = sheets.systems.name
      const idCell = r.get('id')
      const name = r.get('name').toLowerCase()
      const existing = idCell ? systemsById.get(idCell) : systemsByName.get(name)
      if (name && seenName.has(name)) issues.add(sheet, r.row, 'name', 'duplicateName', { name: r.get('name'), other: seenName.get(name) })
      if (name) seenName.set(name, r.row)
      const input = parseSystemRow(sheet, r, existing ? systemAsInput(existing) : undefined, vendorId, issues)
      const parsed = SystemInputSchema.safeParse({ ...input, id: input.id ?? existing?.id ?? randomUUID() })
      if (!parsed.success) issues.addZod(sheet, r.row, parsed.error, (p) => ({ column: systemColumnOf(p) }))
      else {
        systemPlan.push(parsed.data)
        systemIdOf.set(parsed.data.name.toLowerCase(), parsed.data.id!)
      }
    }
  }

  const activityPlan: ActivityFields[] = []
  if (sheets.activities) {
    const rows = readRows(sheets.activities, ACTIVITY_LAYOUT, issues) ?? []
    noteRunTogetherItems(sheets.activities.name, rows, ['data_subjects', 'data_categories', 'recipients_internal'], issues)
    const resolve = { vendorId, systemId: (name: string) => systemIdOf.get(name.trim().toLowerCase()) }
    const seenId = new Map<string, number>()
    for (const r of rows) {
      const sheet = sheets.activities.name
      const idCell = r.get('id')
      if (idCell && seenId.has(idCell)) issues.add(sheet, r.row, 'id', 'duplicateId', { id: idCell, other: seenId.get(idCell) })
      if (idCell) seenId.set(idCell, r.row)
      const existing = idCell ? activitiesById.get(idCell) : undefined
      const { input, origin } = parseActivityRow(sheet, r, existing ? asInput(existing) : { name: '' }, resolve, issues)
      const parsed = ActivityInputSchema.safeParse({ ...input, id: input.id ?? randomUUID() })
      if (!parsed.success) issues.addZod(sheet, r.row, parsed.error, (p) => activityColumnOf(p, origin))
      else activityPlan.push(parsed.data)
    }
  }

  const zero = { created: 0, updated: 0, unchanged: 0 }
  const order = [
    { sheet: sheets.vendors?.name ?? SHEETS.vendors, columns: VENDOR_LAYOUT.columns },
    { sheet: sheets.systems?.name ?? SHEETS.systems, columns: SYSTEM_LAYOUT.columns },
    { sheet: sheets.activities?.name ?? SHEETS.activities, columns: ACTIVITY_LAYOUT.columns },
  ]
  const notes = issues.sortedNotes(order)
  if (issues.size > 0)
    return { applied: false, dryRun, activities: { ...zero }, vendors: { ...zero }, systems: { ...zero }, errors: issues.sorted(order), notes }

  const count = (c: typeof zero, a: AuditWrite | undefined) => {
    if (!a) c.unchanged++
    else if (a.action === 'create') c.created++
    else c.updated++
  }
  let counts: Omit<ImportResult, 'applied' | 'dryRun' | 'errors' | 'notes'>
  try {
    counts = ws.write((db) => {
      const now = ws.now().toISOString()
      const c = { activities: { ...zero }, vendors: { ...zero }, systems: { ...zero } }
      const audit: AuditWrite[] = []
      const keep = (bucket: typeof zero, a: AuditWrite | undefined) => {
        count(bucket, a)
        if (a) audit.push(a)
      }
      for (const v of vendorPlan) keep(c.vendors, writeVendor(db, v, now).audit)
      for (const s of systemPlan) keep(c.systems, writeSystem(db, s, now).audit)
      // Written in id order (the child tables' keys start with the activity id, so their indexes fill in
      // order: about a tenth faster for 10,000 rows); audited in the file's order.
      const order = activityPlan.map((a, i) => ({ id: a.id!, i }))
      order.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      const results = writeActivities(
        db,
        order.map(({ id, i }) => {
          const before = activitiesById.get(id)
          // Not in the workspace when the import started, and ids are unique in the file: a new entry.
          return { input: activityPlan[i], before, knownNew: !before }
        }),
        now,
      )
      const written = new Array<AuditWrite | undefined>(activityPlan.length)
      order.forEach(({ i }, k) => (written[i] = results[k].audit))
      for (const a of written) keep(c.activities, a)
      if (dryRun) throw new DryRunRollback(c)
      return { result: c, audit }
    })
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e
    counts = e.counts
  }
  return { applied: !dryRun, dryRun, ...counts, errors: [], notes }
}
