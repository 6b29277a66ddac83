import { describe, expect, it } from 'vitest'
import { shell as en } from './en/shell'
import { shell as itShell } from './it/shell'
import { translator } from './translate'

// The shell namespace: same keys in every language (DeepStrings checks that at compile time) and the
// same {{placeholders}}, which the compiler cannot see.

const leaves = (o: object, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`),
  )
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('shell strings', () => {
  it('have the same keys and placeholders in Italian as in English', () => {
    const italian = Object.fromEntries(leaves(itShell))
    for (const [key, text] of leaves(en)) {
      expect(italian[key], key).toBeTypeOf('string')
      expect(placeholders(italian[key]), key).toEqual(placeholders(text))
    }
    expect(leaves(itShell).length).toBe(leaves(en).length)
  })

  it('interpolates the version into the About text', () => {
    expect(translator('en', 'shell')('message.aboutDetail', { version: '1.2.3' })).toMatch(
      /^Version 1\.2\.3\n/,
    )
    expect(translator('it', 'shell')('message.aboutDetail', { version: '1.2.3' })).toMatch(
      /^Versione 1\.2\.3\n/,
    )
  })
})
