import { z } from 'zod'

export const ErrorCodeSchema = z.enum([
  'VALIDATION',
  'NOT_FOUND',
  'NO_WORKSPACE',
  'NOT_A_WORKSPACE',
  'NEWER_SCHEMA',
  'LOCKED',
  'EXISTS',
  'IO',
  'FORBIDDEN',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
])
export type ErrorCode = z.infer<typeof ErrorCodeSchema>

export const ApiErrorSchema = z.object({
  code: ErrorCodeSchema,
  /** Plain-language message: what happened and what to do. */
  message: z.string(),
  /** Field path (dot-joined) -> i18n key of the problem, for forms. */
  fields: z.record(z.string(), z.string()).optional(),
})
export type ApiError = z.infer<typeof ApiErrorSchema>

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError }

export const ok = <T>(data: T): Result<T> => ({ ok: true, data })
export const fail = (error: ApiError): Result<never> => ({ ok: false, error })
