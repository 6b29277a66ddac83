import { describe, expect, it } from 'vitest'
import { citing } from './citing'

describe('citing', () => {
  it('puts the citation inside the full stop', () => {
    expect(citing('The review date has passed.', 'Art. 24(1)')).toBe(
      'The review date has passed (Art. 24(1)).',
    )
    expect(citing('Nessun bilanciamento registrato per “X”.', 'art. 6(1)(f)')).toBe(
      'Nessun bilanciamento registrato per “X” (art. 6(1)(f)).',
    )
  })
  it('after a sentence with no full stop', () => {
    expect(citing('No lawful basis', 'Art. 6(1)')).toBe('No lawful basis (Art. 6(1))')
  })
})
