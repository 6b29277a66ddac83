import { languageOfLocale, type Language } from '../../shared/reference/regimes'

// Which language the shell (menu, native dialogs, message boxes) speaks. Pure, so it is unit-tested
// without Electron; the OS locale comes from app.getLocale() in the caller.

/** An OS locale such as 'it-IT', 'fr-BE' or 'en-GB': its language when the app has it, English otherwise. */
export const osLanguage = (locale: string): Language => languageOfLocale(locale)

/**
 * The open workspace's language wins, so the menu matches the renderer (which follows the profile);
 * with no workspace open there is no profile, and the OS locale is the best guess.
 */
export function shellLanguage(workspaceLanguage: Language | null, osLocale: string): Language {
  return workspaceLanguage ?? osLanguage(osLocale)
}
