import { z } from 'zod'

export const AuditActionSchema = z.enum(['create', 'update', 'delete', 'redact', 'open', 'migrate'])

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: AuditActionSchema,
  /** {before, after} as stored; null once redacted (the hash of the payload stays in the chain). */
  payload: z.unknown().nullable(),
  redactedAt: z.string().nullable(),
  hash: z.string(),
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>

export const AuditVerifySchema = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  headHash: z.string().nullable(),
  /** First row that does not verify, with the reason; absent when ok. */
  brokenRowId: z.number().int().optional(),
  problem: z.string().optional(),
  integrity: z.string(),
})
export type AuditVerify = z.infer<typeof AuditVerifySchema>
