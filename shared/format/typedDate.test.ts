import { describe, expect, it } from 'vitest'
import { parseTypedDate } from './typedDate'

describe('parseTypedDate', () => {
  it('reads day first, with slashes, dots or dashes, and ISO dates', () => {
    expect(parseTypedDate('31/01/2026')).toBe('2026-01-31')
    expect(parseTypedDate(' 3.4.2026 ')).toBe('2026-04-03')
    expect(parseTypedDate('03-04-2026')).toBe('2026-04-03')
    expect(parseTypedDate('2026-04-03')).toBe('2026-04-03')
    expect(parseTypedDate('2028-2-29')).toBe('2028-02-29')
  })

  it('refuses dates that do not exist and other text', () => {
    expect(parseTypedDate('31/02/2026')).toBeNull()
    expect(parseTypedDate('29/02/2027')).toBeNull()
    expect(parseTypedDate('2026-13-01')).toBeNull()
    expect(parseTypedDate('13/13/2026')).toBeNull()
    expect(parseTypedDate('04/03/26')).toBeNull()
    expect(parseTypedDate('tomorrow')).toBeNull()
    expect(parseTypedDate('')).toBeNull()
  })
})
