// The only door to date arithmetic (DESIGN.md): date-fns, @date-fns/tz and date-holidays live behind it.
// Conventions from REFERENCE.md: instants are UTC ISO strings; calendar dates are 'YYYY-MM-DD' in the
// workspace's IANA zone. Hours are added to instants (elapsed time, DST included); months and days to
// calendar dates (Reg. (EEC, Euratom) 1182/71).
import { addDays as dfAddDays, addMonths as dfAddMonths, format, parseISO } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import Holidays from 'date-holidays'

export type LocalDate = string // 'YYYY-MM-DD'
export type Instant = string // ISO-8601 UTC

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** A real day of the Gregorian calendar written YYYY-MM-DD (checked by arithmetic: imports check thousands). */
export function isLocalDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false
  const y = Number(s.slice(0, 4))
  const m = Number(s.slice(5, 7))
  const d = Number(s.slice(8, 10))
  if (m < 1 || m > 12 || d < 1) return false
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1])
}

function toDate(d: LocalDate): Date {
  if (!isLocalDate(d)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${d}`)
  return parseISO(d) // local midnight of the host; only the Y-M-D fields are ever read back
}

const fmt = (d: Date): LocalDate => format(d, 'yyyy-MM-dd')

/** The calendar day of `instant` in zone `tz` (e.g. a request received at 23:30 UTC is the next day in Rome). */
export function localDateOf(instant: Instant | Date, tz: string): LocalDate {
  return format(new TZDate(new Date(instant).getTime(), tz), 'yyyy-MM-dd')
}

/** Same day-number n months later; the month's last day when that day does not exist (Reg. 1182/71 Art. 3(2)(c)). */
export function addMonthsClamp(d: LocalDate, n: number): LocalDate {
  return fmt(dfAddMonths(toDate(d), n)) // date-fns clamps to the end of a shorter month
}

export function addDays(d: LocalDate, n: number): LocalDate {
  return fmt(dfAddDays(toDate(d), n))
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: LocalDate): number {
  return toDate(d).getDay()
}

export function isWeekend(d: LocalDate): boolean {
  const w = dayOfWeek(d)
  return w === 0 || w === 6
}

export const minDate = (...ds: LocalDate[]): LocalDate => ds.reduce((a, b) => (b < a ? b : a))
export const maxDate = (...ds: LocalDate[]): LocalDate => ds.reduce((a, b) => (b > a ? b : a))

/** Whole days from a to b (b - a), on calendar dates. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(...ymd(b)) - Date.UTC(...ymd(a))) / 86_400_000)
}
function ymd(d: LocalDate): [number, number, number] {
  const [y, m, day] = d.split('-').map(Number)
  return [y, m - 1, day]
}

// ---------- public holidays ----------

export interface HolidayCalendar {
  /** e.g. 'IT', 'GB-ENG', 'US'. */
  readonly id: string
  /** The holiday's name when `d` is a public holiday of this calendar. */
  holiday(d: LocalDate): string | undefined
}

const calendars = new Map<string, HolidayCalendar>()

/**
 * National public holidays only (date-holidays entries of type "public", substitute days included):
 * regional and patron-saint days are ignored (REFERENCE.md §8 Q7: fewer holidays = earlier date).
 * `id` is a country code ('IT') or country-subdivision ('GB-ENG', 'GB-SCT', 'GB-NIR').
 */
export function holidayCalendar(id: string): HolidayCalendar {
  const hit = calendars.get(id)
  if (hit) return hit
  const [country, state] = id.split('-')
  const hd = state ? new Holidays(country, state, { languages: ['en'] }) : new Holidays(country, { languages: ['en'] })
  if (!hd.getCountries()[country]) throw new RangeError(`no holiday calendar for ${id}`)
  const byYear = new Map<number, Map<LocalDate, string>>()
  const yearMap = (y: number) => {
    let m = byYear.get(y)
    if (!m) {
      m = new Map()
      for (const h of hd.getHolidays(y) || []) if (h.type === 'public') m.set(h.date.slice(0, 10), h.name)
      byYear.set(y, m)
    }
    return m
  }
  const cal: HolidayCalendar = { id, holiday: (d) => yearMap(Number(d.slice(0, 4))).get(d) }
  calendars.set(id, cal)
  return cal
}

/** A calendar with weekends only (no public holidays), for rules that count calendar days. */
export const NO_HOLIDAYS: HolidayCalendar = { id: 'none', holiday: () => undefined }

export interface NonWorkingDay {
  date: LocalDate
  reason: 'saturday' | 'sunday' | 'holiday'
  holiday?: string
}

export function nonWorkingReason(d: LocalDate, cal: HolidayCalendar): NonWorkingDay | undefined {
  const w = dayOfWeek(d)
  if (w === 6) return { date: d, reason: 'saturday' }
  if (w === 0) return { date: d, reason: 'sunday' }
  const h = cal.holiday(d)
  return h ? { date: d, reason: 'holiday', holiday: h } : undefined
}

/**
 * If `d` is a Saturday, Sunday or public holiday, the next day that is none of those
 * (Reg. 1182/71 Art. 3(4)); never used for periods in hours. Returns the days skipped, for "why this date".
 */
export function rollToWorkingDay(d: LocalDate, cal: HolidayCalendar): { date: LocalDate; skipped: NonWorkingDay[] } {
  const skipped: NonWorkingDay[] = []
  let cur = d
  for (let r = nonWorkingReason(cur, cal); r; r = nonWorkingReason(cur, cal)) {
    skipped.push(r)
    cur = addDays(cur, 1)
  }
  return { date: cur, skipped }
}

/** `n` working days after `d` (d itself not counted), skipping weekends and the calendar's holidays. */
export function addBusinessDays(d: LocalDate, n: number, cal: HolidayCalendar): LocalDate {
  let cur = d
  for (let left = n; left > 0; ) {
    cur = addDays(cur, 1)
    if (!nonWorkingReason(cur, cal)) left--
  }
  return cur
}

// ---------- instants ----------

/** Exact elapsed hours: weekends, holidays and DST change nothing (REFERENCE.md §4.3, §8 Q16-17). */
export function addHours(instant: Instant | Date, h: number): Instant {
  return new Date(new Date(instant).getTime() + h * 3_600_000).toISOString()
}

/** UTC written exactly 'YYYY-MM-DDTHH:MM:SSZ' (no milliseconds). */
export function utcSeconds(instant: Instant | Date): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Local wall time with offset, 'YYYY-MM-DDTHH:MM±HH:MM', in zone `tz`. */
export function localIsoMinutes(instant: Instant | Date, tz: string): string {
  return format(new TZDate(new Date(instant).getTime(), tz), "yyyy-MM-dd'T'HH:mmxxx")
}

/**
 * "One month" on an instant: the same local wall time one calendar month later in `tz` (day clamped
 * to the month's end), converted back to UTC; never rolled (REFERENCE.md §4.4, §8 Q23).
 */
export function addMonthsToInstant(instant: Instant | Date, n: number, tz: string): Instant {
  const local = new TZDate(new Date(instant).getTime(), tz)
  return new Date(dfAddMonths(local, n).getTime()).toISOString()
}

// ---------- breach clocks (issue 6) ----------

/**
 * The last whole second of local date `d` in zone `tz` (23:59:59 wall time): the instant a clock
 * counted in calendar or business days ends (e.g. LGPD 3 business days, HIPAA 60 calendar days).
 */
export function endOfLocalDay(d: LocalDate, tz: string): Instant {
  if (!isLocalDate(d)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${d}`)
  const [y, m, day] = ymd(d)
  return new Date(new TZDate(y, m, day, 23, 59, 59, 0, tz).getTime()).toISOString()
}

/** Whole seconds from a to b (b - a), each instant truncated to the second; negative when b is earlier. */
export function secondsBetween(a: Instant | Date, b: Instant | Date): number {
  const s = (x: Instant | Date) => Math.floor(new Date(x).getTime() / 1000)
  return s(b) - s(a)
}

/** The zone's offset from UTC at `instant`, in minutes (Europe/Rome in summer: 120). */
export function utcOffsetMinutes(instant: Instant | Date, tz: string): number {
  return -new TZDate(new Date(instant).getTime(), tz).getTimezoneOffset()
}

// ---------- wall times (issue 5: a request's time of receipt as the user reads it) ----------

/**
 * The instant of wall time `hhmm` ('HH:MM') on local date `d` in zone `tz`. A time skipped by a DST jump
 * resolves forward (02:30 on the spring-forward night is 03:30), as the zone's clocks would show it.
 */
export function instantOfLocal(d: LocalDate, hhmm: string, tz: string): Instant {
  if (!isLocalDate(d)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${d}`)
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm)
  if (!m) throw new RangeError(`not a wall time (HH:MM): ${hhmm}`)
  const [y, mo, day] = ymd(d)
  return new Date(new TZDate(y, mo, day, Number(m[1]), Number(m[2]), 0, 0, tz).getTime()).toISOString()
}

/** The first instant (00:00:00 wall time) of local date `d` in zone `tz`. */
export function startOfLocalDay(d: LocalDate, tz: string): Instant {
  return new Date(new Date(endOfLocalDay(addDays(d, -1), tz)).getTime() + 1000).toISOString()
}
