// A calendar date as a person types it in a form. Day first ("31/01/2026", "31.1.2026", "31-01-2026"),
// as Italian, French and British English write it, or ISO "2026-01-31" (pasted from an export). Never
// month first: a native date field follows the computer's locale, so "03/04" could mean 4 March there;
// the app's date fields read and show one order in every language.

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/

/** 'YYYY-MM-DD', or null when the text is not a real calendar date (31/02/2026 is not). */
export function parseTypedDate(text: string): string | null {
  const s = text.trim()
  const iso = ISO.exec(s)
  const dayFirst = iso ? null : DAY_FIRST.exec(s)
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : []
  if (!y || !m || !d) return null
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  const t = new Date(`${date}T12:00:00Z`)
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === date ? date : null
}

/** How the app's date fields show a date: day, month, year (a dayjs format, as @mantine/dates takes it). */
export const DATE_FIELD_FORMAT = 'DD/MM/YYYY'
