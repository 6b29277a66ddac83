import { isIanaTimeZone } from '../../../shared/domain/timeZone'

/** The runtime's IANA zones that the backend accepts (same check as TimeZoneSchema). */
export function ianaTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone').filter(isIanaTimeZone)
  return zones.includes('UTC') ? zones : [...zones, 'UTC']
}

/** The zone this computer is set to, when the backend would accept it. */
export function browserTimeZone(): string {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone
  return isIanaTimeZone(tz) ? tz : 'UTC'
}
