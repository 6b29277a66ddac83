import { resources } from './resources'
import type { DeepStrings } from './types'

type Namespace = keyof typeof resources.en

/**
 * One namespace's texts in a language, for code that renders from the catalogue objects themselves (the
 * rules' message renderers) rather than through i18next; English for a language the app does not have.
 */
export function catalogueOf<NS extends Namespace>(
  lang: string,
  ns: NS,
): DeepStrings<(typeof resources.en)[NS]> {
  const byLang = resources as unknown as Record<string, Record<Namespace, unknown> | undefined>
  return (byLang[lang]?.[ns] ?? resources.en[ns]) as DeepStrings<(typeof resources.en)[NS]>
}
