import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CoreError } from '../../errors'
import { buildImportWorker } from '../../testing/importWorkerBuild'
import type { ImportSnapshot, PlanPart } from './importPlan'
import { fromWire, toWire } from './importWire'
import { planInWorker } from './importWorkerClient'
import { ManualClock } from '../../clock'
import { createWorkspace } from '../workspaceService'
import { importRegister, WORKER_MIN_BYTES } from './importService'
import { allActivities } from './activityService'
import { saveVendor } from './vendorService'

// The import's worker thread itself: that it is used, what happens when it cannot start or stops
// answering, and how its errors cross back. (importExport.test.ts runs every import both ways.)

const dir = mkdtempSync(join(tmpdir(), 'pwb-import-worker-test-'))
let script: string
let dispose: () => void
beforeAll(async () => {
  ;({ script, dispose } = await buildImportWorker())
})
afterAll(() => {
  dispose()
  rmSync(dir, { recursive: true, force: true })
})

const empty: ImportSnapshot = { activities: [], vendors: [], systems: [] }
const csv = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
/** A stand-in worker script: says it has read the file, hands over one part as the real one does, then `then`. */
function fakeWorker(name: string, part: unknown, then = ''): string {
  const script = join(dir, name)
  writeFileSync(
    script,
    `import { parentPort, workerData } from 'node:worker_threads'
     const posted = new Int32Array(workerData.signal)
     workerData.port.postMessage(${JSON.stringify(JSON.stringify(part))})
     Atomics.add(posted, 0, 1); Atomics.notify(posted, 0)
     parentPort.postMessage('ready')
     ${then}`,
  )
  return script
}
const request = (path: string) => ({ path, type: 'activities' as const, lang: 'en' })

describe('the import worker thread', () => {
  it('reads and checks the file in the worker and hands over the plan in order: vendors, systems, activities, then problems and notes', async () => {
    const path = csv('plain.csv', 'name,owner\nPayroll,HR\nRecruitment,HR\n')
    const planned = await planInWorker(script, request(path), () => empty)
    expect(planned.close).toBeDefined() // only a plan made in a worker has one to stop
    const parts = [...planned.plan] as PlanPart[]
    planned.close?.()
    expect(parts.map((p) => p.kind)).toEqual(['vendors', 'systems', 'activities', 'done'])
    const activities = parts.find((p) => p.kind === 'activities')
    expect(activities?.kind === 'activities' && activities.plan.map((a) => [a.name, a.owner])).toEqual([
      ['Payroll', 'HR'],
      ['Recruitment', 'HR'],
    ])
    expect(parts.at(-1)).toEqual({ kind: 'done', errors: [], notes: [] })
  })

  it('plans nothing to write once a row is wrong, and lists the problem with its row and column', async () => {
    const path = csv('bad.csv', 'name,status\nPayroll,active\n,active\n')
    const planned = await planInWorker(script, request(path), () => empty)
    const parts = [...planned.plan] as PlanPart[]
    planned.close?.()
    expect(parts.map((p) => p.kind)).toEqual(['vendors', 'systems', 'done'])
    expect(parts.at(-1)).toMatchObject({ kind: 'done', errors: [{ row: 3, column: 'name' }] })
  })

  it('a worker script that cannot start leaves the plan to this thread: the same plan, only slower', async () => {
    const path = csv('fallback.csv', 'name\nPayroll\n')
    const planned = await planInWorker(join(dir, 'missing.js'), request(path), () => empty)
    expect(planned.close).toBeUndefined()
    expect([...planned.plan].map((p) => p.kind)).toEqual(['vendors', 'systems', 'activities', 'done'])
  })

  it('a worker that stops answering ends the import with a plain error naming the file, instead of waiting for ever', async () => {
    // Says it has read the file, hands over one part, then never another.
    const stuck = fakeWorker('stuck.mjs', { kind: 'vendors', plan: [] }, 'setInterval(() => {}, 1000)')
    const path = csv('stuck.csv', 'name\nPayroll\n')
    const planned = await planInWorker(stuck, request(path), () => empty, 300)
    const parts = planned.plan[Symbol.iterator]()
    expect(parts.next().value).toEqual({ kind: 'vendors', plan: [] })
    let caught: unknown
    try {
      parts.next()
    } catch (e) {
      caught = e
    }
    planned.close?.()
    expect(caught).toBeInstanceOf(CoreError)
    expect(caught).toMatchObject({
      code: 'IO',
      key: 'register:errors.importStalled',
      params: { path, seconds: 0.3 },
    })
  })

  it('an error in the worker comes back as the same error: a message key and values, or a system error with its code and path', () => {
    const core = fromWire(
      toWire(
        new CoreError('VALIDATION', 'register:errors.importUnreadable', { path: '/x.xlsx', format: 'XLSX' }),
      ),
    )
    expect(core).toBeInstanceOf(CoreError)
    expect(core).toMatchObject({
      code: 'VALIDATION',
      key: 'register:errors.importUnreadable',
      params: { path: '/x.xlsx', format: 'XLSX' },
    })
    const io = fromWire(
      toWire(
        Object.assign(new Error('EACCES: permission denied'), {
          code: 'EACCES',
          path: '/x.csv',
          syscall: 'open',
          errno: -13,
        }),
      ),
    )
    expect(io).toMatchObject({
      message: 'EACCES: permission denied',
      code: 'EACCES',
      path: '/x.csv',
      syscall: 'open',
      errno: -13,
    })
  })

  it('an import whose register changed while the worker read the file changes nothing and says to import again', async () => {
    const ws = createWorkspace(
      { path: join(dir, 'raced.pwb'), legalName: 'Acme Srl', country: 'IT', timeZone: 'Europe/Rome' },
      { clock: new ManualClock('2026-11-23T10:00:00Z'), actor: 't' },
    )
    try {
      const path = csv('raced.csv', 'name,recipients_external\nPayroll,Aruba\n')
      // The workspace is read when the import starts; the file is then read in the worker meanwhile.
      const importing = importRegister(
        ws,
        { path, type: 'activities' },
        { worker: script, workerMinBytes: 0 },
      )
      saveVendor(ws, { name: 'Aruba', country: 'IT', role: 'processor' })
      await expect(importing).rejects.toMatchObject({
        code: 'VALIDATION',
        key: 'register:errors.importRaced',
        params: { path },
      })
      expect(allActivities(ws)).toEqual([])
      // Imported again, the file links the vendor saved meanwhile.
      expect(
        await importRegister(ws, { path, type: 'activities' }, { worker: script, workerMinBytes: 0 }),
      ).toMatchObject({
        applied: true,
        activities: { created: 1 },
      })
    } finally {
      ws.close()
    }
  })

  it('a small file is read on the main thread even when a worker is given (starting one would cost more than it saves)', async () => {
    // A worker that refuses every file: whether the import used it shows in the result.
    const refusing = fakeWorker('refusing.mjs', {
      kind: 'fail',
      error: {
        kind: 'core',
        code: 'VALIDATION',
        key: 'register:errors.importFormat',
        params: { path: 'from the worker' },
      },
    })
    const ws = createWorkspace(
      { path: join(dir, 'small.pwb'), legalName: 'Acme Srl', country: 'IT', timeZone: 'Europe/Rome' },
      { clock: new ManualClock('2026-11-23T10:00:00Z'), actor: 't' },
    )
    try {
      const path = csv('small.csv', 'name\nPayroll\n')
      expect(statSync(path).size).toBeLessThan(WORKER_MIN_BYTES)
      await expect(
        importRegister(ws, { path, type: 'activities' }, { worker: refusing, workerMinBytes: 0 }),
      ).rejects.toMatchObject({
        params: { path: 'from the worker' },
      })
      expect(await importRegister(ws, { path, type: 'activities' }, { worker: refusing })).toMatchObject({
        applied: true,
        activities: { created: 1 },
      })
    } finally {
      ws.close()
    }
  })
})
