// Display formatting of stored instants in an organisation's IANA time zone. Pure Intl, no legal rules
// (deadline arithmetic lives in shared/rules/calendar.ts); shared so reports and screens print alike.

/** The locale used to print dates for a UI language (day-month-year order for English too). */
export function localeFor(lang: string): string {
  switch (lang) {
    case 'it':
      return 'it-IT'
    case 'fr':
      return 'fr-FR'
    default:
      return 'en-GB'
  }
}

/**
 * French writes the first of the month as an ordinal, « 1er décembre 2026 », « 1er déc. 2026 », where Intl
 * prints "1": every date this module prints in French goes through here.
 */
export function frenchFirst(text: string, locale: string): string {
  return locale.startsWith('fr') ? text.replace(/(^|\s)1(?= )/, '$11er') : text
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** One Intl.DateTimeFormat per locale, zone and options: building one costs far more than formatting. */
export function formatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone })
    formatters.set(key, f)
  }
  return f
}

function toDate(iso: string): Date | null {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

/** The zone's offset from UTC at that instant, as "+01:00" / "-05:00" / "+05:30" (DST included). */
export function utcOffset(iso: string, timeZone: string): string {
  const d = toDate(iso)
  if (!d) return ''
  const name = formatter('en-US', timeZone, { timeZoneName: 'longOffset' })
    .formatToParts(d)
    .find((p) => p.type === 'timeZoneName')?.value
  // "GMT+01:00", "GMT-05:00"; some ICU versions print plain "GMT" for a zero offset.
  const m = /([+\-\u2212])(\d{1,2})(?::?(\d{2}))?/.exec(name ?? '')
  if (!m) return '+00:00'
  const sign = m[1] === '+' ? '+' : '-'
  return `${sign}${m[2].padStart(2, '0')}:${m[3] ?? '00'}`
}

export interface DateTimeFormatOptions {
  /** Print seconds too (audit entries); default false. */
  seconds?: boolean
  /** Append " (UTC+01:00)"; default true, so a printed time is never ambiguous. */
  offset?: boolean
}

/**
 * An instant as the organisation reads it, e.g. "23 Nov 2026, 16:05 (UTC+01:00)" (en) or
 * "23 nov 2026, 16:05 (UTC+01:00)" (it). A value that is not an instant is returned unchanged,
 * so a bad row never stops a report.
 */
export function formatDateTime(
  iso: string,
  timeZone: string,
  lang: string,
  opts: DateTimeFormatOptions = {},
): string {
  const d = toDate(iso)
  if (!d) return iso
  const locale = localeFor(lang)
  const text = frenchFirst(
    formatter(locale, timeZone, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: opts.seconds ? '2-digit' : undefined,
      hourCycle: 'h23',
    }).format(d),
    locale,
  )
  return opts.offset === false ? text : `${text} (UTC${utcOffset(iso, timeZone)})`
}

/** A calendar date of an instant in the zone, e.g. "23 Nov 2026". */
export function formatDate(iso: string, timeZone: string, lang: string): string {
  const d = toDate(iso)
  if (!d) return iso
  const locale = localeFor(lang)
  return frenchFirst(formatter(locale, timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(d), locale)
}

/** The wall time of an instant in the zone with its offset, e.g. "16:05:09 (UTC+01:00)". */
export function formatTime(
  iso: string,
  timeZone: string,
  lang: string,
  opts: DateTimeFormatOptions = {},
): string {
  const d = toDate(iso)
  if (!d) return iso
  const text = formatter(localeFor(lang), timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    second: opts.seconds ? '2-digit' : undefined,
    hourCycle: 'h23',
  }).format(d)
  return opts.offset === false ? text : `${text} (UTC${utcOffset(iso, timeZone)})`
}

/**
 * A calendar date ('YYYY-MM-DD', e.g. a legal limit or a review date) as people read it, "23 Nov 2027".
 * Formatted at UTC noon in UTC so no zone can move it to the day before or after.
 */
export function formatLocalDate(date: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date
  const d = toDate(`${date}T12:00:00Z`)
  if (!d) return date
  const locale = localeFor(lang)
  return frenchFirst(formatter(locale, 'UTC', { day: 'numeric', month: 'short', year: 'numeric' }).format(d), locale)
}
