import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../shared/reference/regimes'
import { BREACH_DEMO_TEXT } from './breachDemoText'
import { DSAR_DEMO_TEXT } from './dsarDemoText'
import { isDemoText } from './localizeDemo'

// The demo exists in every language of the app: a text a user reads is { en, it, fr } in the data
// (resources/demo/**/*.json) and in the seeders' texts (dsarDemoText.ts, breachDemoText.ts). An object
// with any of those keys is meant to be such a text: it must have all of them, each a non-empty string, and
// nothing else, or a demo in the language left out would show a gap (or the raw object).

const demoDir = resolve('resources', 'demo')
const jsonFiles = readdirSync(demoDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.json'))
  .sort()

/** Where a text is incomplete: "path: what is wrong", one per problem. */
function problems(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => problems(v, `${path}[${i}]`))
  if (typeof value !== 'object' || value === null) return []
  const keys = Object.keys(value)
  if (!keys.some((k) => (LANGUAGES as readonly string[]).includes(k)))
    return Object.entries(value).flatMap(([k, v]) => problems(v, `${path}.${k}`))
  const text = value as Record<string, unknown>
  return [
    ...LANGUAGES.filter((l) => !keys.includes(l)).map((l) => `${path}: no “${l}”`),
    ...keys
      .filter((k) => !(LANGUAGES as readonly string[]).includes(k))
      .map((k) => `${path}: unexpected “${k}”`),
    ...LANGUAGES.filter((l) => l in text && (typeof text[l] !== 'string' || !(text[l] as string).trim())).map(
      (l) => `${path}: “${l}” is empty`,
    ),
  ]
}

describe('the demo’s texts in every language', () => {
  it('finds the demo data files', () => {
    expect(jsonFiles).toEqual(
      expect.arrayContaining([
        join('vimage', 'profile.json'),
        join('vimage', 'register.json'),
        join('vimage', 'transfers.json'),
        join('virtual-contact', 'profile.json'),
        join('virtual-contact', 'register.json'),
      ]),
    )
  })

  it.each(jsonFiles)('resources/demo/%s has every text in en, it and fr', (file) => {
    const data = JSON.parse(readFileSync(join(demoDir, file), 'utf8'))
    expect(problems(data)).toEqual([])
  })

  it.each([
    ['dsarDemoText.ts', DSAR_DEMO_TEXT],
    ['breachDemoText.ts', BREACH_DEMO_TEXT],
  ])('%s has every text in en, it and fr', (_name, texts) => {
    expect(problems(texts)).toEqual([])
    // These modules hold only texts a user reads: no string outside an { en, it, fr } object.
    const plain: string[] = []
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'string') plain.push(path)
      else if (typeof v === 'object' && v !== null && !isDemoText(v))
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`)
    }
    walk(texts, '')
    expect(plain).toEqual([])
  })

  it('reports a text with a language left out or empty, and one with a stray key', () => {
    const bad = {
      a: [{ name: { en: 'x', it: 'y' } }],
      b: { en: 'x', it: ' ', fr: 'z' },
      c: { en: 'x', it: 'y', fr: 'z', de: 'w' },
    }
    expect(problems(bad)).toEqual(['.a[0].name: no “fr”', '.b: “it” is empty', '.c: unexpected “de”'])
  })
})
