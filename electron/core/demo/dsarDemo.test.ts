import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntry, AuditVerify } from '../../../shared/domain/audit'
import type { DsarCaseView, DsarListRow } from '../../../shared/domain/dsar/views'
import type { Deadline } from '../../../shared/domain/deadline'
import { pwbRunner, pwbTestEnv } from '../../cli/testing/pwbRunner'
import { ManualClock } from '../clock'
import { createCore } from '../createCore'
import { pdfPages } from '../reports/pdfText'
import { tempDir } from '../testing/tempDir'
import { testCore, type TestCore } from '../testing/testCore'
import { createDemoWorkspace } from './createDemoWorkspace'

// Issue 5 items 6 and 8, "must show": `pwb demo` adds requests in different states (overdue, paused under
// UK GDPR, extended, answered in time), and the closing pack and the register PDF exist and list them.
// Each request carries the letters a case at its stage would have, made by the letter service.

const NOW = '2026-11-23T09:30:00Z'

let tc: TestCore
const call = <T>(channel: string, input?: unknown) => tc.call<T>(channel, input)
const text = (path: string) => pdfPages(readFileSync(path)).join('\n').replace(/\s+/g, ' ')
// Set PWB_REPORT_OUT=/some/dir to keep the PDFs and look at them (pdftoppm -png -r 60 ...).
const keep = (name: string, path: string) => {
  const out = process.env.PWB_REPORT_OUT
  if (!out) return
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, name), readFileSync(path))
}

beforeAll(async () => {
  tc = testCore({ at: NOW })
  await call('workspace.createDemo', { path: join(tc.dir, 'demo.pwb') })
})
afterAll(() => tc.dispose())

describe('DSAR demo (Vimage S.r.l.)', () => {
  it('has one request in each state, relative to now', async () => {
    const rows = await call<DsarListRow[]>('dsar.list')
    const by = (name: string) => rows.find((r) => r.requesterName === name) as DsarListRow
    expect(rows).toHaveLength(4)
    expect(by('Giulia Bianchi')).toMatchObject({ regime: 'gdpr', status: 'in_progress', overdue: true })
    expect(by('Oliver Smith')).toMatchObject({
      regime: 'uk',
      status: 'in_progress',
      waiting: 'clarification',
      overdue: false,
    })
    expect(by('Luca Ferrari')).toMatchObject({ status: 'extended', extended: true, overdue: false })
    expect(by('Sara Conti')).toMatchObject({ status: 'answered', onTime: true })
    const uk = await call<DsarCaseView>('dsar.get', { id: by('Oliver Smith').id })
    // Received 11 Nov, ID asked 12 Nov and received 15 Nov (Art. 12A start), clarification asked 20 Nov, still open.
    expect(uk.clock).toMatchObject({
      receivedDate: '2026-11-11',
      pauses: [{ from: '2026-11-20', to: null, open: true }],
    })
    expect(uk.clock.perType[0].clockStart).toBe('2026-11-15')
    expect(uk.case.events.map((e) => e.kind)).toEqual([
      'id_requested',
      'id_received',
      'clarification_requested',
    ])
  })

  it('gives each request the letters of its stage, dated along its history, in the requester’s language', async () => {
    const rows = await call<DsarListRow[]>('dsar.list')
    const views = new Map<string, DsarCaseView>()
    for (const r of rows)
      views.set(r.requesterName as string, await call<DsarCaseView>('dsar.get', { id: r.id }))
    const letters = (name: string) =>
      (views.get(name) as DsarCaseView).case.letters.map((l) => ({
        kind: l.kind,
        lang: l.lang,
        date: l.date,
      }))
    // Answered: received 22 Sept, acknowledged the same day, answer letter the day it was marked answered.
    expect(letters('Sara Conti')).toEqual([
      { kind: 'acknowledgment', lang: 'it', date: '2026-09-22' },
      { kind: 'answer', lang: 'it', date: '2026-10-10' },
    ])
    expect(views.get('Sara Conti')?.case.answeredOn).toBe('2026-10-10')
    // Overdue: received 14 Oct at 18:55, acknowledged the next morning.
    expect(letters('Giulia Bianchi')).toEqual([{ kind: 'acknowledgment', lang: 'it', date: '2026-10-15' }])
    // Extended: received 30 Oct by post; the extension letter is the notice of the extension.
    expect(letters('Luca Ferrari')).toEqual([
      { kind: 'acknowledgment', lang: 'it', date: '2026-10-31' },
      { kind: 'extension', lang: 'it', date: '2026-11-18' },
    ])
    expect(views.get('Luca Ferrari')?.case.extension?.on).toBe('2026-11-18')
    // UK: the identity request the day the ID was asked for; acknowledged once it arrived (Art. 12A start).
    expect(letters('Oliver Smith')).toEqual([
      { kind: 'identity_request', lang: 'en', date: '2026-11-12' },
      { kind: 'acknowledgment', lang: 'en', date: '2026-11-15' },
    ])
    const uk = views.get('Oliver Smith') as DsarCaseView
    expect(uk.case.events.find((e) => e.kind === 'id_requested')?.on).toBe('2026-11-12')
    expect(uk.case.events.find((e) => e.kind === 'id_received')?.on).toBe('2026-11-15')
    for (const [name, v] of views) {
      for (const l of v.case.letters) {
        expect(l.date >= v.clock.receivedDate && l.date <= v.clock.today, `${name} ${l.kind}`).toBe(true)
        expect(
          v.timeline.some((t) => t.kind === 'letter' && t.date === l.date && t.params.letter === l.kind),
        ).toBe(true)
      }
      // Acknowledged: the next steps no longer ask for it.
      expect(v.nextSteps.map((n) => n.key)).not.toContain('next.acknowledge')
    }
  })

  it('fills each letter from the case as it stood that day, and keeps its PDF with the requester’s name', async () => {
    const rows = await call<DsarListRow[]>('dsar.list')
    const bodies: Record<string, string> = {}
    for (const r of rows) {
      const v = await call<DsarCaseView>('dsar.get', { id: r.id })
      for (const l of v.case.letters) {
        const out = join(tc.dir, `letter-${l.id}.pdf`)
        await call('report.create', { type: 'dsar-letter', caseId: String(l.id), out })
        keep(`dsar-letter-${r.requesterName?.split(' ')[0]}-${l.kind}-${l.lang}.pdf`, out)
        expect(statSync(out).size).toBe(l.bytes)
        const all = text(out)
        expect(all).toContain(r.requesterName as string)
        expect(all).toContain(r.id)
        expect(all).toContain('Vimage S.r.l.')
        bodies[`${r.requesterName}/${l.kind}`] = (l.body ?? '').replace(/\s+/g, ' ')
      }
    }
    // The acknowledgment promised the original limit; the extension letter gives the extended one.
    expect(bodies['Luca Ferrari/acknowledgment']).toContain('entro il lunedì 30 novembre 2026')
    expect(bodies['Luca Ferrari/extension']).toContain('entro il lunedì 1 febbraio 2027')
    expect(bodies['Luca Ferrari/extension']).toContain(
      'Dobbiamo esaminare sei anni di caselle di posta condivise',
    )
    // UK: the identity request carries the Art. 12A note; the acknowledgment, sent after the ID arrived and
    // before the clarification pause, gives the limit counted from 15 November.
    expect(bodies['Oliver Smith/identity_request']).toContain('The form gave only a first name')
    expect(bodies['Oliver Smith/identity_request']).toContain('UK GDPR Art. 12A')
    expect(bodies['Oliver Smith/acknowledgment']).toContain('in any event by Tuesday 15 December 2026')
    expect(bodies['Oliver Smith/acknowledgment']).not.toContain('Art. 12A')
    expect(bodies['Sara Conti/answer']).toMatch(/accesso: Accolta\. .*rettifica: Accolta\./)
    expect(bodies['Giulia Bianchi/acknowledgment']).toContain('entro il lunedì 16 novembre 2026')
  })

  it('audits every letter like a user’s, and the chain stays intact', async () => {
    const rows = await call<DsarListRow[]>('dsar.list')
    const { rows: audit } = await call<{ rows: AuditEntry[] }>('audit.list', { limit: 5000 })
    let count = 0
    for (const r of rows)
      for (const l of (await call<DsarCaseView>('dsar.get', { id: r.id })).case.letters) {
        count++
        expect(
          audit.filter(
            (a) => a.entity === 'dsar' && a.entityId === `${r.id}/letter/${l.id}` && a.action === 'create',
          ),
        ).toHaveLength(1)
      }
    expect(count).toBe(7)
    expect((await call<AuditVerify>('audit.verify')).ok).toBe(true)
  })

  it('puts the open requests on the deadline board, the overdue one missed', async () => {
    const d = await call<Deadline[]>('deadlines.list', { withinDays: 14 })
    const dsar = d.filter((x) => x.module === 'dsar')
    expect(dsar.find((x) => x.title.includes('Giulia Bianchi'))?.status).toBe('missed')
    expect(dsar.some((x) => x.title.includes('Sara Conti'))).toBe(false) // answered 44 days ago: off the board
  })

  it('writes the register PDF with statistics and every request', async () => {
    const out = join(tc.dir, 'dsar.pdf')
    await call('report.create', { type: 'dsar', out })
    keep('dsar-register-en.pdf', out)
    const all = text(out)
    expect(all).toContain('Register of data-subject requests')
    for (const name of ['Sara Conti', 'Giulia Bianchi', 'Luca Ferrari', 'Oliver Smith'])
      expect(all).toContain(name)
    for (const id of ['DSAR-2026-001', 'DSAR-2026-002', 'DSAR-2026-003', 'DSAR-2026-004'])
      expect(all).toContain(id)
    expect(all).toMatch(/Replied in time 1 of 1 \(100 %\)/)
    expect(all).toMatch(/Median days from receipt to reply 18/)
    expect(all).toMatch(/Open and past the legal limit 1/)
  })

  it('writes a closing pack per request: clock, pauses, identity, search log, decisions, audit excerpt', async () => {
    const rows = await call<DsarListRow[]>('dsar.list')
    for (const r of rows) {
      const out = join(tc.dir, `${r.id}.pdf`)
      await call('report.create', { type: 'dsar-case', caseId: r.id, out })
      keep(`dsar-case-${r.requesterName?.split(' ')[0]}-en.pdf`, out)
      const all = text(out)
      expect(all).toContain(`Closing pack — ${r.id}`)
      expect(all).toContain(r.requesterName as string)
      for (const h of [
        'The clock',
        'Why these dates',
        'Timeline',
        'Identity check',
        'Search log',
        'Decisions',
        'Letters',
        'Audit excerpt',
      ])
        expect(all, `${r.id}: ${h}`).toContain(h)
    }
    const answered = rows.find((r) => r.requesterName === 'Sara Conti') as DsarListRow
    const it = join(tc.dir, 'it.pdf')
    await call('report.create', { type: 'dsar-case', caseId: answered.id, out: it, lang: 'it' })
    keep('dsar-case-Sara-it.pdf', it)
    expect(text(it)).toContain('Fascicolo di chiusura')
    expect(text(it)).toContain('Risposta nei termini')
  })

  it('refuses a closing pack without a request, naming it', async () => {
    const r = await tc.core.invoke('report.create', { type: 'dsar-case', out: join(tc.dir, 'x.pdf') })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { caseId: 'validation.required' } },
    })
  })
})

describe('DSAR demo letters from the command line', () => {
  it('pwb report --type dsar-letter --case N prints a demo letter as it was made', async () => {
    const dir = tempDir()
    try {
      const env = pwbTestEnv(NOW)
      const pwb = pwbRunner(env)
      const f = join(dir.dir, 'demo.pwb')
      expect((await pwb('demo', f)).code).toBe(0)
      // The letter's number (what --case takes for dsar-letter), read from the case.
      const reader = createCore({ ...env, host: 'test', defaultWorkspaceDir: dir.dir })
      const answer = await (async () => {
        try {
          expect((await reader.invoke('workspace.open', { path: f })).ok).toBe(true)
          const got = await reader.invoke('dsar.get', { id: 'DSAR-2026-001' })
          if (!got.ok) throw new Error(got.error.message)
          return (got.data as DsarCaseView).case.letters.find((l) => l.kind === 'answer')
        } finally {
          await reader.dispose()
        }
      })()
      if (!answer) throw new Error('the answered demo case has no answer letter')
      const out = join(dir.dir, 'answer.pdf')
      const r = await pwb('report', f, '--type', 'dsar-letter', '--case', String(answer.id), '--out', out)
      expect(r).toMatchObject({ code: 0, out: expect.stringContaining(`(${answer.bytes} bytes)`) })
      const all = text(out)
      expect(all).toContain('Riscontro alla sua richiesta DSAR-2026-001')
      expect(all).toContain('Sara Conti')
      const missing = await pwb(
        'report',
        f,
        '--type',
        'dsar-letter',
        '--case',
        '999',
        '--out',
        join(dir.dir, 'x.pdf'),
      )
      expect(missing.code).toBe(2)
    } finally {
      dir.cleanup()
    }
  })
})

describe('createDemoWorkspace', () => {
  it('is all or nothing: a letter that cannot be printed leaves no file behind', async () => {
    const dir = tempDir()
    try {
      // Resources without the report fonts: every module seeds, then the first DSAR letter fails to print.
      const res = join(dir.dir, 'resources')
      for (const sub of ['demo', 'templates'])
        cpSync(resolve('resources', sub), join(res, sub), { recursive: true })
      const path = join(dir.dir, 'work', 'demo.pwb')
      mkdirSync(join(dir.dir, 'work'))
      await expect(
        createDemoWorkspace(path, { clock: new ManualClock(NOW), actor: 't', resourcesDir: res }),
      ).rejects.toMatchObject({ key: 'errors.fontsMissing' })
      expect(readdirSync(join(dir.dir, 'work'))).toEqual([])
    } finally {
      dir.cleanup()
    }
  })
})
