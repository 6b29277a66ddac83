import { formatDateTime, formatLocalDate } from '../../../shared/format/dateTime'

/** A stored UTC instant as wall-clock time in the organisation's zone, with its offset: as the PDFs print it. */
export function formatInstant(iso: string, timeZone: string, lang: string): string {
  return formatDateTime(iso, timeZone, lang, { seconds: false })
}

/** A calendar date ('YYYY-MM-DD') as people read it, e.g. "23 Nov 2027". */
export const formatDay = (date: string, lang: string): string => formatLocalDate(date, lang)
