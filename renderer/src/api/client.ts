import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import type { ErrorCode, Result } from '../../../shared/ipc/result'
import { windowApi } from './windowApi'

/** A backend refusal, carried as-is: the message is already in plain words for the user. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly fields?: Record<string, string>
  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.fields = fields
  }
}

/** Calls one contract channel and unwraps its Result: the data, or a thrown ApiError. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  // The mapped WindowApi type cannot be indexed generically; the contract guarantees the pairing.
  const invoke = windowApi()[channel] as unknown as (i: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
  const result = await invoke(input)
  if (result.ok) return result.data
  throw new ApiError(result.error.code, result.error.message, result.error.fields)
}
