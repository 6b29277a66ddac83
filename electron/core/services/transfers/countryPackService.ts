import { mkdirSync } from 'node:fs'
import { writeFileAtomic } from '../../files/writeFileAtomic'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import type { CountryInfo, PackStatus } from '../../../../shared/domain/transfers/views'
import { fieldErrors } from '../../../../shared/i18n/zodIssue'
import {
  adequacyFor,
  assessmentFor,
  BUILTIN_PACK,
  COUNTRY_OVERRIDES_FORMAT,
  CountryAssessmentSchema,
  CountryOverridesFileSchema,
  CountryPackSchema,
  packIsEea,
  type CountryAssessment,
  type CountryPack,
} from '../../../../shared/reference/countryPack'
import { localizePack } from '../../../../shared/reference/countryPack/localizePack'
import { localDateOf } from '../../../../shared/rules/calendar'
import { packAge } from '../../../../shared/rules/transfers/packAge'
import {
  deleteOverrideRow,
  getImportedPack,
  getOverride,
  loadOverrides,
  putImportedPack,
  putOverride,
} from '../../repositories/transfers/countryPackRepo'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../profileService'
import { fieldsError, transfersError } from './transferErrors'

// The country pack in use (the newer of the built-in one and an imported one) and the workspace's own
// country assessments. Imports come as file content (the renderer reads the file the user picked): no
// network, validated against the schema, refused when not newer, and audited.

/** Files larger than this are not country packs. */
export const MAX_IMPORT_CHARS = 5_000_000

export function effectivePack(ws: Workspace): {
  pack: CountryPack
  source: 'builtin' | 'imported'
  importedAt?: string
} {
  const imported = ws.read(getImportedPack)
  if (imported && imported.pack.version > BUILTIN_PACK.version)
    return { pack: imported.pack, source: 'imported', importedAt: imported.importedAt }
  return { pack: BUILTIN_PACK, source: 'builtin' }
}

/**
 * The pack in use with its built-in texts in `lang` (default: the workspace's language), for whatever a
 * user reads: screens, reports, the texts a new TIA starts from. Rules that only need codes and dates
 * can use effectivePack.
 */
export function localPack(ws: Workspace, lang?: string): CountryPack {
  return localizePack(effectivePack(ws).pack, lang ?? readProfile(ws).language)
}

export const todayIn = (ws: Workspace): string => localDateOf(ws.now(), readProfile(ws).timeZone)

export function packStatus(ws: Workspace, lang?: string): PackStatus {
  const { pack, source, importedAt } = effectivePack(ws)
  const age = packAge(pack.asOf, todayIn(ws))
  return {
    version: pack.version,
    asOf: pack.asOf,
    publisher: localPack(ws, lang).publisher,
    source,
    ...(importedAt ? { importedAt } : {}),
    builtinVersion: BUILTIN_PACK.version,
    ...age,
    overrides: ws.read(loadOverrides).length,
  }
}

/** Which file a message names: each language says it in its own words (a noun cannot be passed in). */
type JsonFileKind = 'pack' | 'assessments'

function parseJson(text: string, kind: JsonFileKind): unknown {
  if (text.length > MAX_IMPORT_CHARS) throw transfersError('VALIDATION', `fileTooLarge.${kind}`, {})
  try {
    return JSON.parse(text)
  } catch (e) {
    throw transfersError('VALIDATION', `notJson.${kind}`, { detail: (e as Error).message })
  }
}

function parseOrFields<T>(schema: z.ZodType<T>, data: unknown): T {
  const r = schema.safeParse(data)
  if (!r.success) throw fieldsError(fieldErrors(r.error))
  return r.data
}

/** Imports a newer country pack from a file's text; an older or equal version is refused, nothing changes. */
export function importPack(ws: Workspace, text: string): PackStatus {
  const pack = parseOrFields(CountryPackSchema, parseJson(text, 'pack'))
  const current = effectivePack(ws).pack
  if (pack.version <= current.version)
    throw transfersError(
      'VALIDATION',
      'packNotNewer',
      { version: pack.version, current: current.version },
      { version: 'transfers:errors.packNotNewerField' },
    )
  ws.write((db) => {
    const before = getImportedPack(db)
    putImportedPack(db, pack, ws.now().toISOString())
    return {
      result: null,
      audit: [
        {
          entity: 'country_pack',
          entityId: String(pack.version),
          action: before ? 'update' : 'create',
          before: before
            ? { version: before.pack.version, asOf: before.pack.asOf }
            : { version: current.version, asOf: current.asOf, builtin: true },
          after: { version: pack.version, asOf: pack.asOf, publisher: pack.publisher },
        },
      ],
    }
  })
  return packStatus(ws)
}

/** What the pack and the workspace say about a country, the pack's texts in `lang` (default: the workspace's). */
export function countryInfo(ws: Workspace, country: string, lang?: string): CountryInfo {
  return infoFrom(localPack(ws, lang), ws.read(loadOverrides), country, todayIn(ws))
}

function infoFrom(
  pack: CountryPack,
  overrides: CountryAssessment[],
  country: string,
  today: string,
): CountryInfo {
  const found = assessmentFor(pack, overrides, country)
  return {
    country,
    eea: packIsEea(pack, country),
    adequacy: adequacyFor(pack, country, today),
    ...(found ? { assessment: found.assessment } : {}),
    overridden: !!found?.overridden,
    ...(country === 'US' ? { dpf: pack.dpf } : {}),
  }
}

/** Every country the pack or the workspace has something on, for the country page. */
export function listCountries(ws: Workspace, lang?: string): CountryInfo[] {
  const pack = localPack(ws, lang)
  const overrides = ws.read(loadOverrides)
  const today = todayIn(ws)
  const codes = new Set<string>([
    ...pack.countries.map((c) => c.country),
    ...overrides.map((o) => o.country),
    ...pack.adequacy.flatMap((a) => (a.country ? [a.country] : [])),
  ])
  return [...codes].sort().map((c) => infoFrom(pack, overrides, c, today))
}

export function saveOverride(ws: Workspace, raw: unknown): CountryAssessment {
  const a = CountryAssessmentSchema.parse(raw)
  return ws.write((db) => {
    const before = getOverride(db, a.country)
    putOverride(db, a, ws.now().toISOString())
    return {
      result: a,
      audit: [
        {
          entity: 'country_override',
          entityId: a.country,
          action: before ? 'update' : 'create',
          before: before ?? null,
          after: a,
        },
      ],
    }
  })
}

export function deleteOverride(ws: Workspace, country: string): boolean {
  return ws.write((db) => {
    const before = getOverride(db, country)
    if (!before) return { result: false, audit: [] }
    deleteOverrideRow(db, country)
    return {
      result: true,
      audit: [{ entity: 'country_override', entityId: country, action: 'delete', before, after: null }],
    }
  })
}

/** Writes the workspace's own assessments to a JSON file another workspace can import. */
export function exportOverrides(ws: Workspace, out?: string): { path: string; count: number } {
  const countries = ws.read(loadOverrides)
  const file = { format: COUNTRY_OVERRIDES_FORMAT, exportedAt: ws.now().toISOString(), countries }
  const stem = basename(ws.path).replace(/\.pwb$/i, '')
  const path = out ?? join(dirname(ws.path), 'Exports', `${stem}-country-assessments-${todayIn(ws)}.json`)
  mkdirSync(dirname(path), { recursive: true })
  writeFileAtomic(path, JSON.stringify(file, null, 2))
  return { path, count: countries.length }
}

/** Imports assessments exported from another workspace; each replaces this workspace's one for that country. */
export function importOverrides(ws: Workspace, text: string): { count: number; countries: string[] } {
  const file = parseOrFields(CountryOverridesFileSchema, parseJson(text, 'assessments'))
  return ws.write((db) => {
    const at = ws.now().toISOString()
    const audit = file.countries.map((a) => {
      const before = getOverride(db, a.country)
      putOverride(db, a, at)
      return {
        entity: 'country_override',
        entityId: a.country,
        action: before ? ('update' as const) : ('create' as const),
        before: before ?? null,
        after: a,
      }
    })
    return {
      result: { count: file.countries.length, countries: file.countries.map((c) => c.country) },
      audit,
    }
  })
}
