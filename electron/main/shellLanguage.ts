import type { Language } from '../../shared/reference/regimes'

// Which language the shell (menu, native dialogs, message boxes) speaks. Pure, so it is unit-tested
// without Electron; the OS locale comes from app.getLocale() in the caller.

/** An OS locale such as 'it-IT' or 'en-GB': Italian for any Italian locale, English otherwise. */
export function osLanguage(locale: string): Language {
  return locale.toLowerCase().startsWith('it') ? 'it' : 'en'
}

/**
 * The open workspace's language wins, so the menu matches the renderer (which follows the profile);
 * with no workspace open there is no profile, and the OS locale is the best guess. A language without
 * shell strings yet (fr) falls back to English in the translator, as the renderer does.
 */
export function shellLanguage(workspaceLanguage: Language | null, osLocale: string): Language {
  return workspaceLanguage ?? osLanguage(osLocale)
}
