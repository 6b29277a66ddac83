import { DatesProvider } from '@mantine/dates'
import 'dayjs/locale/en-gb'
import 'dayjs/locale/fr'
import 'dayjs/locale/it'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

// The calendars of the date fields (month and day names, Monday first) in the UI's language.
const DAYJS_LOCALE: Record<string, string> = { en: 'en-gb', it: 'it', fr: 'fr' }

export function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  return <DatesProvider settings={{ locale: DAYJS_LOCALE[i18n.language] ?? 'en-gb', firstDayOfWeek: 1 }}>{children}</DatesProvider>
}
