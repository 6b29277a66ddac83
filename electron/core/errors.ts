import type { ErrorCode } from '../../shared/ipc/result'

/**
 * An error meant for the user: a code for programs, an i18n key (common namespace) + params
 * for the plain-language message, and per-field keys for forms.
 */
export class CoreError extends Error {
  readonly code: ErrorCode
  readonly key: string
  readonly params: Record<string, unknown>
  readonly fields?: Record<string, string>
  constructor(code: ErrorCode, key: string, params: Record<string, unknown> = {}, fields?: Record<string, string>) {
    super(`${code}: ${key} ${JSON.stringify(params)}`)
    this.name = 'CoreError'
    this.code = code
    this.key = key
    this.params = params
    this.fields = fields
  }
}
