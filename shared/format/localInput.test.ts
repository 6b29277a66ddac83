import { describe, expect, it } from 'vitest'
import { instantToLocalInput, localInputToInstant } from './localInput'

// Times typed in the organisation's zone (Europe/Rome), across the EU DST changes of 2026 (29 Mar, 25 Oct).
describe('wall time in the organisation’s zone <-> instant', () => {
  it('reads a wall time in the zone, not the computer’s', () => {
    expect(localInputToInstant('2026-03-27T23:40', 'Europe/Rome')).toBe('2026-03-27T22:40:00Z')
    expect(localInputToInstant('2026-07-01T09:00', 'Europe/Rome')).toBe('2026-07-01T07:00:00Z')
    expect(localInputToInstant('2026-07-01T09:00', 'America/New_York')).toBe('2026-07-01T13:00:00Z')
    expect(instantToLocalInput('2026-03-30T11:00:00Z', 'Europe/Rome')).toBe('2026-03-30T13:00')
  })

  it('a time that occurs twice (clocks back) gives the earlier instant', () => {
    expect(localInputToInstant('2026-10-25T02:30', 'Europe/Rome')).toBe('2026-10-25T00:30:00Z')
  })

  it('a time that does not exist (clocks forward) moves forward by the gap: 02:30 -> 03:30 CEST', () => {
    expect(localInputToInstant('2026-03-29T02:30', 'Europe/Rome')).toBe('2026-03-29T01:30:00Z')
  })

  it('refuses what is not a wall time', () => {
    expect(localInputToInstant('2026-02-30T10:00', 'Europe/Rome')).toBeNull()
    expect(localInputToInstant('27/03/2026 23:40', 'Europe/Rome')).toBeNull()
  })
})
