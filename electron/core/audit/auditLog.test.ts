import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../clock'
import { saveProfile, readProfile } from '../services/profileService'
import { createWorkspace } from '../services/workspaceService'
import type { Workspace } from '../store/workspace'
import { tempDir } from '../testing/tempDir'
import { listAudit, redactAudit, verifyAudit } from './auditLog'

const clock = new ManualClock('2026-11-23T10:00:00Z')
let tmp: ReturnType<typeof tempDir>
let ws: Workspace
beforeEach(() => {
  tmp = tempDir()
  ws = createWorkspace(
    { path: join(tmp.dir, 'a.pwb'), legalName: 'Acme Srl', country: 'IT', timeZone: 'Europe/Rome' },
    { clock, actor: 'alice' },
  )
})
afterEach(() => {
  if (ws.isOpen) ws.close()
  tmp.cleanup()
})

function edit(n: number) {
  for (let i = 0; i < n; i++) {
    clock.advance(60_000)
    saveProfile(ws, { ...readProfile(ws), tradingName: `Acme ${i}` })
  }
}

/** Removes the append-only guards, as someone editing the file with the sqlite3 CLI could. */
function dropGuards() {
  ws.db.exec('drop trigger audit_log_no_delete; drop trigger audit_log_only_redaction')
}

describe('audit log', () => {
  it('records each write with who, when, what, before and after, chained', () => {
    edit(2)
    const { rows, total } = listAudit(ws.db, 10)
    expect(total).toBe(3)
    expect(rows[0]).toMatchObject({ id: 3, actor: 'alice', entity: 'organisation', action: 'update', at: '2026-11-23T10:02:00.000Z' })
    expect(rows[0].payload).toMatchObject({ before: { tradingName: 'Acme 0' }, after: { tradingName: 'Acme 1' } })
    expect(rows[2]).toMatchObject({ id: 1, action: 'create' })
    expect(verifyAudit(ws.db)).toMatchObject({ ok: true, rows: 3, integrity: 'ok', headHash: rows[0].hash })
  })

  it('an unchanged save writes nothing', () => {
    saveProfile(ws, readProfile(ws))
    expect(listAudit(ws.db, 10).total).toBe(1)
  })

  it('refuses updates and deletes through its triggers', () => {
    edit(1)
    expect(() => ws.db.exec("update audit_log set actor='mallory' where id=1")).toThrow(/append-only/)
    expect(() => ws.db.exec('delete from audit_log where id=2')).toThrow(/append-only/)
  })

  it('names the first row whose payload was edited', () => {
    edit(3)
    dropGuards()
    ws.db.exec(`update audit_log set payload = replace(payload, 'Acme 1', 'Acme X') where id = 3`)
    expect(verifyAudit(ws.db)).toMatchObject({ ok: false, brokenRowId: 3, problem: expect.stringMatching(/payload/) })
  })

  it('names a row whose hashed fields were edited', () => {
    edit(2)
    dropGuards()
    ws.db.exec(`update audit_log set actor = 'mallory' where id = 2`)
    expect(verifyAudit(ws.db)).toMatchObject({ ok: false, brokenRowId: 2 })
  })

  it('detects a removed middle row and a truncated tail', () => {
    edit(3)
    dropGuards()
    ws.db.exec('delete from audit_log where id = 2')
    expect(verifyAudit(ws.db)).toMatchObject({ ok: false, brokenRowId: 3 })
    ws.db.exec('delete from audit_log where id >= 3')
    expect(verifyAudit(ws.db)).toMatchObject({ ok: false })
  })

  it('a redaction clears a payload, is itself audited, and the chain still verifies', () => {
    edit(2)
    redactAudit(ws.db, clock.now().toISOString(), 'alice', 2, 'retention ended')
    const { rows } = listAudit(ws.db, 10)
    const redacted = rows.find((r) => r.id === 2)!
    expect(redacted.payload).toBeNull()
    expect(redacted.redactedAt).not.toBeNull()
    expect(rows[0]).toMatchObject({ action: 'redact', entity: 'audit_log', entityId: '2' })
    expect(verifyAudit(ws.db).ok).toBe(true)
  })

  it('a payload cleared without an audited redaction is reported', () => {
    edit(1)
    ws.db.exec('update audit_log set payload = NULL where id = 2') // allowed by the trigger shape, but unaudited
    expect(verifyAudit(ws.db)).toMatchObject({ ok: false, brokenRowId: 2, problem: expect.stringMatching(/redaction/) })
  })

  it('a failing write leaves neither the change nor its audit row', () => {
    expect(() =>
      ws.write((db) => {
        db.exec("insert into meta(key, value) values ('half', 'done')")
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(ws.db.prepare("select count(*) n from meta where key='half'").get()).toEqual({ n: 0 })
    expect(listAudit(ws.db, 10).total).toBe(1)
  })

  it('rows a long write appends as it goes come first, in order, chained with the rest, and go if it fails', () => {
    const row = (id: string) => ({ entity: 'vendor', entityId: id, action: 'create' as const, before: null, after: { id } })
    ws.write((_db, auditNow) => {
      auditNow([row('v1'), row('v2')])
      auditNow([row('v3')])
      return { result: null, audit: [row('v4')] }
    })
    const ids = listAudit(ws.db, 10).rows.map((r) => r.entityId)
    expect(ids.slice(0, 4).reverse()).toEqual(['v1', 'v2', 'v3', 'v4'])
    expect(verifyAudit(ws.db).ok).toBe(true)
    expect(() =>
      ws.write((_db, auditNow) => {
        auditNow([row('v5')])
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(listAudit(ws.db, 10).rows.map((r) => r.entityId)).not.toContain('v5')
  })
})
