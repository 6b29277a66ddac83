import { describe, expect, it } from 'vitest'
import { runDeadlineBreach } from './deadlineBreach'

function run(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = runDeadlineBreach(args, { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
const json = (...args: string[]) => {
  const r = run(...args, '--json')
  expect(r.code).toBe(0)
  return JSON.parse(r.out) as Record<string, string>
}

// Issue 6 item 10 and "Must show"; REFERENCE.md §4.3 row 1.
describe('pwb deadline breach', () => {
  it('Must show: gdpr, aware 2026-03-27T11:00:00Z, Europe/Rome -> 72 h across the spring DST change', () => {
    const r = run('--regime', 'gdpr', '--aware', '2026-03-27T11:00:00Z', '--tz', 'Europe/Rome', '--json')
    expect(r.code).toBe(0)
    expect(r.out).toContain('"deadline": "2026-03-30T11:00:00Z"')
    expect(r.out).toContain('"deadlineLocal": "2026-03-30T13:00+02:00"')
    const j = JSON.parse(r.out)
    expect(j).toMatchObject({ regime: 'gdpr', tz: 'Europe/Rome', aware: '2026-03-27T11:00:00Z' })
    expect(typeof j.explanation).toBe('string')
    expect(j.explanation).toContain('72 hours')
  })

  it('default zone is UTC, written +00:00; uk is UK GDPR (REFERENCE.md §4.3 row 4 instant)', () => {
    const j = json('--regime', 'uk', '--aware', '2026-03-27T09:15:00Z')
    expect(j.deadline).toBe('2026-03-30T09:15:00Z')
    expect(j.deadlineLocal).toBe('2026-03-30T09:15+00:00')
    expect(j.explanation).toContain('ICO')
  })

  it('autumn DST (REFERENCE.md §4.3 row 2): +01:00 after the change', () => {
    expect(
      json('--regime', 'gdpr', '--aware', '2026-10-23T08:00:00Z', '--tz', 'Europe/Rome').deadlineLocal,
    ).toBe('2026-10-26T09:00+01:00')
  })

  it('--processor-aware: deadline = the earlier of the two, both shown (§8 Q12)', () => {
    const j = json(
      '--regime',
      'gdpr',
      '--aware',
      '2026-03-27T11:00:00Z',
      '--processor-aware',
      '2026-03-26T08:30:00Z',
      '--tz',
      'Europe/Rome',
    )
    expect(j.deadline).toBe('2026-03-29T08:30:00Z')
    expect(j.controllerDeadline).toBe('2026-03-30T11:00:00Z')
    expect(j.processorAwareDeadline).toBe('2026-03-29T08:30:00Z')
    expect(j.processorAwareDeadlineLocal).toBe('2026-03-29T10:30+02:00')
  })

  it('nis2: earlyWarning, notification, finalReport (latest possible, explained)', () => {
    const j = json('--regime', 'nis2', '--aware', '2026-03-27T11:00:00Z', '--tz', 'Europe/Rome')
    expect(j).toMatchObject({
      earlyWarning: '2026-03-28T11:00:00Z',
      earlyWarningLocal: '2026-03-28T12:00+01:00',
      notification: '2026-03-30T11:00:00Z',
      notificationLocal: '2026-03-30T13:00+02:00',
      finalReport: '2026-04-30T11:00:00Z',
      finalReportLocal: '2026-04-30T13:00+02:00',
    })
    expect(j.explanation).toContain('moves earlier when the notification is sent earlier')
  })

  it('dora: initial = min(classified + 4 h, aware + 24 h), with intermediate and final', () => {
    const j = json(
      '--regime',
      'dora',
      '--aware',
      '2026-03-27T11:00:00Z',
      '--classified',
      '2026-03-27T15:00:00Z',
    )
    expect(j).toMatchObject({
      initial: '2026-03-27T19:00:00Z',
      intermediate: '2026-03-30T19:00:00Z',
      final: '2026-04-30T19:00:00Z',
    })
    expect(
      json('--regime', 'dora', '--aware', '2026-03-27T11:00:00Z', '--classified', '2026-03-28T09:00:00Z')
        .initial,
    ).toBe('2026-03-28T11:00:00Z')
  })

  it('eprivacy: 24 h (Reg. 611/2013 Art. 2(2))', () => {
    const j = json('--regime', 'eprivacy', '--aware', '2026-03-28T22:00:00Z', '--tz', 'Europe/Rome')
    expect(j.deadline).toBe('2026-03-29T22:00:00Z')
    expect(j.deadlineLocal).toBe('2026-03-30T00:00+02:00')
  })

  it('lgpd: deadlineDate over Good Friday and the weekend; --small-agent doubles', () => {
    expect(
      json('--regime', 'lgpd', '--aware', '2026-04-03T01:30:00Z', '--tz', 'America/Sao_Paulo').deadlineDate,
    ).toBe('2026-04-08')
    expect(
      json(
        '--regime',
        'lgpd',
        '--aware',
        '2026-04-02T12:00:00Z',
        '--tz',
        'America/Sao_Paulo',
        '--small-agent',
      ).deadlineDate,
    ).toBe('2026-04-13')
  })

  it('hipaa: 60 calendar days after the local discovery date', () => {
    expect(
      json('--regime', 'hipaa', '--aware', '2026-11-01T04:30:00Z', '--tz', 'America/New_York').deadlineDate,
    ).toBe('2026-12-31')
    expect(json('--regime', 'hipaa', '--aware', '2026-11-01T04:30:00Z').deadlineDate).toBe('2026-12-31')
  })

  it('fadp: a target, not a legal period', () => {
    const j = json('--regime', 'fadp', '--aware', '2026-03-27T11:00:00Z', '--tz', 'Europe/Zurich')
    expect(j).toMatchObject({
      deadline: '2026-03-30T11:00:00Z',
      deadlineLocal: '2026-03-30T13:00+02:00',
      isLegalPeriod: false,
    })
  })

  it('readable summary without --json', () => {
    const r = run('--regime', 'gdpr', '--aware', '2026-03-27T11:00:00Z', '--tz', 'Europe/Rome')
    expect(r.code).toBe(0)
    expect(r.out).toContain('due        2026-03-30T11:00:00Z  (2026-03-30T13:00+02:00)')
    expect(r.out).not.toContain('{')
  })

  it('usage errors exit 2 with a message naming the flag', () => {
    const cases: [string[], string][] = [
      [['--aware', '2026-03-27T11:00:00Z'], '--regime is required'],
      [['--regime', 'ccpa', '--aware', '2026-03-27T11:00:00Z'], '--regime “ccpa”'],
      [['--regime', 'gdpr'], '--aware is required'],
      [['--regime', 'gdpr', '--aware', '2026-03-27 11:00'], '--aware “2026-03-27 11:00” is not an instant'],
      [['--regime', 'gdpr', '--aware', '2026-03-27T11:00:00'], '--aware'],
      [['--regime', 'gdpr', '--aware', '2026-03-27T11:00:00Z', '--tz', 'Rome'], '--tz “Rome”'],
      [['--regime', 'dora', '--aware', '2026-03-27T11:00:00Z'], '--classified is required'],
      [
        ['--regime', 'nis2', '--aware', '2026-03-27T11:00:00Z', '--classified', '2026-03-27T15:00:00Z'],
        '--classified applies only to --regime dora',
      ],
      [
        ['--regime', 'nis2', '--aware', '2026-03-27T11:00:00Z', '--processor-aware', '2026-03-27T15:00:00Z'],
        '--processor-aware applies only',
      ],
      [['--regime', 'gdpr', '--aware', '2026-03-27T11:00:00Z', '--deadline'], "'--deadline'"],
      [['--regime', 'gdpr', '--aware'], '--aware'],
    ]
    for (const [args, msg] of cases) {
      const r = run(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err, args.join(' ')).toContain(msg)
      expect(r.out).toBe('')
    }
  })

  it('--help prints usage and exits 0', () => {
    const r = run('--help')
    expect(r.code).toBe(0)
    expect(r.out).toContain('pwb deadline breach --regime')
  })
})
