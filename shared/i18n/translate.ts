import i18next, { type TFunction } from 'i18next'
import { addFormatters } from './formatters'
import { resources } from './resources'
import type { Language } from '../reference/regimes'

// A ready i18next instance per language for hosts without React (core, CLI, reports).
const cache = new Map<string, TFunction>()

export function translator(lang: Language | string = 'en', ns = 'common'): TFunction {
  const key = `${lang}:${ns}`
  const hit = cache.get(key)
  if (hit) return hit
  const inst = i18next.createInstance()
  void inst.init({
    lng: lang,
    fallbackLng: 'en',
    ns: Object.keys(resources.en),
    defaultNS: ns,
    resources: resources as unknown as Record<string, Record<string, object>>,
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  addFormatters(inst)
  const t = inst.getFixedT(lang, ns)
  cache.set(key, t)
  return t
}
