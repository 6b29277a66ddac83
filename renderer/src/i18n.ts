import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { addFormatters } from '../../shared/i18n/formatters'
import { resources } from '../../shared/i18n/resources'
import { LANGUAGES, languageOfLocale, type Language } from '../../shared/reference/regimes'

// UI strings live in the `ui` namespace; validation and backend messages in `common`.
void i18next.use(initReactI18next).init({
  resources: resources as unknown as Record<string, Record<string, object>>,
  // Until a workspace is open (its language then wins), the system's language when the app has it.
  lng: languageOfLocale(navigator.language),
  fallbackLng: 'en',
  ns: Object.keys(resources.en),
  defaultNS: 'ui',
  interpolation: { escapeValue: false },
  initAsync: false,
})
addFormatters(i18next)
// Screen readers and hyphenation read the page's language: the start screen's is the one it speaks.
document.documentElement.lang = i18next.language

/** The UI follows the workspace language; a language the app lacks falls back to English. */
export function setUiLanguage(lang: string): void {
  const next: Language = (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'en'
  if (i18next.language !== next) void i18next.changeLanguage(next)
  document.documentElement.lang = next
}

export { i18next }
