// A fixed CPU workload timed in the same run as the register benchmarks: the figures of this shared
// machine vary by half from one day to the next, and this says how fast the machine was during the run
// (a slower run of the same code shows a larger reference too). It is printed, never judged.
import { deflateSync } from 'node:zlib'
import { performance } from 'node:perf_hooks'

/** Builds PDF-like text, allocates small objects and deflates the text (what a report spends its time on). */
function workload(): number {
  const t0 = performance.now()
  const parts: string[] = []
  for (let i = 0; i < 300_000; i++) parts.push(`BT /F1 9 Tf 1 0 0 -1 ${i % 500} ${i % 700} Tm [<00${((i * 7919) % 65536).toString(16)}>] TJ ET`)
  const text = parts.join('\n')
  const objects: { x: number; y: string }[] = []
  for (let i = 0; i < 1_000_000; i++) objects.push({ x: i, y: String(i) })
  deflateSync(Buffer.from(text))
  // Used after the deflate, so the allocations stay live (and are not optimised away) while it runs.
  if (objects.length !== 1_000_000) throw new Error('unreachable')
  return performance.now() - t0
}

/** Median of three runs, in ms. */
export function machineReference(): number {
  const runs = [workload(), workload(), workload()].sort((a, b) => a - b)
  return runs[1]
}
