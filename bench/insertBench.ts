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

// The two kinds are timed in alternating blocks of BLOCK writes, each file kept open: this shared machine's
// disk and CPU speed drift within a minute, and timing one kind after the other let that drift decide the
// ratio (0.48x to 0.82x in runs of the same code).
const BLOCK = 100

function rawWriter(): { write(i: number): void; close(): void } {
  const db = new Database(join(dir, 'raw.db'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec('create table meta (key text primary key not null, value text not null) strict')
  const stmt = db.prepare('insert into meta (key, value) values (?, ?)')
  const tx = db.transaction((r: { key: string; value: string }) => stmt.run(r.key, r.value))
  return { write: (i) => tx.immediate(item(i)), close: () => db.close() }
}

function repositoryWriter(): { write(i: number): void; close(): void } {
  const ws = createWorkspace({ path: join(dir, 'repo.pwb'), legalName: 'Bench Srl', country: 'IT', timeZone: 'Europe/Rome' }, deps)
  return {
    write(i) {
      const r = item(i)
      ws.write((db) => {
        run(db, qb.insertInto('meta').values(r))
        return { result: null, audit: [{ entity: 'meta', entityId: r.key, action: 'create', after: r }] }
      })
    },
    close: () => ws.close(),
  }
}

/** Rows per second for each kind, N writes each, in alternating blocks. */
function interleavedInserts(): { raw: number; repo: number } {
  const kinds = { raw: rawWriter(), repo: repositoryWriter() }
  const ms = { raw: 0, repo: 0 }
  for (let from = 0; from < N; from += BLOCK) {
    for (const k of ['raw', 'repo'] as const) {
      const t0 = performance.now()
      for (let i = from; i < Math.min(from + BLOCK, N); i++) kinds[k].write(i)
      ms[k] += performance.now() - t0
    }
  }
  kinds.raw.close()
  kinds.repo.close()
  return { raw: (N / ms.raw) * 1000, repo: (N / ms.repo) * 1000 }
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
  const { raw, repo } = interleavedInserts()
  const open = openTime()
  const ratio = repo / raw
  console.log(`inserts, one transaction each, N=${N} of each kind, timed in alternating blocks of ${BLOCK}`)
  console.log(`  raw prepared statement : ${raw.toFixed(0)} rows/s`)
  console.log(`  repository + audit row : ${repo.toFixed(0)} rows/s`)
  console.log(`  ratio repository/raw   : ${ratio.toFixed(2)}x (goal >= 0.50x) ${ratio >= 0.5 ? 'MET' : 'NOT MET'}`)
  console.log(`open + close workspace (${N + 1} audit rows), median of 20: ${open.toFixed(1)} ms`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}

