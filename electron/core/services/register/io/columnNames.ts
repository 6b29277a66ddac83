import { catalogueOf } from '../../../../../shared/i18n/catalogueOf'
import { LANGUAGES } from '../../../../../shared/reference/regimes'
import { aliasTables } from './columnAliases'

// A client's own spreadsheet rarely carries our column ids: its header says "Categorie di dati" or
// "Data categories". A header cell names a column by its id or by the column's name in the register
// catalogue (English, Italian or French), in any case, with or without accents, spaces or punctuation.

export type SheetKey = 'activities' | 'vendors' | 'systems'

const SHEET_KEYS: readonly SheetKey[] = ['activities', 'vendors', 'systems']
const labelsOf = (lang: string) => catalogueOf(lang, 'register').columns as Record<SheetKey, Record<string, string>>

/** "Catégories de données" → "categories_de_donnees"; "data_categories" stays as it is. */
export const headerKey = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')

const sheetKeys = new Map<string, SheetKey>()
for (const lang of LANGUAGES)
  for (const k of SHEET_KEYS) sheetKeys.set(headerKey(catalogueOf(lang, 'register').sheets[k]), k).set(k, k)

/** The sheet a workbook's tab name is: "Activities", "Trattamenti", "Fournisseurs"…, or undefined. */
export const sheetKeyOf = (name: string): SheetKey | undefined => sheetKeys.get(headerKey(name))

/**
 * The end of a sheet's CSV file name beside the main one (X-vendors.csv): a template's in its language
 * (X-fornitori.csv, X-fournisseurs.csv), as its tabs are; otherwise the sheet's id, as its headers are.
 */
export const sheetFileSuffix = (key: SheetKey, lang?: string): string => (lang ? headerKey(catalogueOf(lang, 'register').sheets[key]) : key)

/** Every file-name end a sheet's CSV may carry, the id's first, with the sheet's name in that language. */
export const sheetFiles = (key: SheetKey): { suffix: string; sheet: string }[] => {
  const out = new Map<string, string>([[key, catalogueOf('en', 'register').sheets[key]]])
  for (const lang of LANGUAGES) if (!out.has(sheetFileSuffix(key, lang))) out.set(sheetFileSuffix(key, lang), catalogueOf(lang, 'register').sheets[key])
  return [...out].map(([suffix, sheet]) => ({ suffix, sheet }))
}

/** Edit distance (insertions, deletions, substitutions), for the "did you mean" of an unknown header. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = row
  }
  return prev[b.length]
}

export interface ColumnNames<C extends string> {
  /** The column a header cell names, or undefined. */
  columnOf(header: string): C | undefined
  /** The accepted name closest to an unknown header (as written in the catalogue), if one is close. */
  closest(header: string): string | undefined
}

/**
 * How the header cells of one sheet name its columns (catalogue names in every language, then the aliases
 * of columnAliases.ts). A name two columns would share names neither
 * (nothing is guessed); ids always name their own column.
 */
export function columnNames<C extends string>(
  sheet: SheetKey,
  columns: readonly C[],
  /** The names, one table per language; the register catalogue's by default. */
  languages: Record<string, string | undefined>[] = [...LANGUAGES.map((lang) => labelsOf(lang)[sheet]), ...aliasTables(sheet)],
): ColumnNames<C> {
  const byKey = new Map<string, C | null>()
  const spelled = new Map<string, string>() // key → the name as the catalogue writes it
  for (const labels of languages) {
    for (const c of columns) {
      const label = labels[c]
      if (label === undefined) continue
      const key = headerKey(label)
      const had = byKey.get(key)
      byKey.set(key, had === undefined || had === c ? c : null)
      if (!spelled.has(key)) spelled.set(key, label)
    }
  }
  for (const c of columns) {
    byKey.set(c, c)
    spelled.set(c, c)
  }
  return {
    columnOf: (header) => byKey.get(headerKey(header)) ?? undefined,
    closest: (header) => {
      const key = headerKey(header)
      if (key === '') return undefined
      let best: { name: string; d: number } | undefined
      for (const [k, name] of spelled) {
        if (byKey.get(k) === null) continue
        const d = distance(key, k)
        if (!best || d < best.d) best = { name, d }
      }
      // Close = a slip of a few letters, not another word: at most a third of the name changed.
      return best && best.d <= Math.ceil(key.length / 3) ? best.name : undefined
    },
  }
}
