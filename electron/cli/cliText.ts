import type { TFunction } from 'i18next'
import { translator } from '../../shared/i18n/translate'
import type { Language } from '../../shared/reference/regimes'

/**
 * What `pwb` says, in one language at a time: the system's until a workspace is open, then the
 * workspace's (so its lines match the core's messages and the app). Passed by reference to every command.
 */
export class CliText {
  private current: TFunction
  constructor(private lang: Language) {
    this.current = translator(lang, 'cli')
  }

  get language(): Language {
    return this.lang
  }

  /** A text of the `cli` namespace; other namespaces as `ns:key` (e.g. 'register:status.active'). */
  t: TFunction = ((key: string | string[], options?: object) => this.current(key, options as never)) as unknown as TFunction

  use(lang: Language): void {
    this.lang = lang
    this.current = translator(lang, 'cli')
  }
}
