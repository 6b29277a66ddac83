import { describe, expect, it } from 'vitest'
import { DSAR_STATUSES } from '../../domain/dsar/enums'
import { canBeExtended, canMove, nextStatuses } from './statusFlow'

describe('DSAR status flow (issue 5 item 3)', () => {
  it('never reaches "extended" by a plain move: the extension needs reasons and a timely notice (Art. 12(3))', () => {
    for (const s of DSAR_STATUSES) expect(canMove(s, 'extended')).toBe(false)
  })
  it('closes only after a reply or a withdrawal, and a closed case stays closed', () => {
    expect(DSAR_STATUSES.filter((s) => canMove(s, 'closed'))).toEqual(['answered', 'refused', 'withdrawn'])
    expect(nextStatuses('closed')).toEqual([])
  })
  it('does not reopen a reply', () => {
    expect(canMove('answered', 'in_progress')).toBe(false)
    expect(canMove('refused', 'answered')).toBe(false)
  })
  it('extends only while the reply is open and not yet extended', () => {
    expect(DSAR_STATUSES.filter(canBeExtended)).toEqual(['received', 'identity_check', 'in_progress'])
  })
})
