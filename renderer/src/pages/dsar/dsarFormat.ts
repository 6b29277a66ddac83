import { useTranslation } from 'react-i18next'
import { localeFor } from '../../../../shared/format/dateTime'
import type { DsarTextDeps } from '../../../../shared/format/dsarText'
import { catalogueOf } from '../../../../shared/i18n/catalogueOf'
import { ApiError } from '../../api/client'
import {
  calendarLabel,
  longDate,
  renderDsarMessage,
  type DsarMessage,
} from '../../../../shared/rules/dsar'
import type { DsarNote } from '../../../../shared/domain/dsar/views'

// Display helpers of the request pages. Dates arrive from the core as YYYY-MM-DD and are only printed here.

export function useDsarFormat() {
  const { t, i18n } = useTranslation('dsarUi')
  const lang = i18n.language
  const locale = localeFor(lang)
  const catalogue = catalogueOf(lang, 'dsar')
  const short = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  const day = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? short.format(new Date(`${d}T00:00:00Z`)) : d)
  const text: DsarTextDeps = { ui: (k, o) => t(k, o ?? {}), rules: (k, o) => t(`dsar:${k}`, o ?? {}), day }
  return {
    t,
    lang,
    day,
    long: (d: string) => longDate(d, locale),
    message: (m: DsarMessage) => renderDsarMessage(m, catalogue, locale),
    calendar: (id: string) => calendarLabel(id, catalogue, locale),
    type: (x: string) => t(`dsar:types.${x}`),
    /** A request type as a title: first letter upper-case (the catalogue writes them for use inside sentences). */
    typeTitle: (x: string) => {
      const s = t(`dsar:types.${x}`)
      return s.charAt(0).toLocaleUpperCase(locale) + s.slice(1)
    },
    text,
    /** A core note (next step, why extend is blocked): its dates printed, its text from the catalogue. */
    note: (n: DsarNote) =>
      t(
        n.key,
        Object.fromEntries(Object.entries(n.params).map(([k, v]) => [k, typeof v === 'string' ? day(v) : v])),
      ),
  }
}

/** The backend's per-field problems (path -> i18n key in `common`) in plain words, for the form fields. */
export function useFieldError(error: unknown): (path: string) => string | undefined {
  const { t } = useTranslation('common')
  const fields = error instanceof ApiError ? (error.fields ?? {}) : {}
  return (path) => {
    const key = fields[path] ?? Object.entries(fields).find(([p]) => p.startsWith(`${path}.`))?.[1]
    return key ? t(key) : undefined
  }
}
