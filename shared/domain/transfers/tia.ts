import { z } from 'zod'
import { MEASURE_KINDS } from '../../reference/supplementaryMeasures'
import {
  EntityIdSchema,
  LocalDateSchema,
  optionalDate,
  optionalText,
  RegisterCountrySchema,
  requiredText,
} from '../register/fields'
import {
  FrequencySchema,
  ImporterRoleSchema,
  SccModuleSchema,
  TransferFormatSchema,
  TransferToolCodeSchema,
} from './transfer'

// A transfer impact assessment following the six steps of EDPB Recommendations 01/2020 v2.0
// (REFERENCE.md §5.4) and holding what §5.5 lists. A draft may be incomplete; finalising checks it
// (shared/rules/transfers/tiaCompleteness.ts). A final TIA is never edited: a change makes a new version.

export const TIA_STATUSES = ['draft', 'final', 'superseded'] as const
export const TiaStatusSchema = z.enum(TIA_STATUSES)
export type TiaStatus = z.infer<typeof TiaStatusSchema>

/** The step-3 legal assessment's outcome (REFERENCE §5.5 `proceed | proceed_with_measures | suspend`). */
export const CONCLUSION_LEVELS = ['proceed', 'proceed_with_measures', 'suspend'] as const
export const ConclusionLevelSchema = z.enum(CONCLUSION_LEVELS, { message: 'validation.invalid' })
export type ConclusionLevel = z.infer<typeof ConclusionLevelSchema>

export const ANSWERS = ['yes', 'no', 'unclear'] as const
export const AnswerSchema = z.enum(ANSWERS, { message: 'validation.invalid' })
export type Answer = z.infer<typeof AnswerSchema>

/** Who holds the encryption keys: EDPB use case 1 needs keys under the exporter's control in the EEA. */
export const KEY_HOLDERS = ['exporter_eea', 'importer', 'no_encryption', 'unclear'] as const
export const KeyHolderSchema = z.enum(KEY_HOLDERS, { message: 'validation.invalid' })

const list = (max = 200) => z.array(requiredText(max)).default([])
const countries = z.array(RegisterCountrySchema).default([])

export const TiaStep1Schema = z.object({
  exporter: optionalText(300),
  importer: optionalText(300),
  importerCountry: RegisterCountrySchema.optional(),
  importerRole: ImporterRoleSchema.optional(),
  sccModule: SccModuleSchema.optional(),
  purpose: optionalText(1000),
  dataCategories: list(),
  dataSubjects: list(),
  specialCategories: z.boolean().default(false),
  criminalData: z.boolean().default(false),
  volume: optionalText(300),
  frequency: FrequencySchema.optional(),
  formats: z.array(TransferFormatSchema).default([]),
  onwardCountries: countries,
  storageCountries: countries,
  remoteAccess: optionalText(1000),
  /** Does the importer (or its sub-processors) see the data in the clear? */
  clearTextAccess: AnswerSchema.optional(),
  keysHeldBy: KeyHolderSchema.optional(),
})

export const TiaStep2Schema = z.object({
  tool: TransferToolCodeSchema.optional(),
  toolDetails: optionalText(1000),
  /** The adequacy status of the destination on the assessment date, in words (from the country pack). */
  adequacyStatus: optionalText(1000),
  dpfCertified: z.boolean().optional(),
  dpfCheckedOn: optionalDate,
})

export const TiaLawSchema = z.object({
  key: optionalText(40),
  name: requiredText(200),
  summary: optionalText(2000),
  /** Could this law reach this importer and these data? */
  applies: AnswerSchema.optional(),
  note: optionalText(1000),
})
export type TiaLaw = z.infer<typeof TiaLawSchema>

export const TiaSourceSchema = z.object({
  title: requiredText(300),
  url: optionalText(500),
  asOf: LocalDateSchema,
  unverified: z.boolean().default(false),
})
export type TiaSource = z.infer<typeof TiaSourceSchema>

export const TiaStep3Schema = z.object({
  /** e.g. is the importer an "electronic communication service provider" under FISA 702? */
  importerInScope: AnswerSchema.optional(),
  importerInScopeNote: optionalText(1000),
  laws: z.array(TiaLawSchema).default([]),
  oversight: optionalText(2000),
  redress: optionalText(2000),
  /** Practice: the importer's transparency reports, past requests, documented experience. */
  practice: optionalText(2000),
  /**
   * Is there reason to believe the problematic law is applied in practice to these data and this importer?
   * 'no' must rest on documented practical experience (EDPB Rec. 01/2020 v2.0 para 43.3).
   */
  practiceApplies: AnswerSchema.optional(),
  /** Does the law or practice impinge on the effectiveness of the tool? */
  lawImpinges: AnswerSchema.optional(),
  assessment: optionalText(4000),
  sources: z.array(TiaSourceSchema).default([]),
})

export const TiaMeasureSchema = z
  .object({
    /** A catalogue key (shared/reference/supplementaryMeasures.ts) or absent for the user's own measure. */
    key: optionalText(40),
    kind: z.enum(MEASURE_KINDS, { message: 'validation.invalid' }),
    text: optionalText(1000),
    note: optionalText(1000),
  })
  .refine((m) => m.key || m.text, { path: ['text'], message: 'validation.required' })
export type TiaMeasure = z.infer<typeof TiaMeasureSchema>

export const TiaStep4Schema = z.object({
  measures: z.array(TiaMeasureSchema).default([]),
  note: optionalText(2000),
})

export const TiaStep5Schema = z.object({
  /** SCCs used unchanged: a change would need the SA's authorisation (Art. 46(3)(a)). */
  sccUnmodified: z.boolean().optional(),
  saAuthorisationNeeded: z.boolean().optional(),
  steps: optionalText(2000),
})

export const TiaStep6Schema = z.object({
  /** Default 12 months after sign-off (shared/rules/transfers/reviewDate.ts). */
  nextReviewOn: optionalDate,
  triggers: optionalText(2000),
})

/** A probability estimate, recorded as supporting evidence only (REFERENCE §5.6, §8 Q27). */
export const ProbabilitySchema = z.object({
  percent: z
    .number({ message: 'validation.number' })
    .min(0, { message: 'validation.number' })
    .max(100, { message: 'validation.number' }),
  periodYears: z
    .number({ message: 'validation.number' })
    .int({ message: 'validation.number' })
    .min(1, { message: 'validation.number' })
    .max(10, { message: 'validation.number' }),
  method: optionalText(1000),
})

export const TiaConclusionSchema = z.object({
  level: ConclusionLevelSchema.optional(),
  reasons: optionalText(4000),
  probability: ProbabilitySchema.optional(),
})

/** What the wizard edits. */
export const TiaContentSchema = z.object({
  step1: TiaStep1Schema.prefault({}),
  step2: TiaStep2Schema.prefault({}),
  step3: TiaStep3Schema.prefault({}),
  step4: TiaStep4Schema.prefault({}),
  step5: TiaStep5Schema.prefault({}),
  step6: TiaStep6Schema.prefault({}),
  conclusion: TiaConclusionSchema.prefault({}),
})
export type TiaContent = z.infer<typeof TiaContentSchema>
export type TiaContentInput = z.input<typeof TiaContentSchema>

export const TiaSchema = z.object({
  id: EntityIdSchema,
  transferId: EntityIdSchema,
  version: z.number().int().min(1),
  status: TiaStatusSchema,
  supersedesId: z.string().optional(),
  importerName: z.string(),
  importerCountry: z.string(),
  /** The country pack the assessment relied on. */
  packVersion: z.number().int(),
  packAsOf: z.string(),
  content: TiaContentSchema,
  signedBy: z.string().optional(),
  signedRole: z.string().optional(),
  /** Instant of sign-off (from the injected clock). */
  signedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Tia = z.infer<typeof TiaSchema>

export const TiaSummarySchema = TiaSchema.pick({
  id: true,
  transferId: true,
  version: true,
  status: true,
  importerName: true,
  importerCountry: true,
  signedBy: true,
  signedAt: true,
  updatedAt: true,
}).extend({
  conclusion: ConclusionLevelSchema.optional(),
  nextReviewOn: z.string().optional(),
  reviewOverdue: z.boolean(),
})
export type TiaSummary = z.infer<typeof TiaSummarySchema>
