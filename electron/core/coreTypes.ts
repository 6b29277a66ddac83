import type { Channel, DialogFileKind, EventName, EventPayload } from '../../shared/ipc/contract'
import type { Result } from '../../shared/ipc/result'
import type { Clock } from './clock'

export type HostKind = 'electron' | 'browser' | 'cli' | 'test'

/** Channels only the host can answer (native dialogs); the core has no UI. */
export interface HostHandlers {
  'dialog.chooseNewWorkspacePath'(input: { suggestedName: string }): Promise<{ path: string | null }>
  'dialog.chooseExistingWorkspace'(input: Record<string, never>): Promise<{ path: string | null }>
  'dialog.chooseImportFile'(input: { kinds: DialogFileKind[] }): Promise<{ path: string | null }>
  'dialog.chooseExportPath'(input: { suggestedName: string; kind: DialogFileKind }): Promise<{ path: string | null }>
}

export interface CoreOptions {
  clock: Clock
  host: HostKind
  /** Who acts, recorded in the audit log (the OS user by default). */
  actor?: string
  /** Folder holding fonts/, demo/, templates/. */
  resourcesDir: string
  /** JSON file for the recent-workspaces list (per user); none = not remembered. */
  recentFile?: string
  /** Where new workspaces are suggested (the user's Documents/Privacy Workbench by default). */
  defaultWorkspaceDir: string
  appVersion?: string
  hostHandlers?: Partial<HostHandlers>
  /** Check for due reminders this often (0/absent = only when the host calls tick()). */
  reminderIntervalMs?: number
  /** Checkpoint the WAL into the file after this many ms without writes (0 = off). */
  idleCheckpointMs?: number
  /** The language of messages while no workspace is open (the OS's); English if absent. */
  language?: string
  /** The built import worker (importWorkerBeside); without it an import reads and writes on one thread. */
  importWorker?: string
  /** Files smaller than this import without the worker (importService's WORKER_MIN_BYTES if absent). */
  importWorkerMinBytes?: number
}

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void

export interface Core {
  /** Parses the input with the contract, runs the handler, parses the output; never throws. */
  invoke(channel: Channel | string, input: unknown): Promise<Result<unknown>>
  onEvent(listener: EventListener): () => void
  /** Fires reminders that are due (each once, ever); returns how many fired. */
  tick(): Promise<number>
  /** Checkpoints and closes the open workspace, releasing its lock. */
  dispose(): Promise<void>
}
