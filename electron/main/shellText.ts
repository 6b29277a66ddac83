import type { TFunction } from 'i18next'
import type { OrganisationProfile } from '../../shared/domain/organisation'
import { translator } from '../../shared/i18n/translate'
import type { Language } from '../../shared/reference/regimes'
import type { Core } from '../core/coreTypes'
import { shellLanguage } from './shellLanguage'

// The shell's current language, shared by the menu, the native dialogs and the error boxes.
// Native dialogs are host handlers the core calls mid-request, so they cannot ask the core for the
// profile themselves: the language is read once per workspace change and kept here.

export interface ShellText {
  /** Translator for the `shell` namespace in the current language. */
  t(): TFunction
  language(): Language
  /** Re-reads the open workspace's language (the OS one if none is open); true when it changed. */
  follow(core: Core): Promise<boolean>
}

/** `osLocale` is app.getLocale(), passed in so this module needs no Electron. */
export function shellText(osLocale: string): ShellText {
  let current = shellLanguage(null, osLocale)
  return {
    t: () => translator(current, 'shell'),
    language: () => current,
    async follow(core) {
      // Fails with 'no workspace open' when none is: that is the OS-locale case.
      const profile = await core.invoke('profile.get', {})
      const next = shellLanguage(profile.ok ? (profile.data as OrganisationProfile).language : null, osLocale)
      const changed = next !== current
      current = next
      return changed
    },
  }
}
