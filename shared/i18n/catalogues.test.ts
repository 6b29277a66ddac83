import { describe, expect, it } from 'vitest'
import { resources } from './resources'
import { translator } from './translate'

// Every namespace: the same keys in Italian as in English (DeepStrings checks that at compile time) and
// the same {{placeholders}}, which the compiler cannot see: a translation that drops one loses a date or
// a name in the sentence the user reads.

type Tree = { [key: string]: string | Tree }
const leaves = (o: Tree, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  )
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]))].sort()

describe('i18n catalogues', () => {
  it.each(Object.keys(resources.en))(
    '%s: Italian has every English key, with the same placeholders',
    (ns) => {
      const english = leaves((resources.en as unknown as Record<string, Tree>)[ns])
      const italian = Object.fromEntries(leaves((resources.it as unknown as Record<string, Tree>)[ns]))
      const problems = english.flatMap(([key, text]) =>
        typeof italian[key] !== 'string'
          ? [`${key}: missing`]
          : placeholders(italian[key]).join() !== placeholders(text).join()
            ? [`${key}: {{${placeholders(text)}}} in English, {{${placeholders(italian[key])}}} in Italian`]
            : [],
      )
      expect(problems).toEqual([])
      expect(english.length).toBeGreaterThan(0)
    },
  )

  it('interpolates the version into the shell’s About text', () => {
    expect(translator('en', 'shell')('message.aboutDetail', { version: '1.2.3' })).toMatch(
      /^Version 1\.2\.3\n/,
    )
    expect(translator('it', 'shell')('message.aboutDetail', { version: '1.2.3' })).toMatch(
      /^Versione 1\.2\.3\n/,
    )
  })
})
