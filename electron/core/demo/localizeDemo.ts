import { LANGUAGES, type Language } from '../../../shared/reference/regimes'

// The demo's texts exist in every language of the app, written the way resources/templates/activities/*.json
// writes them: a text a user reads is an object { "en": …, "it": …, "fr": … }. A demo is built in one
// language by replacing each such object with its string; everything else (proper names, codes, dates) is
// the same in every language.

export type DemoText = Record<Language, string>

/** The demo data with each DemoText replaced by its string: the type localizeDemo's result has. */
export type Localized<T> = T extends DemoText
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T

/** True for an object whose keys are exactly the app's languages (in any order). */
export function isDemoText(value: unknown): value is DemoText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length === LANGUAGES.length && LANGUAGES.every((l) => keys.includes(l))
}

/** A copy of `value` (parsed JSON, or data written like it) with every DemoText in `language`. */
export function localizeDemo<T>(value: T, language: Language): Localized<T> {
  if (isDemoText(value)) return value[language] as Localized<T>
  if (Array.isArray(value)) return value.map((v) => localizeDemo(v, language)) as Localized<T>
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, localizeDemo(v, language)]),
    ) as Localized<T>
  return value as Localized<T>
}
