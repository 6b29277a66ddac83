/** A stored UTC instant shown as wall-clock time in the organisation's time zone. */
export function formatInstant(iso: string, timeZone: string, lang: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(d)
  } catch {
    return d.toISOString()
  }
}
