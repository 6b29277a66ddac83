import { CoreError } from '../../errors'
import type { ErrorCode } from '../../../../shared/ipc/result'
import type { PlanPart } from './importPlan'

// What crosses from the import's worker thread to the main thread: the plan's parts, or why it failed.
// An error is sent as data and rebuilt, so the main thread reports it exactly as it would its own.

export type WireError =
  | {
      kind: 'core'
      code: ErrorCode
      key: string
      params: Record<string, unknown>
      fields?: Record<string, string>
    }
  | { kind: 'system'; message: string; code?: string; path?: string; syscall?: string; errno?: number }

export type WirePart = PlanPart | { kind: 'fail'; error: WireError }

export function toWire(e: unknown): WireError {
  if (e instanceof CoreError)
    return { kind: 'core', code: e.code, key: e.key, params: e.params, fields: e.fields }
  const err = e as NodeJS.ErrnoException
  return {
    kind: 'system',
    message: err?.message ?? String(e),
    code: err?.code,
    path: err?.path,
    syscall: err?.syscall,
    errno: err?.errno,
  }
}

export function fromWire(w: WireError): Error {
  if (w.kind === 'core') return new CoreError(w.code, w.key, w.params, w.fields)
  const { message, kind: _kind, ...rest } = w
  return Object.assign(
    new Error(message),
    Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
  )
}
