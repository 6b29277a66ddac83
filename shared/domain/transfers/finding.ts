import { z } from 'zod'

// A finding of the transfer checks (issue 7 item 4), shown beside the register's completeness findings.
// Texts: i18n keys `transfers:findings.<code>.problem|fix` with `params`.
export const TRANSFER_FINDING_CODES = [
  'noTool',
  'dpfWithoutCheck',
  'dpfNotCertified',
  'dpfNotUs',
  'dpfCheckOld',
  'adequacyNotAvailable',
  'sccWithoutTia',
  'tiaReviewOverdue',
  'vendorCountryChanged',
  'onwardWithoutTool',
  'sccModuleMismatch',
] as const
export const TransferFindingCodeSchema = z.enum(TRANSFER_FINDING_CODES)
export type TransferFindingCode = z.infer<typeof TransferFindingCodeSchema>

export const TransferFindingSchema = z.object({
  transferId: z.string(),
  importerName: z.string(),
  code: TransferFindingCodeSchema,
  /** 'error' = Chapter V is not met as recorded; 'warning' = good practice or something to re-check. */
  severity: z.enum(['error', 'warning']),
  /** Dot path of the field in the transfer (or 'tia'). */
  field: z.string(),
  /** Where the check comes from, e.g. 'Art. 46 GDPR; C-311/18'. */
  article: z.string(),
  params: z.record(z.string(), z.string()),
})
export type TransferFinding = z.infer<typeof TransferFindingSchema>
