import { resources } from '../../../../../shared/i18n/resources'
import { RETENTION_UNITS } from '../../../../../shared/domain/register/activity'
import { LANGUAGES } from '../../../../../shared/reference/regimes'

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
