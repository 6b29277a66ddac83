import { describe, expect, it } from 'vitest'
import { dsarStats, median } from './dsarStats'

describe('DSAR register statistics', () => {
  it('median of odd and even counts', () => {
    expect(median([])).toBeNull()
    expect(median([9, 1, 5])).toBe(5)
    expect(median([1, 2, 3, 10])).toBe(2.5)
  })

  it('counts per type and month, on-time rate over replies, median days receipt → reply', () => {
    const s = dsarStats([
      {
        receivedDate: '2026-01-31',
        types: ['access'],
        open: false,
        overdue: false,
        answeredOn: '2026-02-20',
        onTime: true,
      }, // 20 days
      {
        receivedDate: '2026-01-05',
        types: ['access', 'erasure'],
        open: false,
        overdue: false,
        answeredOn: '2026-02-15',
        onTime: false,
      }, // 41
      {
        receivedDate: '2026-02-10',
        types: ['erasure'],
        open: true,
        overdue: true,
        answeredOn: null,
        onTime: null,
      },
      {
        receivedDate: '2026-02-11',
        types: ['access'],
        open: false,
        overdue: false,
        answeredOn: null,
        onTime: null,
      }, // withdrawn
      {
        receivedDate: '2026-03-01',
        types: ['access'],
        open: false,
        overdue: false,
        answeredOn: '2026-03-04',
        onTime: true,
      }, // 3
    ])
    expect(s).toMatchObject({
      total: 5,
      open: 1,
      overdue: 1,
      replied: 3,
      onTime: 2,
      onTimePercent: 66.7,
      medianDays: 20,
    })
    expect(s.perMonth).toEqual([
      { month: '2026-01', byType: { access: 2, erasure: 1 }, total: 3 },
      { month: '2026-02', byType: { erasure: 1, access: 1 }, total: 2 },
      { month: '2026-03', byType: { access: 1 }, total: 1 },
    ])
    expect(s.types.sort()).toEqual(['access', 'erasure'])
  })

  it('has no rate and no median without replies', () => {
    expect(dsarStats([])).toMatchObject({ total: 0, onTimePercent: null, medianDays: null, perMonth: [] })
  })
})
