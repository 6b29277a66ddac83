import { z } from 'zod'
import { EntityIdSchema, optionalText, requiredText } from './fields'
import { DpiaResultSchema } from './activity'

// DPIA screening (Art. 35; WP29 WP248 rev.01; REFERENCE.md §2): the questions asked per activity and the
// stored answer. The result and its reasons are computed by shared/rules/register/dpiaScreening.ts.

/** WP248 rev.01 nine criteria, in the guideline's order. */
export const WP248_CRITERIA = [
  'evaluation_scoring',
  'automated_decision',
  'systematic_monitoring',
  'sensitive_data',
  'large_scale',
  'matching_combining',
  'vulnerable_subjects',
  'innovative_technology',
  'prevents_right_or_service',
] as const
export const Wp248CriterionSchema = z.enum(WP248_CRITERIA, { message: 'validation.invalid' })
export type Wp248Criterion = z.infer<typeof Wp248CriterionSchema>

/** Art. 35(3)(a)–(c): cases where a DPIA is always required. */
export const ART35_3_CASES = ['a', 'b', 'c'] as const
export const Art353CaseSchema = z.enum(ART35_3_CASES, { message: 'validation.invalid' })
export type Art353Case = z.infer<typeof Art353CaseSchema>

const unique = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .default([])
    .refine((l) => new Set(l).size === l.length, { message: 'validation.duplicate' })

/** What the person screening answered: the criteria that apply (every other one was answered "no"). */
export const DpiaScreeningInputSchema = z.object({
  activityId: EntityIdSchema,
  wp248: unique(Wp248CriterionSchema),
  art35_3: unique(Art353CaseSchema),
  /** Ids of the entries of the national Art. 35(4) list that apply (e.g. 'IT-5'). */
  nationalItems: unique(z.string().regex(/^[A-Z]{2}-\d+$/, { message: 'validation.invalid' })),
  answeredBy: requiredText(200),
  /** Why, in the screener's words; required when the result is "recommended" (WP248, one criterion). */
  reasoning: optionalText(4000),
})
export type DpiaScreeningInput = z.input<typeof DpiaScreeningInputSchema>

export const DpiaReasonSchema = z.object({
  code: z.enum([
    'art35_3',
    'nationalList',
    'wp248Two',
    'wp248One',
    'wp248None',
    'nationalListNone',
    'nationalListNotKept',
  ]),
  params: z.record(z.string(), z.string()),
})
export type DpiaReason = z.infer<typeof DpiaReasonSchema>

export const DpiaScreeningSchema = DpiaScreeningInputSchema.extend({
  result: DpiaResultSchema,
  reasons: z.array(DpiaReasonSchema),
  /** Country of the Art. 35(4) list consulted, and whether this app keeps that list. */
  listCountry: z.string().optional(),
  listChecked: z.boolean(),
  screenedAt: z.string(),
})
export type DpiaScreening = z.infer<typeof DpiaScreeningSchema>
