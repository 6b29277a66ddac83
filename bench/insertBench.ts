// npm run bench: repository insert throughput vs a raw prepared-statement insert on the same kind of
// file (WAL, synchronous=FULL, one transaction per write as the app does), and workspace open time; then
// `npm run bench` runs the register benchmarks (registerBench.ts).
// Ratios come from one run on this machine; there are no timed assertions anywhere in the tests.
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { systemClock } from '../electron/core/clock'
import { createWorkspace } from '../electron/core/services/workspaceService'
import { openWorkspace } from '../electron/core/store/openWorkspace'
import { qb, run } from '../electron/core/store/queryBuilder'

const N = Number(process.env.BENCH_N ?? 2000)
const dir = mkdtempSync(join(tmpdir(), 'pwb-bench-'))
const deps = { clock: systemClock, actor: 'bench' }
const item = (i: number) => ({ key: `item-${i}`, value: JSON.stringify({ name: `Activity ${i}`, purposes: ['a', 'b'], n: i }) })

function rawInserts(): number {
  const db = new Database(join(dir, 'raw.db'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec('create table meta (key text primary key not null, value text not null) strict')
  const stmt = db.prepare('insert into meta (key, value) values (?, ?)')
  const tx = db.transaction((r: { key: string; value: string }) => stmt.run(r.key, r.value))
  const t0 = performance.now()
  for (let i = 0; i < N; i++) tx.immediate(item(i))
  const ms = performance.now() - t0
  db.close()
  return (N / ms) * 1000
}

function repositoryInserts(): number {
  const ws = createWorkspace({ path: join(dir, 'repo.pwb'), legalName: 'Bench Srl', country: 'IT', timeZone: 'Europe/Rome' }, deps)
  const t0 = performance.now()
  for (let i = 0; i < N; i++) {
    const r = item(i)
    ws.write((db) => {
      run(db, qb.insertInto('meta').values(r))
      return { result: null, audit: [{ entity: 'meta', entityId: r.key, action: 'create', after: r }] }
    })
  }
  const ms = performance.now() - t0
  ws.close()
  return (N / ms) * 1000
}

function openTime(): number {
  const path = join(dir, 'repo.pwb')
  const samples: number[] = []
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now()
    openWorkspace(path, deps).close()
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]
}

try {
  const raw = rawInserts()
  const repo = repositoryInserts()
  const open = openTime()
  const ratio = repo / raw
  console.log(`inserts, one transaction each, N=${N}`)
  console.log(`  raw prepared statement : ${raw.toFixed(0)} rows/s`)
  console.log(`  repository + audit row : ${repo.toFixed(0)} rows/s`)
  console.log(`  ratio repository/raw   : ${ratio.toFixed(2)}x (goal >= 0.50x) ${ratio >= 0.5 ? 'MET' : 'NOT MET'}`)
  console.log(`open + close workspace (${N + 1} audit rows), median of 20: ${open.toFixed(1)} ms`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}

