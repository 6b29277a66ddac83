import { describe, expect, it } from 'vitest'
import { resources } from './resources'
import { translator } from './translate'
import { LANGUAGES } from '../reference/regimes'

// Every namespace of every language: the same keys as in English (DeepStrings checks that at compile time) and
// the same {{placeholders}}, which the compiler cannot see: a translation that drops one loses a date or
// a name in the sentence the user reads.

type Tree = { [key: string]: string | Tree }
const leaves = (o: Tree, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  )
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]))].sort()

const LANGUAGE_NAMES = { it: 'Italian', fr: 'French' } as const
const translations = (Object.keys(resources) as (keyof typeof resources)[]).filter((l) => l !== 'en')
const cases = translations.flatMap((lang) => Object.keys(resources.en).map((ns) => [lang, ns] as const))

describe('i18n catalogues', () => {
  it('has texts for every language a workspace can choose', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort())
  })

  it.each(cases)('%s/%s: every English key, with the same placeholders', (lang, ns) => {
    const name = LANGUAGE_NAMES[lang as keyof typeof LANGUAGE_NAMES]
    const english = leaves((resources.en as unknown as Record<string, Tree>)[ns])
    const englishByKey = Object.fromEntries(english)
    const other = Object.fromEntries(leaves((resources[lang] as unknown as Record<string, Tree>)[ns] ?? {}))
    const problems = english.flatMap(([key, text]) => {
      if (typeof other[key] !== 'string') return [`${key}: missing`]
      const want = placeholders(text)
      const got = placeholders(other[key])
      // A singular form may say the number where English spells it out ("one person"): French uses it
      // for 0 too, so "{{n}} personne" is right there. It may use what its _other sibling uses, no more.
      const sibling = key.endsWith('_one') ? placeholders(englishByKey[key.replace(/_one$/, '_other')] ?? '') : []
      const ok = want.every((p) => got.includes(p)) && got.every((p) => want.includes(p) || sibling.includes(p))
      return ok ? [] : [`${key}: {{${want}}} in English, {{${got}}} in ${name}`]
    })
    expect(problems).toEqual([])
    expect(english.length).toBeGreaterThan(0)
  })

  it('interpolates the version into the shell’s About text', () => {
    expect(translator('en', 'shell')('message.aboutDetail', { version: '1.2.3' })).toMatch(
      /^Version 1\.2\.3\n/,
    )
    expect(translator('it', 'shell')('message.aboutDetail', { version: '1.2.3' })).toMatch(
      /^Versione 1\.2\.3\n/,
    )
    expect(translator('fr', 'shell')('message.aboutDetail', { version: '1.2.3' })).toMatch(/^Version 1\.2\.3\n/)
  })

  it('uses each language’s plural rules (French: 0 and 1 are singular)', () => {
    const days = (lang: string, count: number) => translator(lang, 'breach')('ui.countdown.days', { count })
    expect(days('en', 0)).toBe('0 days')
    expect(days('fr', 0)).toBe('0 jour')
    expect(days('fr', 1)).toBe('1 jour')
    expect(days('fr', 2)).toBe('2 jours')
    expect(days('fr', 1_000_000)).toBe('1000000 jours') // CLDR "many", which falls back to _other
  })
})
