// A wall-clock time typed in a form ('YYYY-MM-DDTHH:MM', as <input type="datetime-local"> gives it) read
// in the organisation's IANA zone, not the computer's, and back. Pure Intl.
import { utcOffset } from './dateTime'

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

const offsetMinutes = (ms: number, tz: string): number => {
  const m = /([+-])(\d{2}):(\d{2})/.exec(utcOffset(new Date(ms).toISOString(), tz))
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0
}

/** 'YYYY-MM-DDTHH:MM' in `tz` for an instant (what a datetime-local field shows). */
export function instantToLocalInput(iso: string, tz: string): string {
  const ms = new Date(iso).getTime()
  if (Number.isNaN(ms)) return ''
  return new Date(ms + offsetMinutes(ms, tz) * 60_000).toISOString().slice(0, 16)
}

/**
 * The UTC instant ('YYYY-MM-DDTHH:MM:00Z') of a wall time in `tz`; null when it is not a wall time.
 * When the clocks go back and the time occurs twice, the earlier instant (the safer one for a clock
 * start); when they go forward and it does not exist, moved forward by the gap (02:30 -> 03:30), as calendars do.
 */
export function localInputToInstant(local: string, tz: string): string | null {
  const m = LOCAL.exec(local.trim())
  if (!m) return null
  const [y, mo, d, h, mi] = m.slice(1).map(Number)
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null
  const asUtc = Date.UTC(y, mo - 1, d, h, mi)
  if (new Date(asUtc).getUTCDate() !== d) return null
  const candidates = [...new Set([offsetMinutes(asUtc - 86_400_000, tz), offsetMinutes(asUtc + 86_400_000, tz)])]
    .map((off) => asUtc - off * 60_000)
    .filter((t) => instantToLocalInput(new Date(t).toISOString(), tz) === local.trim())
    .sort((a, b) => a - b)
  const t = candidates[0] ?? asUtc - offsetMinutes(asUtc - 86_400_000, tz) * 60_000
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
