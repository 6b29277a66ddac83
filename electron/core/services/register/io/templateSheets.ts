import { catalogueOf } from '../../../../../shared/i18n/catalogueOf'
import { SYSTEM_TYPES } from '../../../../../shared/domain/register/system'
import { VENDOR_ROLES } from '../../../../../shared/domain/register/vendor'
import type { SheetKey } from './columnNames'

// An empty register to hand a client: the header row in the workspace's language and, in coded columns,
// a drop-down of the names the app shows (the import reads the names as well as the codes, and the
// column names as well as the ids).

/** Yes and no as people write them in each language; parseYesNo reads all of them. */
const YES_NO: Record<string, readonly [string, string]> = { en: ['yes', 'no'], it: ['sì', 'no'], fr: ['oui', 'non'] }

/** A sheet's tab name in the workspace's language ("Trattamenti"); the import reads it in any language. */
export const templateTitle = (lang: string, sheet: SheetKey): string => catalogueOf(lang, 'register').sheets[sheet]

/** The header row of a sheet: each column's name in the workspace's language. */
export function templateHeaders(lang: string, sheet: SheetKey, columns: readonly string[]): string[] {
  const names = catalogueOf(lang, 'register').columns[sheet] as Record<string, string>
  return columns.map((c) => names[c] ?? c)
}

/** Per coded column, the names to offer in its drop-down, in the workspace's language. */
export function templateChoices(lang: string, sheet: SheetKey): Record<string, readonly string[]> {
  const c = catalogueOf(lang, 'register')
  const yn = YES_NO[lang] ?? YES_NO.en
  const names = (table: Record<string, string>, codes: readonly string[]) => codes.map((k) => table[k] ?? k)
  if (sheet === 'activities')
    return {
      status: names(c.status, ['draft', 'active', 'retired']),
      role: names(c.role, ['controller', 'joint_controller', 'processor']),
      collected_from_subject: yn,
      automated_decision: yn,
      occasional: yn,
    }
  if (sheet === 'vendors') return { role: names(c.vendorRoles, VENDOR_ROLES), dpa_signed: yn }
  return { type: names(c.systemTypes, SYSTEM_TYPES), internal: yn }
}
