import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DsarCaseView, DsarListRow } from '../../../shared/domain/dsar/views'
import type { Deadline } from '../../../shared/domain/deadline'
import { ManualClock } from '../clock'
import { createCore } from '../createCore'
import type { Core } from '../coreTypes'
import { pdfPages } from '../reports/pdfText'
import { tempDir } from '../testing/tempDir'

// Issue 5 items 6 and 8, "must show": `pwb demo` adds requests in different states (overdue, paused under
// UK GDPR, extended, answered in time), and the closing pack and the register PDF exist and list them.

let tmp: ReturnType<typeof tempDir>
let core: Core
async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const r = await core.invoke(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
  return r.data as T
}
const text = (path: string) => pdfPages(readFileSync(path)).join('\n').replace(/\s+/g, ' ')
// Set PWB_REPORT_OUT=/some/dir to keep the PDFs and look at them (pdftoppm -png -r 60 ...).
const keep = (name: string, path: string) => {
  const out = process.env.PWB_REPORT_OUT
  if (!out) return
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, name), readFileSync(path))
}

beforeAll(async () => {
  tmp = tempDir()
  core = createCore({
    clock: new ManualClock('2026-11-23T09:30:00Z'),
    host: 'test',
    actor: 't',
    resourcesDir: resolve('resources'),
    defaultWorkspaceDir: tmp.dir,
  })
  await call('workspace.createDemo', { path: join(tmp.dir, 'demo.pwb') })
})
afterAll(async () => {
  await core.dispose()
  tmp.cleanup()
})

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

  it('puts the open requests on the deadline board, the overdue one missed', async () => {
    const d = await call<Deadline[]>('deadlines.list', { withinDays: 14 })
    const dsar = d.filter((x) => x.module === 'dsar')
    expect(dsar.find((x) => x.title.includes('Giulia Bianchi'))?.status).toBe('missed')
    expect(dsar.some((x) => x.title.includes('Sara Conti'))).toBe(false) // answered 44 days ago: off the board
  })

  it('writes the register PDF with statistics and every request', async () => {
    const out = join(tmp.dir, 'dsar.pdf')
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
      const out = join(tmp.dir, `${r.id}.pdf`)
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
    const it = join(tmp.dir, 'it.pdf')
    await call('report.create', { type: 'dsar-case', caseId: answered.id, out: it, lang: 'it' })
    keep('dsar-case-Sara-it.pdf', it)
    expect(text(it)).toContain('Fascicolo di chiusura')
    expect(text(it)).toContain('Risposta nei termini')
  })

  it('refuses a closing pack without a request, naming it', async () => {
    const r = await core.invoke('report.create', { type: 'dsar-case', out: join(tmp.dir, 'x.pdf') })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { caseId: 'validation.required' } },
    })
  })
})
