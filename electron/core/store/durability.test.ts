import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAudit } from '../audit/auditLog'
import { ManualClock } from '../clock'
import { readProfile } from '../services/profileService'
import { createWorkspace } from '../services/workspaceService'
import { tempDir } from '../testing/tempDir'
import { openWorkspace } from './openWorkspace'
import { bundleNode } from '../../../scripts/bundleNode.mjs'

const ROUNDS = Number(process.env.PWB_DURABILITY_ROUNDS ?? 20)
let tmp: ReturnType<typeof tempDir>
let child: string
beforeAll(async () => {
  tmp = tempDir('pwb-durability-')
  // Bundled inside the repo so the child resolves its packages from node_modules.
  child = await bundleNode('electron/core/store/durability.child.ts', resolve('out/test'), `durability-${process.pid}.js`)
}, 120_000)
afterAll(() => {
  tmp.cleanup()
  rmSync(child, { force: true })
})

/** Runs the writer until `killAfterMs`, SIGKILLs it, and returns the last save it reported committed. */
function runAndKill(path: string, killAfterMs: number): Promise<number> {
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, [child, path, resolve('resources')], { stdio: ['ignore', 'pipe', 'pipe'] })
    let buf = ''
    let err = ''
    let started = false
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString()
      if (!started) {
        started = true
        setTimeout(() => p.kill('SIGKILL'), killAfterMs)
      }
    })
    p.stderr.on('data', (d: Buffer) => (err += d.toString()))
    p.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`writer exited by itself: ${err}`))
      const lines = buf.split('\n').filter((l) => /^\d+$/.test(l))
      done(lines.length ? Number(lines[lines.length - 1]) : 0)
    })
  })
}

describe('durability under SIGKILL', () => {
  it(`keeps every reported write, integrity and the audit chain across ${ROUNDS} kills`, async () => {
    const clock = new ManualClock('2026-11-23T10:00:00Z')
    const path = join(tmp.dir, 'd.pwb')
    createWorkspace({ path, legalName: 'Durable Srl', country: 'IT', timeZone: 'Europe/Rome' }, { clock, actor: 't' }).close()
    let expectedRows = 1 // the creation entry
    for (let round = 0; round < ROUNDS; round++) {
      const reported = await runAndKill(path, 20 + Math.floor(Math.random() * 200))
      const ws = openWorkspace(path, { clock, actor: 't' })
      try {
        const stored = Number(readProfile(ws).tradingName?.slice(1) ?? 0)
        // Everything reported is there; at most one more save committed before the report was written.
        expect(stored).toBeGreaterThanOrEqual(reported)
        expect(stored - reported).toBeLessThanOrEqual(1)
        const v = verifyAudit(ws.db)
        expect(v).toMatchObject({ ok: true, integrity: 'ok' })
        expect(v.rows).toBe(expectedRows + stored)
        expectedRows = v.rows
        // Start the next round from n0 so the counter matches the next child's numbering.
        ws.write((db) => {
          const p = readProfile(ws)
          db.prepare('update organisation set profile_json = ? where id = 1').run(JSON.stringify({ ...p, tradingName: 'n0' }))
          return { result: null, audit: [{ entity: 'organisation', entityId: '1', action: 'update', after: { tradingName: 'n0' } }] }
        })
        expectedRows++
      } finally {
        ws.close()
      }
    }
  }, 300_000)
})
