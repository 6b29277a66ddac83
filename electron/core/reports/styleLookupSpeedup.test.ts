import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testCore, type TestCore } from '../testing/testCore'
import { loadPdfLibraries } from './pdfEngine'
import {
  installStyleLookupSpeedup,
  styleStackClassOf,
  uninstallStyleLookupSpeedup,
  type StyleStackClass,
  type StyleStackLike,
} from './styleLookupSpeedup'

// The faster style lookups must answer exactly as pdfmake's own: compared on hand-made stacks (named
// styles, `extends` chains and a cycle, style arrays, sections, strings) and on whole reports.

let cls: StyleStackClass &
  (new (
    dictionary: unknown,
    defaults: unknown,
  ) => StyleStackLike & { push(x: unknown): void; pop(n?: number): void })
beforeAll(async () => {
  await loadPdfLibraries() // installs the speedup, as every report does
  cls = styleStackClassOf(await import('pdfmake/js/StyleContextStack.js')) as typeof cls
  expect(cls).toBeDefined()
})

const dictionary = {
  base: { font: 'Roboto', fontSize: 9, color: '#333' },
  heading: { extends: 'base', fontSize: 14, bold: true },
  cell: { extends: ['base', 'heading'], italics: true },
  loopA: { extends: 'loopB' },
  loopB: { extends: 'loopA', lineHeight: 1.2 },
  muted: { color: '#777', decoration: null },
}
const PROPERTIES = [
  'font',
  'fontSize',
  'bold',
  'italics',
  'color',
  'lineHeight',
  'decoration',
  'alignment',
  'noWrap',
  'margin',
]
const ITEMS: unknown[] = [
  'a word',
  {},
  { text: 'x' },
  { text: 'x', color: 'red' },
  { text: 'x', style: 'muted' },
  { text: 'x', style: ['cell', 'muted'] },
  { text: 'x', style: 'loopA' },
  { text: 'x', style: 'unknown', bold: null },
  { section: {}, style: 'heading' },
]
/** Every answer for every item and property, on stacks of several depths. */
function answers(): unknown[] {
  const out: unknown[] = []
  for (const depth of [0, 1, 2, 3]) {
    const stack = new cls(dictionary, { fontSize: 10, alignment: 'justify' })
    const layers = [
      'heading',
      { stack: [], color: 'blue', style: 'loopA' },
      { table: {}, style: ['base', 'muted'] },
    ]
    for (const layer of layers.slice(0, depth)) stack.push(layer)
    const ask = (stage: string, s: StyleStackLike) => {
      for (const item of ITEMS)
        for (const p of PROPERTIES)
          out.push([
            depth,
            stage,
            item,
            p,
            cls.getStyleProperty(item as never, s, p, `default-${p}`),
            s.getProperty(p),
          ])
    }
    // Asked, then asked again after each change (answers remembered for one state must not leak into the next).
    ask('as built', stack)
    stack.push({ color: 'green', fontSize: 20 })
    ask('one more layer', stack)
    stack.push('heading')
    ask('a named style on top', stack)
    stack.pop(2)
    ask('back', stack)
    ask('a copy', (stack as unknown as { clone(): StyleStackLike }).clone())
    stack.pop()
    stack.push({ bold: false, italics: true })
    ask('same depth, another layer', stack)
    out.push(cls.getStyleProperty({}, null, 'font', 'none'))
  }
  return out
}

describe('pdfmake style lookups, made faster', () => {
  it('give the same answers as pdfmake’s own, property by property', () => {
    const fast = answers()
    uninstallStyleLookupSpeedup(cls)
    const original = answers()
    expect(installStyleLookupSpeedup(cls)).toBe(true)
    expect(fast).toEqual(original)
    // The comparison means something: the answers differ from item to item.
    expect(new Set(fast.map((a) => JSON.stringify(a))).size).toBeGreaterThan(100)
  })

  it('leave a class of another shape alone', () => {
    expect(installStyleLookupSpeedup({ prototype: {}, getStyleProperty: () => 1 } as never)).toBe(false)
  })
})

describe('a whole report made with either lookup', () => {
  let tc: TestCore
  beforeAll(() => {
    tc = testCore({ at: '2026-11-23T15:05:00Z', appVersion: '0.1.0' })
  })
  afterAll(() => tc.dispose())
  // pdfkit stamps the creation time and a random file id; everything else must be byte for byte the same.
  const stable = (pdf: Buffer) =>
    pdf
      .toString('latin1')
      .replace(/\/CreationDate \(D:[^)]*\)/g, '')
      .replace(/\/ID \[[^\]]*\]/g, '')

  it('is the same PDF (the Virtual Contact register, in Italian)', async () => {
    await tc.call('workspace.createDemo', { path: join(tc.dir, 'vc.pwb'), sample: 'virtual-contact' })
    const render = async (name: string) => {
      const out = join(tc.dir, name)
      await tc.call('report.create', { type: 'ropa', lang: 'it', out })
      return readFileSync(out)
    }
    const fast = await render('fast.pdf')
    uninstallStyleLookupSpeedup(cls)
    const original = await render('original.pdf').finally(() => installStyleLookupSpeedup(cls))
    expect(fast.length).toBeGreaterThan(50_000)
    expect(stable(fast)).toBe(stable(original))
  })
})
