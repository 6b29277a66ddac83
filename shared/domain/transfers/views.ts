import { z } from 'zod'
import {
  AdequacyDecisionSchema,
  CountryAssessmentSchema,
  DpfStatusSchema,
} from '../../reference/countryPack/schema'
import { TransferFindingSchema } from './finding'
import { ConclusionLevelSchema, TiaStatusSchema, TiaSummarySchema } from './tia'
import { TransferSchema, TransferToolCodeSchema } from './transfer'

// What the transfers module answers over IPC, besides the entities themselves.

export const TIA_REASONS = [
  'eea',
  'adequacy',
  'dpf',
  'derogation',
  'art46',
  'no_tool',
  'dpf_unchecked',
  'adequacy_not_available',
  'onward',
] as const

export const TiaNeedSchema = z.object({
  required: z.boolean(),
  reason: z.enum(TIA_REASONS),
  article: z.string(),
  thirdCountries: z.array(z.string()),
})
export type TiaNeedView = z.infer<typeof TiaNeedSchema>

export const PackStatusSchema = z.object({
  version: z.number().int(),
  asOf: z.string(),
  publisher: z.string(),
  source: z.enum(['builtin', 'imported']),
  importedAt: z.string().optional(),
  builtinVersion: z.number().int(),
  /** Last day the pack counts as current (asOf + 12 months). */
  currentUntil: z.string(),
  stale: z.boolean(),
  ageDays: z.number().int(),
  overrides: z.number().int(),
})
export type PackStatus = z.infer<typeof PackStatusSchema>

export const TransferSummarySchema = z.object({
  id: z.string(),
  importerVendorId: z.string(),
  importerName: z.string(),
  importerCountry: z.string(),
  activityName: z.string().optional(),
  exporterVendorName: z.string().optional(),
  tools: z.array(TransferToolCodeSchema),
  onwardCountries: z.array(z.string()),
  status: z.enum(['active', 'ended']),
  need: TiaNeedSchema,
  tia: z
    .object({
      id: z.string(),
      version: z.number().int(),
      status: TiaStatusSchema,
      conclusion: ConclusionLevelSchema.optional(),
      nextReviewOn: z.string().optional(),
    })
    .optional(),
  reviewOverdue: z.boolean(),
  errors: z.number().int(),
  warnings: z.number().int(),
  updatedAt: z.string(),
})
export type TransferSummary = z.infer<typeof TransferSummarySchema>

export const TransferDetailSchema = z.object({
  transfer: TransferSchema,
  need: TiaNeedSchema,
  findings: z.array(TransferFindingSchema),
  tias: z.array(TiaSummarySchema),
  adequacy: z.array(AdequacyDecisionSchema),
})
export type TransferDetail = z.infer<typeof TransferDetailSchema>

export const TransferCandidateSchema = z.object({
  vendorId: z.string(),
  vendorName: z.string(),
  country: z.string(),
  /** Where the vendor is or keeps data outside the EEA. */
  thirdCountries: z.array(z.string()),
  /** Tools the register's activities already record for this vendor. */
  registerTools: z.array(TransferToolCodeSchema),
  activities: z.array(z.object({ id: z.string(), name: z.string() })),
})
export type TransferCandidate = z.infer<typeof TransferCandidateSchema>

export const DestinationSchema = z.object({
  country: z.string(),
  eea: z.boolean(),
  adequate: z.boolean(),
  /** 'partial' = only some importers or sectors (the US: the DPF List; Canada: PIPEDA; Japan: APPI). */
  adequacyScope: z.enum(['full', 'partial', 'none']),
  transfers: z.number().int(),
  onward: z.number().int(),
  needTia: z.number().int(),
  tools: z.array(z.object({ tool: TransferToolCodeSchema, count: z.number().int() })),
})
export const OverviewSchema = z.object({
  destinations: z.array(DestinationSchema),
  tools: z.array(
    z.object({ tool: z.union([TransferToolCodeSchema, z.literal('none')]), count: z.number().int() }),
  ),
  total: z.number().int(),
})
export type Overview = z.infer<typeof OverviewSchema>

export const CountryInfoSchema = z.object({
  country: z.string(),
  eea: z.boolean(),
  adequacy: z.array(AdequacyDecisionSchema),
  assessment: CountryAssessmentSchema.optional(),
  overridden: z.boolean(),
  dpf: DpfStatusSchema.optional(),
})
export type CountryInfo = z.infer<typeof CountryInfoSchema>
