import type { Deadline, Reminder } from '../../../shared/domain/deadline'
import { formatDateTime } from '../../../shared/format/dateTime'
import { translator } from '../../../shared/i18n/translate'

const LEFT: Record<string, Record<string, string>> = {
  en: { '7d': '7 days', '3d': '3 days', '1d': '1 day', '24h': '24 hours', '6h': '6 hours', '1h': '1 hour' },
  it: { '7d': '7 giorni', '3d': '3 giorni', '1d': '1 giorno', '24h': '24 ore', '6h': '6 ore', '1h': '1 ora' },
}

/** The text of an OS notification / push alert for one reminder, in the workspace language. */
export function reminderMessage(d: Deadline, r: Reminder, timeZone: string, lang: string): { title: string; body: string } {
  const t = translator(lang)
  const due = formatDateTime(d.dueAt, timeZone, lang)
  const body =
    r.kind === 'overdue'
      ? t('reminders.overdue', { due })
      : t('reminders.before', { left: (LEFT[lang] ?? LEFT.en)[r.kind] ?? r.kind, due })
  return { title: d.title, body: d.legal ? body : `${body} ${t('reminders.target')}` }
}
