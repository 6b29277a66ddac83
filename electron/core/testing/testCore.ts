import { resolve } from 'node:path'
import { ManualClock } from '../clock'
import type { Core } from '../coreTypes'
import { createCore } from '../createCore'
import { tempDir } from './tempDir'
import type { ApiError } from '../../../shared/ipc/result'

// The core most tests drive through the contract: a test host on a hand-moved clock, with its own temp
// folder for workspaces, exports and PDFs, so tests never share files or see the real Documents folder.

export interface TestCoreOptions {
  /** Where the clock starts (ISO). */
  at?: string
  /** Who the audit log records. */
  actor?: string
  /** The version reports print and app.info answers; the core's '0.0.0' if absent. */
  appVersion?: string
  /** The built import worker (buildImportWorker); imports run on the test's thread without it. */
  importWorker?: string
}

export interface TestCore {
  /** The current core (a new one after each restart). */
  readonly core: Core
  clock: ManualClock
  dir: string
  /** Every event the cores sent (timer alerts among them), in order, across restarts. */
  events: { name: string; payload: unknown }[]
  /** The app closed and started again: a new core on the same clock and folder (open the workspace again). */
  restart(): Promise<void>
  /** The channel's data; a refusal throws, naming the channel, so a broken step fails where it happened. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>
  /** The refusal of a call that must be refused; an answer throws. */
  fail(channel: string, input?: unknown): Promise<ApiError>
  /** Closes the workspace (releasing its lock) and removes the temp folder. */
  dispose(): Promise<void>
}

/** The timer alerts among a test core's events, in order. */
export const timerAlerts = (tc: Pick<TestCore, 'events'>): { key: string; title: string; body: string }[] =>
  tc.events
    .filter((e) => e.name === 'timer.alert')
    .map((e) => {
      const a = e.payload as { key: string; title: string; body: string }
      return { key: a.key, title: a.title, body: a.body }
    })

export function testCore(options: TestCoreOptions = {}): TestCore {
  const tmp = tempDir()
  const clock = new ManualClock(options.at ?? '2026-11-23T10:00:00Z')
  const events: TestCore['events'] = []
  const make = () => {
    const made = createCore({
      clock,
      host: 'test',
      actor: options.actor ?? 't',
      resourcesDir: resolve('resources'),
      defaultWorkspaceDir: tmp.dir,
      appVersion: options.appVersion,
      importWorker: options.importWorker,
      // With a worker, every file goes through it, however small (the app keeps small files on its thread).
      importWorkerMinBytes: options.importWorker ? 0 : undefined,
    })
    made.onEvent((name, payload) => events.push({ name, payload }))
    return made
  }
  let core = make()
  return {
    get core() {
      return core
    },
    clock,
    dir: tmp.dir,
    events,
    async restart() {
      await core.dispose()
      core = make()
    },
    async call<T = unknown>(channel: string, input: unknown = {}): Promise<T> {
      const r = await core.invoke(channel, input)
      // The code and the refused fields too: a broken step says what was refused.
      if (!r.ok)
        throw new Error(
          `${channel}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fields ?? {})}`,
        )
      return r.data as T
    },
    async fail(channel: string, input: unknown = {}): Promise<ApiError> {
      const r = await core.invoke(channel, input)
      if (r.ok) throw new Error(`${channel} should have been refused`)
      return r.error
    },
    async dispose() {
      try {
        await core.dispose()
      } finally {
        tmp.cleanup()
      }
    },
  }
}
