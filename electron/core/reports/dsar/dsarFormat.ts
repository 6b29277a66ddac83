import { localeFor } from '../../../../shared/format/dateTime'
import type { DsarTextDeps } from '../../../../shared/format/dsarText'
import { catalogueOf } from '../../../../shared/i18n/catalogueOf'
import { translator } from '../../../../shared/i18n/translate'
import type { Language } from '../../../../shared/reference/regimes'
import { calendarLabel } from '../../../../shared/rules/dsar'

// Printing helpers shared by the DSAR reports: translators, calendar dates in the report language.

export function dsarFormat(lang: Language, timeZone: string) {
  const locale = localeFor(lang)
  const t = translator(lang, 'dsarUi')
  const r = translator(lang, 'dsar')
  const catalogue = catalogueOf(lang, 'dsar')
  const dateFmt = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  /** A calendar date (YYYY-MM-DD) as "2 Mar 2026"; display only. */
  const day = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? dateFmt.format(new Date(`${d}T00:00:00Z`)) : d)
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  const text: DsarTextDeps = { ui: (k, o) => t(k, o ?? {}), rules: (k, o) => r(k, o ?? {}), day }
  return {
    lang,
    tz: timeZone,
    locale,
    t,
    r,
    layout: translator(lang, 'report'),
    catalogue,
    day,
    month: (m: string) => monthFmt.format(new Date(`${m}-01T00:00:00Z`)),
    calendar: (id: string) => calendarLabel(id, catalogue, locale),
    bytes: (n: number) =>
      n < 1024
        ? `${n} B`
        : n < 1024 * 1024
          ? `${(n / 1024).toFixed(1)} kB`
          : `${(n / (1024 * 1024)).toFixed(1)} MB`,
    text,
    /** First letter upper-case (request type names are lower-case for use inside sentences). */
    cap: (s: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1),
  }
}
