import { describe, expect, it } from 'vitest'
import { runDeadlineDsar } from './deadlineDsar'

function run(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = runDeadlineDsar(args, { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('pwb deadline dsar (issue 5 item 7)', () => {
  it('Must show: --regime gdpr --country IT --received 2026-01-31 --json prints "due": "2026-03-02" (GDPR Art. 12(3); Reg. 1182/71 Art. 3(2)(c), 3(4))', () => {
    const r = run('--regime', 'gdpr', '--country', 'IT', '--received', '2026-01-31', '--json')
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(r.out).toContain('"due": "2026-03-02"')
    const o = JSON.parse(r.out)
    expect(o).toMatchObject({
      target: '2026-02-28',
      due: '2026-03-02',
      extendedDue: '2026-04-28',
      extensionNoticeBy: '2026-02-28',
      refusalNoticeBy: '2026-03-02',
      calendar: 'IT',
      requestType: 'access',
    })
    expect(typeof o.explanation).toBe('string')
    expect(o.explanation).toContain('Saturday 28 February 2026 is not a working day')
    expect(o.explanationLines).toHaveLength(o.messages.length)
    expect(o.acknowledgeBy).toBeUndefined()
  })

  it('the command words may be left in the arguments', () => {
    const r = run('deadline', 'dsar', '--regime', 'gdpr', '--received', '2026-01-31', '--json')
    expect(JSON.parse(r.out).due).toBe('2026-03-02')
  })

  it('readable summary: "Due: Monday 2 March 2026 (…why…)"', () => {
    const r = run('--regime', 'gdpr', '--received', '2026-01-31')
    expect(r.code).toBe(0)
    expect(r.out).toContain(
      'Due: Monday 2 March 2026 (the period ends on Saturday 28 February 2026; moved to the next working day past Saturday 28 February 2026, Sunday 1 March 2026)',
    )
    expect(r.out).toContain('Target: Saturday 28 February 2026 (reminders key off this date)')
    expect(r.out).toContain('Extended due: Tuesday 28 April 2026')
    expect(r.out).toMatch(/Where the law reads two ways[\s\S]*Chosen: Tuesday 28 April 2026, the earlier/)
  })

  it('ccpa defaults to the request to know: ack by 16 Mar, respond by 15 Apr 2026 (Cal. Code Regs. tit. 11 §7021; REFERENCE §3.4)', () => {
    const o = JSON.parse(run('--regime', 'ccpa', '--received', '2026-03-02', '--json').out)
    expect(o).toMatchObject({ requestType: 'ccpa-know', acknowledgeBy: '2026-03-16', due: '2026-04-15', extendedDue: '2026-05-30', extensionNoticeBy: '2026-04-15' })
  })

  it('ccpa opt-out: 15 business days, no extension keys (§7026(f))', () => {
    const o = JSON.parse(run('--regime', 'ccpa', '--type', 'ccpa-opt-out', '--received', '2026-06-15', '--json').out)
    expect(o.due).toBe('2026-07-08')
    expect(o).not.toHaveProperty('extendedDue')
    expect(o).not.toHaveProperty('extensionNoticeBy')
  })

  it('uk with ID and a pause: Art. 12A start and stop, unpaused date beside (REFERENCE §3.3)', () => {
    const o = JSON.parse(run('--regime', 'uk', '--received', '2026-09-03', '--id-received', '2026-09-10', '--json').out)
    expect(o).toMatchObject({ calendar: 'GB-ENG', clockStart: '2026-09-10', target: '2026-10-10', due: '2026-10-12', unpausedDue: '2026-10-05' })
    const p = run('--regime', 'uk', '--country', 'GB-SCT', '--received', '2026-09-03', '--pause', '2026-09-07..2026-09-14', '--pause', '2026-09-20..2026-09-20')
    expect(p.code).toBe(0)
    expect(p.out).toContain('Due: Monday 12 October 2026')
    expect(p.out).toContain('Without pauses, identity or fee: target Saturday 3 October 2026, due Monday 5 October 2026')
    expect(JSON.parse(run('--regime', 'uk', '--country', 'GB', '--received', '2026-10-30', '--json').out).calendar).toBe('GB-ENG')
  })

  it('withdraw-consent acts at once (GDPR Art. 7(3); §8 Q10); lgpd and fadp count calendar days', () => {
    expect(JSON.parse(run('--regime', 'gdpr', '--type', 'withdraw-consent', '--received', '2026-01-31', '--json').out)).toMatchObject({ target: '2026-01-31', due: '2026-03-02' })
    expect(JSON.parse(run('--regime', 'lgpd', '--received', '2026-01-31', '--json').out)).toMatchObject({ due: '2026-02-15', calendar: 'none' })
    expect(JSON.parse(run('--regime', 'fadp', '--received', '2026-01-31', '--extended-to', '2026-03-20', '--json').out)).toMatchObject({ due: '2026-03-02', extendedDue: '2026-03-20' })
    expect(run('--regime', 'lgpd', '--received', '2026-01-31').out).toContain('Due: Sunday 15 February 2026 (calendar days, no move off weekends or holidays)')
  })

  it('--help prints the usage', () => {
    const r = run('--help')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Usage: pwb deadline dsar --regime gdpr\|uk\|ccpa\|lgpd\|fadp --received YYYY-MM-DD/)
  })

  it.each([
    [['--regime', 'gdpr', '--received', '2026-02-30'], /^--received “2026-02-30”: must be a calendar date written YYYY-MM-DD\.$/],
    [['--regime', 'gdpr', '--received', '31/01/2026'], /^--received “31\/01\/2026”/],
    [['--regime', 'hipaa', '--received', '2026-01-31'], /^--regime “hipaa”: must be one of gdpr, uk, ccpa, lgpd, fadp\.$/],
    [['--received', '2026-01-31'], /^--regime is required/],
    [['--regime', 'gdpr'], /^--received is required/],
    [['--regime', 'gdpr', '--received', '2026-01-31', '--country', 'US'], /^--country “US”: “US” is not an EU\/EEA member state/],
    [['--regime', 'uk', '--received', '2026-01-31', '--country', 'GB-XYZ'], /^--country “GB-XYZ”: for uk use one of GB, GB-ENG, GB-WLS, GB-SCT, GB-NIR\.$/],
    [['--regime', 'gdpr', '--received', '2026-01-31', '--type', 'ccpa-know'], /^--type “ccpa-know”: “ccpa-know” is not a request type of gdpr/],
    [['--regime', 'uk', '--received', '2026-09-03', '--pause', '2026-09-07'], /^--pause “2026-09-07”: write a clarification pause as FROM\.\.TO/],
    [['--regime', 'uk', '--received', '2026-09-03', '--pause', '2026-09-07..2026-09-31'], /^--pause “2026-09-07\.\.2026-09-31”: must be a calendar date/],
    [['--regime', 'uk', '--received', '2026-09-03', '--id-received', 'soon'], /^--id-received “soon”/],
    [['--regime', 'gdpr', '--received', '2026-01-31', '--extended-to', '2026-05-01'], /^--extended-to “2026-05-01”: only the Swiss FADP/],
    [['--regime', 'gdpr', '--received', '2026-01-31', '--bogus'], /Unknown option '--bogus'/],
    [['--regime', 'gdpr', '--received'], /--received/],
    [['--regime', 'gdpr', '--received', '2026-01-31', 'extra'], /^Unexpected argument “extra”/],
  ])('exit 2 naming the flag: %j', (args, message) => {
    const r = run(...args)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(message)
  })
})
