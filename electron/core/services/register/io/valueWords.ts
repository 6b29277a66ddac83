import { resources } from '../../../../../shared/i18n/resources'
import { RETENTION_UNITS } from '../../../../../shared/domain/register/activity'
import { LANGUAGES } from '../../../../../shared/reference/regimes'
import { parseTypedDate } from '../../../../../shared/format/typedDate'
import { headerKey } from './columnNames'

// People filling a register spreadsheet by hand type what they read in the app, in their language:
// "Attivo", "Consenso", "Sous-traitant", "24 mesi". Each coded cell also takes the name the app shows for
// the code in English, Italian or French (the register catalogue), so those rows import instead of
// failing; the export keeps writing the codes.

type Table = Record<string, unknown>
const norm = (s: string) => s.trim().toLowerCase()
const registerCatalogue = (lang: string): Table => (resources as unknown as Record<string, { register: Table }>)[lang].register

/**
 * Reads a coded value: the code itself, or its name in `groups` of the register catalogue in any language
 * (a "Name — art. 6(1)(a)" label is also taken without its reference). A name two codes share reads as
 * neither, so nothing is guessed.
 */
export function valueReader<T extends string>(codes: readonly T[], groups: readonly string[]): (value: string) => T | undefined {
  const words = new Map<string, T | null>()
  for (const lang of LANGUAGES)
    for (const group of groups) {
      const table = registerCatalogue(lang)[group] as Table | undefined
      for (const code of codes) {
        const label = table?.[code]
        if (typeof label !== 'string') continue
        for (const w of new Set([norm(label), norm(label.split(' — ')[0])])) {
          const had = words.get(w)
          words.set(w, had === undefined || had === code ? code : null)
        }
      }
    }
  for (const code of codes) words.set(code, code) // a code always reads as itself
  return (value) => words.get(norm(value)) ?? undefined
}

type RetentionUnit = (typeof RETENTION_UNITS)[number]

/** Retention unit words in every language ("day", "mesi", "ans"), from the catalogue's "{{count}} …" forms. */
const UNIT_WORDS = new Map<string, RetentionUnit>()
for (const lang of LANGUAGES) {
  const units = (registerCatalogue(lang).retention as Table).units as Record<string, string>
  for (const [key, form] of Object.entries(units)) {
    const unit = key.replace(/_(one|other)$/, '') as RetentionUnit
    UNIT_WORDS.set(norm(form.replace('{{count}}', '')), unit)
  }
}
for (const u of RETENTION_UNITS) UNIT_WORDS.set(u.replace(/s$/, ''), u).set(u, u)

/** "24 months", "24 mesi", "10 ans": the period and its unit, or undefined when it is not one. */
export function readRetention(value: string): { period: number; unit: RetentionUnit } | undefined {
  const m = /^(\d+)\s*(\p{L}+)$/u.exec(value.trim())
  const unit = m && UNIT_WORDS.get(m[2].toLowerCase())
  return m && unit ? { period: Number(m[1]), unit } : undefined
}

/**
 * The start of an event a period runs from, as people write it after the period ("10 anni dalla
 * cessazione…", "5 ans à compter de la fin…", "24 months from the last contact"), and the article it
 * stands for: the trigger is kept as the noun phrase the app writes after its own "from" / "da" / "après".
 */
const FROM_WORDS: [RegExp, string][] = [
  [/^(?:starting from|from|after)\s+/iu, ''],
  [/^(?:a decorrere |a partire )?dal\s+/iu, 'il '],
  [/^(?:a decorrere |a partire )?dallo\s+/iu, 'lo '],
  [/^(?:a decorrere |a partire )?dalla\s+/iu, 'la '],
  [/^(?:a decorrere |a partire )?dall['’]\s*/iu, 'l’'],
  [/^(?:a decorrere |a partire )?dai\s+/iu, 'i '],
  [/^(?:a decorrere |a partire )?dagli\s+/iu, 'gli '],
  [/^(?:a decorrere |a partire )?dalle\s+/iu, 'le '],
  [/^(?:a decorrere |a partire )?da\s+/iu, ''],
  [/^dopo\s+/iu, ''],
  [/^(?:à compter|à partir)\s+du\s+/iu, 'le '],
  [/^(?:à compter|à partir)\s+des\s+/iu, 'les '],
  [/^(?:à compter|à partir)\s+de\s+la\s+/iu, 'la '],
  [/^(?:à compter|à partir)\s+de\s+l['’]\s*/iu, 'l’'],
  [/^(?:à compter|à partir)\s+de\s+/iu, ''],
  [/^(?:après|depuis)\s+/iu, ''],
]

/**
 * One retention as a client's spreadsheet writes it in a column of its own: "24 months", "10 anni dalla
 * cessazione del rapporto", "5 ans à compter de la fin du contrat" give a period (and the event it runs
 * from); anything else ("until the request is closed", "10 years unless a dispute…") is kept whole as the
 * criteria, so nothing written is lost or half-read.
 */
export function readRetentionPhrase(value: string): { period: number; unit: RetentionUnit; trigger?: string } | { criteria: string } {
  const text = value.trim()
  const m = /^(\d+)\s*(\p{L}+)(?:\s+(.+))?$/u.exec(text)
  const unit = m && UNIT_WORDS.get(m[2].toLowerCase())
  if (!m || !unit) return { criteria: text }
  const period = Number(m[1])
  if (!m[3]) return { period, unit }
  for (const [from, article] of FROM_WORDS) {
    const rest = m[3].replace(from, '')
    if (rest !== m[3] && rest.trim() !== '') return { period, unit, trigger: article + rest.trim() }
  }
  return { criteria: text }
}

let countryNames: Map<string, string> | undefined
/** Every country's name in English, Italian and French (the runtime's region names), and common short forms. */
function countryNameTable(): Map<string, string> {
  if (countryNames) return countryNames
  const table = new Map<string, string>()
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const displays = LANGUAGES.map((lang) => new Intl.DisplayNames([lang], { type: 'region' }))
  for (const a of letters)
    for (const b of letters) {
      const code = a + b
      // A deprecated code (UK, DD, YU) stands for the current one, whose name it shares.
      const current = Intl.getCanonicalLocales(`und-${code}`)[0].slice(4)
      if (current !== code) continue
      for (const names of displays) {
        const name = names.of(code)
        // An unknown code comes back as itself.
        if (name && name !== code) table.set(headerKey(name), code)
      }
    }
  for (const [name, code] of [
    ['USA', 'US'], ['U.S.A.', 'US'], ['Stati Uniti d’America', 'US'], ['États-Unis d’Amérique', 'US'], ['United States of America', 'US'],
    ['UK', 'GB'], ['Great Britain', 'GB'], ['Gran Bretagna', 'GB'], ['Grande-Bretagne', 'GB'], ['Inghilterra', 'GB'], ['Angleterre', 'GB'],
    ['Olanda', 'NL'], ['Hollande', 'NL'], ['Holland', 'NL'],
  ])
    table.set(headerKey(name), code)
  return (countryNames = table)
}

/**
 * A country as people write it in a register kept by hand: the ISO code ("IT", "us"), or its name in
 * English, Italian or French ("Italia", "Stati Uniti", "États-Unis", "USA"). Anything else is given back
 * as written, for the checks to name it.
 */
export function readCountry(value: string): string {
  const v = value.trim()
  if (/^[a-z]{2}$/i.test(v)) return v.toUpperCase()
  return countryNameTable().get(headerKey(v)) ?? v
}

/**
 * A date as a register kept by hand writes it: ISO ("2027-01-15", what we export and what a date cell
 * reads as) or day first ("15/01/2027", "15.1.2027"), as the app's date fields read it in every language;
 * never month first. Anything else is given back as written, for the checks to name it.
 */
export function readDate(value: string): string {
  return parseTypedDate(value) ?? value
}
