import { cli as en } from '../../shared/i18n/en/cli'
import { cli as fr } from '../../shared/i18n/fr/cli'
import { cli as it } from '../../shared/i18n/it/cli'
import { cliLanguage } from './cliLanguage'

// What the `pwb` launcher and `npm run setup` say before the program loads. They run on whatever Node the
// user has, so they read the `cli` catalogues directly (no i18next) and nothing else.

const CATALOGUES = { en, it, fr }

/** The `cli` texts in the system's language (see cliLanguage). */
export const systemCliTexts = (env: Record<string, string | undefined>) => CATALOGUES[cliLanguage(env)]

/** The lines to print when this Node cannot run pwb (the SQLite module needs Node 24), or null when it can. */
export function oldNodeMessage(nodeVersion: string, env: Record<string, string | undefined>): string[] | null {
  const major = Number(nodeVersion.replace(/^v/, '').split('.')[0])
  if (major >= 24) return null
  const t = systemCliTexts(env).launcher
  return [t.oldNode.replace('{{version}}', nodeVersion), t.oldNodeHint]
}
