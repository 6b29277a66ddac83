import { localeFor } from '../../format/dateTime'
import { BUILTIN_PACK_TEXT, type PackText } from './builtinPackText'
import { BUILTIN_PACK } from './index'
import type { CountryAssessment, CountryPack, PackLaw, PackSource } from './schema'

// The country pack in the workspace's (or report's) language. Only texts of the built-in pack are
// translated (builtinPackText.ts), and only where the pack in use still holds the built-in English text
// word for word: an imported pack that changed a paragraph keeps its own wording, never a translation of
// the old one. Codes, dates, ids, addresses and the "unverified" flags are left as they are.

/** The runtime's name of a country in `lang` ("Stati Uniti"), or undefined when it has none. */
function regionName(code: string, lang: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([localeFor(lang)], { type: 'region' }).of(code)
    return name && name !== code ? name : undefined
  } catch {
    return undefined
  }
}

/** `translated` when `current` is still the built-in English `builtin`, else `current`. */
function swap<T extends string | undefined>(current: T, builtin: string | undefined, translated?: string): T {
  return current !== undefined && translated && current === builtin ? (translated as T) : current
}

function sourcesIn(text: PackText, sources: PackSource[]): PackSource[] {
  return sources.map((s) => {
    const title = Object.hasOwn(text.sources, s.title) ? text.sources[s.title] : undefined
    return title ? { ...s, title } : s
  })
}

function lawIn(text: PackText, law: PackLaw, builtin: PackLaw | undefined): PackLaw {
  const t = text.laws[law.key]
  if (!builtin || !t) return law
  return {
    ...law,
    name: swap(law.name, builtin.name, t.name),
    summary: swap(law.summary, builtin.summary, t.summary),
    ...(law.appliesTo !== undefined
      ? { appliesTo: swap(law.appliesTo, builtin.appliesTo, t.appliesTo) }
      : {}),
  }
}

function countryIn(text: PackText, c: CountryAssessment, lang: string): CountryAssessment {
  const builtin = BUILTIN_PACK.countries.find((b) => b.country === c.country)
  const t = text.countries[c.country]
  if (!builtin || !t) return c
  return {
    ...c,
    name: swap(c.name, builtin.name, t.name ?? regionName(c.country, lang)),
    summary: swap(c.summary, builtin.summary, t.summary),
    oversight: swap(c.oversight, builtin.oversight, t.oversight),
    redress: swap(c.redress, builtin.redress, t.redress),
    ...(c.exporterNotes !== undefined
      ? { exporterNotes: swap(c.exporterNotes, builtin.exporterNotes, t.exporterNotes) }
      : {}),
    laws: c.laws.map((l) =>
      lawIn(
        text,
        l,
        builtin.laws.find((b) => b.key === l.key),
      ),
    ),
    sources: sourcesIn(text, c.sources),
  }
}

/**
 * The pack with its built-in texts in `lang` ('it', 'fr'); in English, or in a language with no
 * translation, the pack itself. A workspace's own assessments are not part of the pack and stay as written.
 */
export function localizePack(pack: CountryPack, lang: string): CountryPack {
  const text = (BUILTIN_PACK_TEXT as Record<string, PackText | undefined>)[lang]
  if (!text) return pack
  const b = BUILTIN_PACK
  return {
    ...pack,
    publisher: swap(pack.publisher, b.publisher, text.publisher),
    adequacy: pack.adequacy.map((a) => {
      const builtin = b.adequacy.find((x) => x.id === a.id)
      const t = text.adequacy[a.id]
      if (!builtin || !t) return { ...a, sources: sourcesIn(text, a.sources) }
      return {
        ...a,
        name: swap(a.name, builtin.name, t.name ?? (a.country ? regionName(a.country, lang) : undefined)),
        decision: swap(a.decision, builtin.decision, t.decision),
        ...(a.scopeNote !== undefined
          ? { scopeNote: swap(a.scopeNote, builtin.scopeNote, t.scopeNote) }
          : {}),
        sources: sourcesIn(text, a.sources),
      }
    }),
    dpf: {
      ...pack.dpf,
      decision: swap(pack.dpf.decision, b.dpf.decision, text.dpf.decision),
      status: swap(pack.dpf.status, b.dpf.status, text.dpf.status),
      sources: sourcesIn(text, pack.dpf.sources),
    },
    countries: pack.countries.map((c) => countryIn(text, c, lang)),
  }
}
