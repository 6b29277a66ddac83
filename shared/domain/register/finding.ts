import { z } from 'zod'

// A completeness finding: which activity, which field, what is wrong and (via the code) what to do.
// Texts are i18n keys `register:findings.<code>.problem|fix` with `params`.

export const FINDING_CODES = [
  'noPurpose',
  'noLawfulBasis',
  'legitimateInterestMissing',
  'balancingTestMissing',
  'consentCollectionMissing',
  'consentWithdrawalMissing',
  'legalReferenceMissing',
  'noSubjectCategory',
  'noDataCategory',
  'specialWithoutCondition',
  'criminalWithoutAuthority',
  'retentionMissing',
  'retentionTriggerMissing',
  'sourcesMissing',
  'processorWithoutDpa',
  'transferWithoutTool',
  'recipientOutsideEeaWithoutTransfer',
  'derogationWithoutSafeguards',
  'jointWithoutControllers',
  'jointWithoutArrangement',
  'processorWithoutControllers',
  'noSecurityMeasures',
  'noRecipients',
  'automatedDecisionUndescribed',
  'dpiaNotScreened',
  'dpiaRequiredMissing',
  'reviewOverdue',
  'noReviewDate',
  'noOwner',
] as const
export const FindingCodeSchema = z.enum(FINDING_CODES)
export type FindingCode = z.infer<typeof FindingCodeSchema>

export const FindingSchema = z.object({
  activityId: z.string(),
  activityName: z.string(),
  code: FindingCodeSchema,
  /** 'error' = the register is deficient (the law requires it); 'warning' = good practice or "where possible". */
  severity: z.enum(['error', 'warning']),
  /** Dot path of the field in the activity (matches the editor's field names): 'purposes.0.bases'. */
  field: z.string(),
  /** The article or guideline the check comes from, e.g. 'Art. 30(1)(f)'. */
  article: z.string(),
  params: z.record(z.string(), z.string()),
})
export type Finding = z.infer<typeof FindingSchema>
