import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ManualClock } from '../../clock'
import { testCore, type TestCore } from '../../testing/testCore'
import { runCli } from '../../../cli/runCli'
import { pdfPages } from '../pdfText'

// Issue 6 item 9 and "Must show": the breach register of the demo lists the not-notified breach with its
// reasons; the per-incident report and the two drafts (Art. 33(3)(a)-(d), Art. 34(2) in en and it).
// Set PWB_REPORT_OUT=/some/dir to keep the PDFs and look at them (pdftoppm -png -r 60 ...).

let tc: TestCore
let out: string
const text = (file: string) => pdfPages(readFileSync(file)).join('\n').replace(/[ \t]+/g, ' ')

const call = <T>(channel: string, input: unknown) => tc.call<T>(channel, input)
async function report(type: string, lang: string, caseId?: string): Promise<string> {
  const file = join(out, `${type}-${lang}${caseId ? '-case' : ''}.pdf`)
  await call('report.create', { type, lang, out: file, ...(caseId ? { caseId } : {}) })
  return file
}

let ids: Record<string, string>
let drillId: string

beforeAll(async () => {
  tc = testCore({ at: '2026-11-20T09:00:00Z' })
  out = process.env.PWB_REPORT_OUT ?? join(tc.dir, 'out')
  mkdirSync(out, { recursive: true })
  await call('workspace.createDemo', { path: join(tc.dir, 'demo.pwb') })
  const list = await call<{ items: { id: string; title: string }[] }>('breach.list', {})
  ids = Object.fromEntries(list.items.map((i) => [i.title.split(' ')[0], i.id]))
  const drill = await call<{ breach: { id: string } }>('breach.create', {
    title: 'Second drill',
    drill: true,
    discoveredAt: '2026-11-20T08:00:00Z',
    awareAt: '2026-11-20T08:00:00Z',
    awareBy: 'x',
    natures: ['availability'],
  })
  drillId = drill.breach.id
})
afterAll(() => tc.dispose())

describe('demo breaches', () => {
  it('one open with a running clock, one notified, one not notified; the drill is absent', async () => {
    const list = await call<{ items: { title: string; notification: string; overallStatus: string; status: string }[] }>('breach.list', {})
    expect(list.items.map((i) => [i.title, i.status, i.notification, i.overallStatus])).toEqual([
      ['Laptop stolen from a designer’s car', 'open', 'undecided', 'pending'],
      ['Mailbox taken over through phishing', 'closed', 'notified', 'met'],
      ['Invoice e-mailed to the wrong client', 'closed', 'not_notified', 'not_required'],
    ])
    const running = await call<{ clocks: { deadline: string }[] }>('breach.runningClocks', {})
    expect(running.clocks).toHaveLength(1)
    expect(running.clocks[0].deadline).toBe('2026-11-22T14:00:00Z') // aware 19 h before now, + 72 h
  })
})

describe('breach register PDF', () => {
  it('lists every real breach, the not-notified one with its reasons, and no drill (en)', async () => {
    const t = text(await report('breach', 'en'))
    expect(t).toContain('Breach register')
    expect(t).toContain('BR-2026-001')
    expect(t).toContain('Invoice e-mailed to the wrong client')
    expect(t).toContain('Breaches not notified, with the reasons')
    expect(t).toContain('unlikely to result in a risk (Art. 33(1))')
    expect(t).toContain('Mailbox taken over through phishing')
    expect(t).not.toContain('ransomware')
    expect(t).not.toContain('Second drill')
    expect(t).not.toContain('DR-2026')
    expect(t).toContain('3 breaches; 1 decided not notifiable')
  })

  it('prints in Italian', async () => {
    const t = text(await report('breach', 'it'))
    expect(t).toContain('Registro delle violazioni')
    expect(t).toContain('Violazioni non notificate, con i motivi')
  })
})

describe('per-incident report and drafts', () => {
  it('breach-case: facts, deadlines in local time, timeline, assessment, decision, notifications', async () => {
    const t = text(await report('breach-case', 'en', ids.Mailbox))
    for (const s of ['Facts', 'Notification deadlines', 'Timeline', 'Risk assessment', 'Decision (Art. 33(5))', 'Notifications'])
      expect(t).toContain(s)
    expect(t).toContain('Notify the supervisory authority (GDPR Art. 33)')
    expect(t).toContain('Met')
    expect(t).toContain('2026/0412') // the reference column wraps
    expect(t).toMatch(/\(UTC\+0[12]:00\)/)
  })

  it('SA draft: the authority’s name and Art. 33(3)(a)-(d)', async () => {
    const t = text(await report('breach-sa-draft', 'en', ids.Laptop))
    expect(t).toContain('Garante per la protezione dei dati personali (IT)')
    for (const p of ['(a)', '(b)', '(c)', '(d)']) expect(t).toContain(`Art. 33(3)${p}`)
    expect(t).toContain('about 120')
    expect(t).toContain('Remote lock and wipe sent through the device manager')
  })

  it('data-subject draft in clear language, in English, Italian and French (Art. 34(2))', async () => {
    const en = text(await report('breach-subject-draft', 'en', ids.Mailbox))
    expect(en).toContain('What happened')
    expect(en).toContain('What you can do')
    expect(en).toContain('privacy@vimage.it')
    const it = text(await report('breach-subject-draft', 'it', ids.Mailbox))
    expect(it).toContain('Cosa è successo')
    expect(it).toContain('Cosa può fare')
    const fr = text(await report('breach-subject-draft', 'fr', ids.Mailbox))
    expect(fr).toContain('Ce qui s’est passé')
    expect(fr).toContain('Ce que vous pouvez faire')
    expect(fr).toContain('privacy@vimage.it')
    expect(fr).not.toContain('What happened')
  })

  it('a per-case report needs a case id, and refuses a drill', async () => {
    const noCase = await tc.core.invoke('report.create', { type: 'breach-case', out: join(out, 'x.pdf') })
    expect(noCase.ok || noCase.error.message).toBe('This report is about one breach: give its id (--case ID).')
    const drill = await tc.core.invoke('report.create', { type: 'breach-case', caseId: drillId, out: join(out, 'x.pdf') })
    expect(drill.ok || drill.error).toMatchObject({ code: 'FORBIDDEN', message: 'Breach DR-2026-002 is a drill: drills never appear in real reports.' })
  })
})

describe('pwb report FILE --type breach|breach-case --case ID --out X.pdf', () => {
  it('writes the register and a per-case report from the command line', async () => {
    const io = { lines: [] as string[], out: (l: string) => void io.lines.push(l), err: (l: string) => void io.lines.push(`ERR ${l}`) }
    const env = { resourcesDir: resolve('resources'), clock: new ManualClock('2026-11-20T09:00:00Z'), version: 'test' }
    const file = join(tc.dir, 'cli.pwb')
    expect(await runCli(['demo', file], io, env)).toBe(0)
    const reg = join(out, 'cli-register.pdf')
    expect(await runCli(['report', file, '--type', 'breach', '--out', reg], io, env)).toBe(0)
    expect(text(reg)).toContain('Invoice e-mailed to the wrong client')
    expect(await runCli(['report', file, '--type', 'breach-case', '--out', join(out, 'x.pdf')], io, env)).toBe(2)
    expect(io.lines.at(-1)).toBe('ERR pwb report --type breach-case needs --case ID (pwb list FILE --type breach shows the ids).')
  })
})

describe('an Italian workspace', () => {
  it('breach-case: the clocks’ names and explanations in Italian, times in the zone with the offset', async () => {
    const profile = await call<Record<string, unknown>>('profile.get', {})
    await call('profile.save', { ...profile, language: 'it' })
    try {
      const file = join(out, 'breach-case-it-workspace.pdf')
      await call('report.create', { type: 'breach-case', out: file, caseId: ids.Laptop }) // no lang: the workspace's
      const t = text(file)
      expect(t).toContain('Scadenze di notifica')
      expect(t).toContain('Notifica all’autorità di controllo (GDPR art. 33)')
      const flat = t.replace(/\s+/g, ' ')
      for (const words of ['Notifica la violazione', 'senza ingiustificato ritardo', 'ne sei venuto a conoscenza', 'conoscenza il 19 nov 2026, 15:00', 'scadenza il 22 nov 2026, 15:00', 'Contano le notti'])
        expect(flat).toContain(words)
      expect(t).not.toContain('Notify the supervisory authority')
      expect(t).not.toContain('without undue delay')
      // No machine stamps such as 2026-11-22T14:00:00Z in what a person reads.
      expect(t).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
    } finally {
      await call('profile.save', { ...profile, language: 'en' })
    }
  })
})
