import { resolve } from 'node:path'
import { ManualClock } from '../../core/clock'
import { runCli, type CliEnv } from '../runCli'

// Tests run `pwb` in-process, on the repository's resources and a fixed clock, and read what it printed.

export interface PwbRun {
  code: number
  out: string
  err: string
}

/** The environment a test `pwb` runs with (the same one a test core can be created from). */
export const pwbTestEnv = (nowIso = '2026-11-23T09:30:00Z'): CliEnv => ({
  resourcesDir: resolve('resources'),
  clock: new ManualClock(nowIso),
  version: '9.9.9',
  actor: 'cli-test',
})

/** `pwb ...argv` at a fixed time; stdout and stderr joined by lines. */
export function pwbRunner(env = pwbTestEnv()): (...argv: string[]) => Promise<PwbRun> {
  return async (...argv) => {
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, env)
    return { code, out: out.join('\n'), err: err.join('\n') }
  }
}
