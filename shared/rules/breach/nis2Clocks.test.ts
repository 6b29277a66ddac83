import { describe, expect, it } from 'vitest'
import { localIsoMinutes } from '../calendar'
import { nis2Clocks } from './nis2Clocks'

// NIS2 Directive (EU) 2022/2555 Art. 23(4)(a), (b), (d); REFERENCE.md §4.4 and §8 Q23.
describe('NIS2 Art. 23(4): early warning 24 h, notification 72 h, final report one month after the notification', () => {
  it('before the notification is sent: final report = latest possible, one month after the notification deadline', () => {
    const n = nis2Clocks({ awareAt: '2026-03-27T11:00:00Z', tz: 'Europe/Rome' })
    expect(n.earlyWarning.deadline).toBe('2026-03-28T11:00:00Z')
    expect(n.notification.deadline).toBe('2026-03-30T11:00:00Z')
    expect(localIsoMinutes(n.notification.deadline, 'Europe/Rome')).toBe('2026-03-30T13:00+02:00')
    expect(n.finalReport.deadline).toBe('2026-04-30T11:00:00Z')
    expect(n.finalReport.startEvent).toBe('notification_deadline')
    expect(n.finalReport.explanation).toContain('It moves earlier when the notification is sent earlier.')
  })

  it('after the notification is sent: one month from the actual submission, same local wall time across autumn DST', () => {
    const n = nis2Clocks({
      awareAt: '2026-10-09T08:00:00Z',
      tz: 'Europe/Rome',
      notificationSubmittedAt: '2026-10-10T08:00:00Z',
    })
    expect(n.finalReport.startEvent).toBe('submission_of_notification')
    expect(n.finalReport.deadline).toBe('2026-11-10T09:00:00Z') // 10:00 CEST -> 10:00 CET
    expect(localIsoMinutes(n.finalReport.deadline, 'Europe/Rome')).toBe('2026-11-10T10:00+01:00')
  })

  it('month end clamps to the last day of a shorter month, never rolled (Reg. 1182/71 Art. 3(2)(c); §8 Q23)', () => {
    const n = nis2Clocks({ awareAt: '2026-01-28T10:00:00Z', tz: 'Europe/Rome' })
    expect(n.notification.deadline).toBe('2026-01-31T10:00:00Z')
    expect(n.finalReport.deadline).toBe('2026-02-28T10:00:00Z') // a Saturday: stays
  })

  it("the month is taken in the entity's zone: 00:30 on 31 Mar in Rome is 30 Mar in UTC", () => {
    const sub = '2026-03-30T22:30:00Z'
    expect(
      nis2Clocks({ awareAt: '2026-03-30T00:00:00Z', tz: 'Europe/Rome', notificationSubmittedAt: sub })
        .finalReport.deadline,
    ).toBe('2026-04-29T22:30:00Z')
    expect(
      nis2Clocks({ awareAt: '2026-03-30T00:00:00Z', tz: 'UTC', notificationSubmittedAt: sub }).finalReport
        .deadline,
    ).toBe('2026-04-30T22:30:00Z')
  })

  it('America/New_York across 2026-11-01: 10:00 EDT -> 10:00 EST one month later', () => {
    const n = nis2Clocks({ awareAt: '2026-10-02T14:00:00Z', tz: 'America/New_York' })
    expect(n.notification.deadline).toBe('2026-10-05T14:00:00Z')
    expect(n.finalReport.deadline).toBe('2026-11-05T15:00:00Z')
    expect(localIsoMinutes(n.finalReport.deadline, 'America/New_York')).toBe('2026-11-05T10:00-05:00')
  })
})
