import { describe, expect, it } from 'vitest'
import { cellLines, joinParts, keyValues, parseYesNo, splitParts } from './cellSyntax'

describe('register list-cell syntax', () => {
  it('splits lines and parts, trimming blanks', () => {
    expect(cellLines('a | b\n\n  c  \r\n')).toEqual([
      { line: 1, text: 'a | b' },
      { line: 3, text: 'c' },
    ])
    expect(splitParts('Reply to requests | contract | law=Civil Code')).toEqual(['Reply to requests', 'contract', 'law=Civil Code'])
  })

  it('round-trips pipes, backslashes and line breaks inside a part', () => {
    const parts = ['A | B', 'C:\\path', 'two\nlines', 'k=v=w']
    expect(splitParts(joinParts(parts))).toEqual(parts)
    expect(joinParts(parts)).not.toContain('\n')
  })

  it('reads key=value parts and reports the ones without a key', () => {
    const { pairs, bad } = keyValues(['Retention=24 months', 'from=last contact', 'oops'])
    expect([...pairs]).toEqual([
      ['retention', '24 months'],
      ['from', 'last contact'],
    ])
    expect(bad).toEqual(['oops'])
  })

  it('reads yes/no in English, Italian and French, blank as not given', () => {
    expect([parseYesNo('Yes'), parseYesNo('sì'), parseYesNo('0'), parseYesNo(' '), parseYesNo('maybe')]).toEqual([true, true, false, undefined, 'bad'])
    expect([parseYesNo('Oui'), parseYesNo('NON'), parseYesNo('vrai'), parseYesNo('peut-être')]).toEqual([true, false, true, 'bad'])
  })
})
