// Legal regimes a workspace can declare (REFERENCE.md §3.4, §4.4). Later issues attach clocks to each.
export const REGIMES = ['gdpr', 'uk_gdpr', 'ccpa', 'lgpd', 'fadp', 'nis2', 'dora', 'eprivacy', 'hipaa', 'quebec'] as const
export type Regime = (typeof REGIMES)[number]

export const LANGUAGES = ['en', 'it', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]

/** A supported language from a locale such as 'it-IT', 'fr-CA' or 'en-GB'; English for any other. */
export function languageOfLocale(locale: string | undefined): Language {
  // The primary subtag: 'fr' of 'fr-CA', 'it' of 'it_IT.UTF-8' (a POSIX locale).
  const prefix = (locale ?? '').toLowerCase().split(/[-_.@]/)[0]
  return (LANGUAGES as readonly string[]).includes(prefix) ? (prefix as Language) : 'en'
}
