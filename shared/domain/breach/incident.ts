import { z } from 'zod'
import { AUTHORITY_CODES } from '../../reference/authorities'
import { BreachRoleSchema } from '../../rules/breach/schemas'
import { IncidentFlagsSchema, RegimeExclusionSchema } from '../../rules/breach/applicableRegimes'
import { TargetHoursSchema } from '../../rules/breach/processorClock'
import {
  countOrUndefined,
  CountrySchema,
  distinct,
  IdSchema,
  instant,
  optionalEmail,
  optionalInstant,
  optionalText,
  requiredText,
} from './fields'

// One personal-data breach (issue 6 item 2): the facts a user records in the first hours and completes
// later. Every list is its own table (store/migrations/005_breach.ts).

/** Art. 4(12): breach of confidentiality, integrity or availability (EDPB Guidelines 9/2022). */
export const NATURES = ['confidentiality', 'integrity', 'availability'] as const
export const NatureSchema = z.enum(NATURES, { message: 'validation.invalid' })

export const CAUSE_KINDS = [
  'external_malicious',
  'internal_malicious',
  'internal_accidental',
  'external_accidental',
  'system_failure',
  'unknown',
] as const
export const CauseKindSchema = z.enum(CAUSE_KINDS, { message: 'validation.invalid' })

export const DataCategorySchema = z.object({
  name: requiredText(200),
  /** Art. 9 special categories or Art. 10 criminal-offence data. */
  special: z.boolean().default(false),
})

export const ContactSchema = z.object({
  name: optionalText(200),
  email: optionalEmail,
  phone: optionalText(40),
})

export const BreachFlagsSchema = IncidentFlagsSchema.extend({
  /** DORA: when the incident was classified as major; unknown = only the 24 h cap is shown. */
  doraClassifiedAt: optionalInstant,
  /** LGPD: small-scale processing agent, periods doubled (Res. CD/ANPD 2/2022). */
  lgpdSmallAgent: z.boolean().default(false),
  /** HIPAA 164.406: more than 500 residents of one State triggers the media notice. */
  hipaaMaxResidentsInOneState: countOrUndefined,
})

const fields = {
  title: requiredText(200),
  /** How and when the incident came to light (the first report). */
  discoveredAt: instant,
  discoveryHow: optionalText(2000),
  /** "Aware" = a reasonable degree of certainty that personal data were compromised (EDPB 9/2022; §8 Q11). */
  awareAt: instant,
  awareBy: requiredText(200),
  awareReasoning: optionalText(4000),
  /** As controller: when the processor became aware, if it told you (§8 Q12). */
  processorAwareAt: optionalInstant,
  startedAt: optionalInstant,
  endedAt: optionalInstant,
  ongoing: z.boolean().default(false),
  natures: distinct(NatureSchema),
  causeKind: CauseKindSchema.optional().nullable().transform((v) => v ?? undefined),
  cause: optionalText(2000),
  subjectCategories: distinct(requiredText(200)),
  /** Approximate numbers (Art. 33(3)(a)). */
  subjectCount: countOrUndefined,
  recordCount: countOrUndefined,
  /** Where the affected people live: suggests regimes and, outside the EEA, the authorities (para 73). */
  subjectCountries: distinct(CountrySchema),
  dataCategories: distinct(DataCategorySchema, (d) => d.name.toLowerCase()),
  /** Register links (issue 4): activity and vendor ids. */
  activityIds: distinct(IdSchema),
  vendorIds: distinct(IdSchema),
  role: BreachRoleSchema.default('controller'),
  /** As processor: the controller to inform (Art. 33(2)). */
  controllerName: optionalText(200),
  controllerContact: optionalText(300),
  likelyConsequences: optionalText(4000),
  /** Art. 33(3)(b): the DPO or other contact point. */
  contact: ContactSchema.prefault({}),
  flags: BreachFlagsSchema.prefault({}),
  /** "Without undue delay" targets the user can change (not periods in law). */
  processorTargetHours: TargetHoursSchema.optional().nullable().transform((v) => v ?? undefined),
  fadpTargetHours: TargetHoursSchema.optional().nullable().transform((v) => v ?? undefined),
  excludedRegimes: distinct(RegimeExclusionSchema.extend({ reason: requiredText(1000) }), (e) => e.regime),
  /** The competent supervisory authority; default: the profile's lead authority. */
  authorityCode: z
    .enum(AUTHORITY_CODES, { message: 'validation.authority' })
    .optional()
    .nullable()
    .transform((v) => v ?? undefined),
}

type Fields = z.output<z.ZodObject<typeof fields>>

const ms = (s: string) => new Date(s).getTime()

/** Cross-field rules; each names the field the user must fix. */
function check(b: Fields, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })
  if (b.natures.length === 0) issue(['natures'], 'breach:validation.natureRequired')
  if (ms(b.awareAt) < ms(b.discoveredAt)) issue(['awareAt'], 'breach:validation.awareBeforeDiscovery')
  // §8 Q11: awareness defaults to the first report; a later time needs a recorded reason.
  else if (ms(b.awareAt) > ms(b.discoveredAt) && !b.awareReasoning) issue(['awareReasoning'], 'breach:validation.awareReasonRequired')
  if (b.startedAt && b.endedAt && ms(b.endedAt) < ms(b.startedAt)) issue(['endedAt'], 'breach:validation.endBeforeStart')
  if (b.ongoing && b.endedAt) issue(['endedAt'], 'breach:validation.endedButOngoing')
  if (b.role === 'processor' && !b.controllerName) issue(['controllerName'], 'breach:validation.controllerRequired')
  if (b.role === 'processor' && b.processorAwareAt) issue(['processorAwareAt'], 'breach:validation.processorAwareAsController')
}

const BreachFieldsSchema = z.object(fields)

export const BreachInputSchema = BreachFieldsSchema.extend({
  /** Set by the Drills module only: a drill never reaches real registers, reports or statistics. */
  drill: z.boolean().default(false),
}).superRefine(check)
export type BreachInput = z.input<typeof BreachInputSchema>
export type BreachFields = z.output<typeof BreachFieldsSchema>

export const BreachUpdateSchema = BreachFieldsSchema.extend({ id: IdSchema }).superRefine(check)
export type BreachUpdate = z.input<typeof BreachUpdateSchema>

export const BreachStatusSchema = z.enum(['open', 'closed'])

export const BreachRecordSchema = BreachFieldsSchema.extend({
  id: z.string(),
  /** Human reference, e.g. BR-2026-001 (drills: DR-2026-001, numbered apart so real numbering has no gaps). */
  ref: z.string(),
  drill: z.boolean(),
  status: BreachStatusSchema,
  closedAt: z.string().optional(),
  closeNote: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type BreachRecord = z.infer<typeof BreachRecordSchema>

export const BreachSetStatusSchema = z
  .object({ id: IdSchema, status: BreachStatusSchema, note: optionalText(2000), /** Default now. */ at: optionalInstant })
  .strict()
