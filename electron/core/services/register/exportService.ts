import { ExportInputSchema, type ExportResult } from '../../../../shared/domain/register/importExport'
import { loadActivities } from '../../repositories/register/activityRepo'
import { loadSystems } from '../../repositories/register/systemRepo'
import { loadVendors } from '../../repositories/register/vendorRepo'
import type { Workspace } from '../../store/workspace'
import { ACTIVITY_COLUMNS, activityToRow } from './io/activityColumns'
import { csvDelimiterFor, formatOf, siblingCsv, writeCsv, writeWorkbook, type SheetOut } from './io/registerFiles'
import { readProfile } from '../profileService'
import { SYSTEM_COLUMNS, systemToRow, VENDOR_COLUMNS, vendorToRow } from './io/vendorColumns'
import { sheetFileSuffix, sheetKeyOf, type SheetKey } from './io/columnNames'
import { catalogueOf } from '../../../../shared/i18n/catalogueOf'
import { templateChoices, templateHeaders, templateTitle } from './io/templateSheets'


const ACTIVITY_LISTS = [
  'description',
  'purposes',
  'data_subjects',
  'data_categories',
  'art9_conditions',
  'sources',
  'recipients_internal',
  'recipients_external',
  'transfers',
  'systems',
  'security_measures',
  'joint_controllers',
  'controllers_served',
  'notes',
] as const

/**
 * Writes the register as XLSX (sheets Activities, Vendors, Systems, named in the workspace's language) or CSV (one file per sheet: X.csv,
 * X-vendors.csv, X-systems.csv, a template's named in its language; ';' between fields in an Italian or
 * French workspace). The files import back unchanged (importService). With `template`, the same sheets
 * empty, to be filled in by hand.
 */
export async function exportRegister(ws: Workspace, raw: unknown): Promise<ExportResult> {
  const { path, type, template } = ExportInputSchema.parse(raw)
  const lang = readProfile(ws).language
  // Tabs named in the workspace's language ("Trattamenti", "Fournisseurs"): the import reads them in any of ours.
  const tab = catalogueOf(lang, 'register').sheets
  const { activities, vendors, systems } = template
    ? { activities: [], vendors: [], systems: [] }
    : ws.read((db) => ({
        activities: type === 'activities' ? loadActivities(db) : [],
        vendors: loadVendors(db),
        systems: type === 'activities' ? loadSystems(db) : [],
      }))
  // A template names its columns in the workspace's language and offers the coded values' names.
  const forTemplate = (key: SheetKey, columns: readonly string[]) =>
    template
      ? { title: templateTitle(lang, key), headers: templateHeaders(lang, key, columns), choices: templateChoices(lang, key) }
      : {}
  const vendorNames = new Map(vendors.map((v) => [v.id, v.name]))
  const systemNames = new Map(systems.map((s) => [s.id, s.name]))
  const vendorName = (id: string) => vendorNames.get(id) ?? id
  const names = { vendorName, systemName: (id: string) => systemNames.get(id) ?? id }

  const vendorSheet: SheetOut = {
    name: tab.vendors,
    columns: VENDOR_COLUMNS,
    rows: vendors.map(vendorToRow),
    listColumns: ['services', 'data_locations', 'certifications', 'notes'],
    ...forTemplate('vendors', VENDOR_COLUMNS),
  }
  const sheets: SheetOut[] =
    type === 'vendors'
      ? [vendorSheet]
      : [
          {
            name: tab.activities,
            columns: ACTIVITY_COLUMNS,
            rows: activities.map((a) => activityToRow(a, names)),
            listColumns: ACTIVITY_LISTS,
            ...forTemplate('activities', ACTIVITY_COLUMNS),
          },
          vendorSheet,
          {
            name: tab.systems,
            columns: SYSTEM_COLUMNS,
            rows: systems.map((s) => systemToRow(s, vendorName)),
            listColumns: ['notes'],
            ...forTemplate('systems', SYSTEM_COLUMNS),
          },
        ]

  const files: string[] = []
  if (formatOf(path) === 'xlsx') {
    await writeWorkbook(path, sheets, ws.now())
    files.push(path)
  } else {
    const delimiter = csvDelimiterFor(lang)
    sheets.forEach((s, i) => {
      const file = i === 0 ? path : siblingCsv(path, sheetFileSuffix(sheetKeyOf(s.name)!, template ? lang : undefined))
      writeCsv(file, s.columns, s.rows, delimiter, s.headers)
      files.push(file)
    })
  }
  return { files, activities: activities.length, vendors: vendors.length }
}
