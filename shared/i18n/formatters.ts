import type { i18n } from 'i18next'
import { formatDateTime } from '../format/dateTime'

/** The zone this computer's clock shows (Intl's default): for instants with no workspace zone to hand. */
export const hostTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

/**
 * Formats the catalogue's texts may name (i18next custom formatters), on every i18next instance: core,
 * CLI and renderer print alike. `{{since, instant}}` prints a stored ISO instant as people read it,
 * "3 Dec 2026, 10:05 (UTC+01:00)", in the zone given as `formatParams: { since: { timeZone } }` or this
 * computer's.
 */
export function addFormatters(inst: i18n): void {
  inst.services.formatter?.add('instant', (value: unknown, lng: string | undefined, options: { timeZone?: string }) =>
    typeof value === 'string' ? formatDateTime(value, options.timeZone ?? hostTimeZone(), lng ?? 'en') : String(value),
  )
}
