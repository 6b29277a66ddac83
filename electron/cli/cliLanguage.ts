import { languageOfLocale, type Language } from '../../shared/reference/regimes'

/**
 * The language `pwb` speaks before it opens a workspace (after, the workspace's, as the app does): the
 * system's message locale in POSIX order (LC_ALL, then LC_MESSAGES, then LANG), as terminal programs do;
 * English for a language the app does not have and for the C/POSIX locale.
 */
export function cliLanguage(env: Record<string, string | undefined>): Language {
  const first = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '')
  return languageOfLocale(first)
}
