import { randomUUID } from 'node:crypto'
import { accessSync, constants, existsSync } from 'node:fs'
import { basename } from 'node:path'
import {
  ActivityInputSchema,
  type Activity,
  type ActivityFields,
} from '../../../../shared/domain/register/activity'
import type { ImportIssue, RegisterFileType } from '../../../../shared/domain/register/importExport'
import { SystemInputSchema, type RegisterSystem } from '../../../../shared/domain/register/system'
import { VendorInputSchema, type Vendor } from '../../../../shared/domain/register/vendor'
import { catalogueOf } from '../../../../shared/i18n/catalogueOf'
import { translator } from '../../../../shared/i18n/translate'
import { withoutTimes } from '../../../../shared/domain/withoutTimes'
import { CoreError } from '../../errors'
import { ACTIVITY_LAYOUT, activityColumnOf, parseActivityRow } from './io/activityColumns'
import { sheetFiles, sheetKeyOf, type SheetKey } from './io/columnNames'
import { IssueList } from './io/issues'
import { noteRunTogetherInRow, noteRunTogetherItems } from './io/listNotes'
import { formatOf, readCsv, readWorkbook, siblingCsv } from './io/registerFiles'
import { readRows, type RawSheet, type SheetCells } from './io/sheetRows'
import {
  parseSystemRow,
  parseVendorRow,
  SYSTEM_LAYOUT,
  systemColumnOf,
  VENDOR_LAYOUT,
  vendorColumnOf,
} from './io/vendorColumns'
import { MAX_UNPACKED_MB, WorkbookDamaged, WorkbookTooLarge } from './io/xlsxCells'

// The reading and checking half of an import: no database here, so it can run in a worker thread
// (importWorker.ts) while the main thread writes the rows already checked (importService.ts).

export type VendorFields = ReturnType<typeof VendorInputSchema.parse>
export type SystemFields = ReturnType<typeof SystemInputSchema.parse>

/** What the workspace holds when the import starts: rows with an id update these, names link to them. */
export interface ImportSnapshot {
  activities: Activity[]
  vendors: Vendor[]
  systems: RegisterSystem[]
}

/** What to import, and the workspace's language (problems are worded in it). */
export interface ImportRequest {
  path: string
  type: RegisterFileType
  lang: string
}

/**
 * The plan, in the order it must be written: vendors, systems (activities name them), then activities
 * in chunks of the file's order, then the problems and notes. Nothing is planned for writing once a
 * problem is found (the rest is still checked, so every problem is listed); the writer rolls back then.
 */
export type PlanPart =
  | { kind: 'vendors'; plan: VendorFields[] }
  | { kind: 'systems'; plan: SystemFields[] }
  | { kind: 'activities'; plan: ActivityFields[] }
  | { kind: 'done'; errors: ImportIssue[]; notes: ImportIssue[] }

/** A plan being made (here or in a worker); `close` stops a worker that is still at it. */
export interface PlannedImport {
  plan: Iterable<PlanPart>
  close?(): void
}

/** Activities per chunk: small enough that the writer starts early, large enough to write in id order. */
export const ACTIVITY_CHUNK = 500
/** The first chunk is smaller: the writer has nothing to do until it comes. */
export const FIRST_ACTIVITY_CHUNK = 100

interface Sheets {
  activities?: RawSheet
  vendors?: RawSheet
  systems?: RawSheet
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
  if (found.length > 1)
    issues.add(found[0].sheet, 0, '', 'twoSiblingFiles', {
      files: found.map((f) => basename(f.file)).join(', '),
    })
  return found[0] ? readCsv(found[0].file, found[0].sheet) : undefined
}

/** Refuses a path the import cannot read (format, missing or unreadable file) before any work starts. */
export function checkImportFile(path: string): 'csv' | 'xlsx' {
  const format = formatOf(path)
  if (!format) throw new CoreError('VALIDATION', 'register:errors.importFormat', { path })
  accessSync(path, constants.R_OK) // a missing or unreadable file is an IO error naming the path
  return format
}

async function readSheets({ path, type, lang }: ImportRequest, issues: IssueList): Promise<Sheets> {
  // A CSV's name says nothing of its sheet: its problems are reported under the sheet's name in the workspace's language.
  const csvSheet = catalogueOf(lang, 'register').sheets
  const format = checkImportFile(path)
  try {
    if (format === 'csv')
      return type === 'vendors'
        ? { vendors: readCsv(path, csvSheet.vendors) }
        : {
            activities: readCsv(path, csvSheet.activities),
            vendors: readSiblingCsv(path, 'vendors', issues),
            systems: readSiblingCsv(path, 'systems', issues),
          }
    // Lazily: the activities are checked (and written) while their later rows are still being read.
    const wb = await readWorkbook(path, { lazy: true })
    for (const sheet of wb.values()) if (sheet.more) sheet.more = damagedAs(sheet.more, path)
    const only = wb.size === 1 ? [...wb.values()][0] : undefined
    // Tabs by what they hold, whatever the language of their names ("Activities", "Trattamenti"…).
    const bySheet = new Map<SheetKey, RawSheet>()
    for (const sheet of wb.values()) {
      const key = sheetKeyOf(sheet.name)
      if (key && !bySheet.has(key)) bySheet.set(key, sheet)
    }
    const want = type === 'vendors' ? 'vendors' : 'activities'
    const main = bySheet.get(want) ?? only
    if (!main) issues.add(csvSheet[want], 0, '', 'noSheet', { sheet: csvSheet[want] })
    return type === 'vendors'
      ? { vendors: main }
      : { activities: main, vendors: bySheet.get('vendors'), systems: bySheet.get('systems') }
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ENOENT' || err.code === 'EACCES') throw e
    if (e instanceof WorkbookTooLarge)
      throw new CoreError('VALIDATION', 'register:errors.importTooLarge', { path, limit: MAX_UNPACKED_MB })
    throw new CoreError('VALIDATION', 'register:errors.importUnreadable', {
      path,
      format: format.toUpperCase(),
      detail: err.message,
    })
  }
}

/** The rows of a lazily read sheet; a damaged row among them is reported by sheet and row, in words. */
function* damagedAs(rows: Iterable<SheetCells>, path: string): Generator<SheetCells> {
  try {
    yield* rows
  } catch (e) {
    if (e instanceof WorkbookDamaged)
      throw new CoreError('VALIDATION', 'register:errors.importDamaged', { path, sheet: e.sheet, row: e.row })
    throw e
  }
}

/** Reads the file, then yields its plan part by part (see PlanPart). */
export async function planImport(
  request: ImportRequest,
  current: () => ImportSnapshot | Promise<ImportSnapshot>,
): Promise<Iterable<PlanPart>> {
  const issues = new IssueList(translator(request.lang, 'register'))
  const sheets = await readSheets(request, issues)
  return planSheets(sheets, await current(), issues, catalogueOf(request.lang, 'register').sheets)
}

function* planSheets(
  sheets: Sheets,
  current: ImportSnapshot,
  issues: IssueList,
  tab: Record<SheetKey, string>,
): Generator<PlanPart> {
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
    const rows = [...(readRows(sheets.vendors, VENDOR_LAYOUT, issues) ?? [])]
    noteRunTogetherItems(sheets.vendors.name, rows, ['services', 'certifications'], issues)
    const seenId = new Map<string, number>()
    const seenName = new Map<string, number>()
    for (const r of rows) {
      const sheet = sheets.vendors.name
      const idCell = r.get('id')
      const name = r.get('name').toLowerCase()
      const existing = idCell ? vendorsById.get(idCell) : vendorsByName.get(name)
      const holder = vendorsByName.get(name)
      if (idCell && holder && holder.id !== idCell)
        issues.add(sheet, r.row, 'name', 'vendorIdConflict', { id: holder.id, name: holder.name })
      if (idCell && seenId.has(idCell))
        issues.add(sheet, r.row, 'id', 'duplicateId', { id: idCell, other: seenId.get(idCell) })
      if (name && seenName.has(name))
        issues.add(sheet, r.row, 'name', 'duplicateName', { name: r.get('name'), other: seenName.get(name) })
      if (idCell) seenId.set(idCell, r.row)
      if (name) seenName.set(name, r.row)
      const input = parseVendorRow(sheet, r, existing ? withoutTimes(existing) : undefined, issues)
      const parsed = VendorInputSchema.safeParse({ ...input, id: input.id ?? existing?.id ?? randomUUID() })
      if (!parsed.success) issues.addZod(sheet, r.row, parsed.error, (p) => ({ column: vendorColumnOf(p) }))
      else {
        vendorPlan.push(parsed.data)
        vendorIdOf.set(parsed.data.name.toLowerCase(), parsed.data.id!)
      }
    }
  }
  if (issues.size === 0) yield { kind: 'vendors', plan: vendorPlan }
  const vendorId = (name: string) => vendorIdOf.get(name.trim().toLowerCase())

  const systemPlan: SystemFields[] = []
  const systemIdOf = new Map([...systemsByName].map(([n, s]) => [n, s.id]))
  if (sheets.systems) {
    const rows = [...(readRows(sheets.systems, SYSTEM_LAYOUT, issues) ?? [])]
    const seenName = new Map<string, number>()
    for (const r of rows) {
      const sheet = sheets.systems.name
      const idCell = r.get('id')
      const name = r.get('name').toLowerCase()
      const existing = idCell ? systemsById.get(idCell) : systemsByName.get(name)
      if (name && seenName.has(name))
        issues.add(sheet, r.row, 'name', 'duplicateName', { name: r.get('name'), other: seenName.get(name) })
      if (name) seenName.set(name, r.row)
      const input = parseSystemRow(sheet, r, existing ? withoutTimes(existing) : undefined, vendorId, issues)
      const parsed = SystemInputSchema.safeParse({ ...input, id: input.id ?? existing?.id ?? randomUUID() })
      if (!parsed.success) issues.addZod(sheet, r.row, parsed.error, (p) => ({ column: systemColumnOf(p) }))
      else {
        systemPlan.push(parsed.data)
        systemIdOf.set(parsed.data.name.toLowerCase(), parsed.data.id!)
      }
    }
  }
  if (issues.size === 0) yield { kind: 'systems', plan: systemPlan }

  if (sheets.activities) {
    // Read as they come (a lazy sheet), so that the first chunk goes to the writer before the last row is read.
    const rows = readRows(sheets.activities, ACTIVITY_LAYOUT, issues) ?? []
    const listed = ['data_subjects', 'data_categories', 'recipients_internal'] as const
    const resolve = { vendorId, systemId: (name: string) => systemIdOf.get(name.trim().toLowerCase()) }
    const seenId = new Map<string, number>()
    let chunk: ActivityFields[] = []
    let size = FIRST_ACTIVITY_CHUNK
    for (const r of rows) {
      const sheet = sheets.activities.name
      noteRunTogetherInRow(sheet, r, listed, issues)
      const idCell = r.get('id')
      if (idCell && seenId.has(idCell))
        issues.add(sheet, r.row, 'id', 'duplicateId', { id: idCell, other: seenId.get(idCell) })
      if (idCell) seenId.set(idCell, r.row)
      const existing = idCell ? activitiesById.get(idCell) : undefined
      const { input, origin } = parseActivityRow(
        sheet,
        r,
        existing ? withoutTimes(existing) : { name: '' },
        resolve,
        issues,
      )
      const parsed = ActivityInputSchema.safeParse({ ...input, id: input.id ?? randomUUID() })
      if (!parsed.success) issues.addZod(sheet, r.row, parsed.error, (p) => activityColumnOf(p, origin))
      else if (issues.size === 0) {
        chunk.push(parsed.data)
        if (chunk.length === size) {
          yield { kind: 'activities', plan: chunk }
          chunk = []
          size = ACTIVITY_CHUNK
        }
      }
    }
    if (issues.size === 0 && chunk.length > 0) yield { kind: 'activities', plan: chunk }
  }

  const order = [
    { sheet: sheets.vendors?.name ?? tab.vendors, columns: VENDOR_LAYOUT.columns },
    { sheet: sheets.systems?.name ?? tab.systems, columns: SYSTEM_LAYOUT.columns },
    { sheet: sheets.activities?.name ?? tab.activities, columns: ACTIVITY_LAYOUT.columns },
  ]
  yield { kind: 'done', errors: issues.sorted(order), notes: issues.sortedNotes(order) }
}
