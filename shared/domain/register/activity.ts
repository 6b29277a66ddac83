import { z } from 'zod'
import { SECURITY_MEASURES } from '../../reference/securityMeasures'
import {
  EntityIdSchema,
  optionalDate,
  optionalText,
  RegisterCountrySchema,
  requiredText,
  stringList,
} from './fields'
import {
  Art49DerogationSchema,
  Art9ConditionCodeSchema,
  LawfulBasisCodeSchema,
  SpecialCategorySchema,
  TransferToolSchema,
} from './legal'

// One processing activity of the register (Art. 30(1) controller record, Art. 30(2) processor record).
// Every list is stored as its own table (store/migrations/003_register.ts). The schema only refuses what
// is malformed; what is merely missing is left to the completeness checks (shared/rules/register), so a
// draft can be saved half-done.

export const ActivityStatusSchema = z.enum(['draft', 'active', 'retired'], { message: 'validation.invalid' })
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>

/** The organisation's role in this activity (Arts. 4(7), 26, 28). */
export const ActivityRoleSchema = z.enum(['controller', 'joint_controller', 'processor'], {
  message: 'validation.invalid',
})
export type ActivityRole = z.infer<typeof ActivityRoleSchema>

/** One Art. 6(1) basis for one purpose, with what that basis needs written down. */
export const LawfulBasisEntrySchema = z.object({
  basis: LawfulBasisCodeSchema,
  /** 6(1)(f): the interest pursued (Art. 13(1)(d)). */
  legitimateInterest: optionalText(2000),
  /** 6(1)(f): the balancing test, or where it is documented. */
  balancingTest: optionalText(4000),
  /** 6(1)(a): how consent is asked and recorded (Art. 7(1)). */
  consentCollection: optionalText(1000),
  /** 6(1)(a): how a person withdraws it, as easily as they gave it (Art. 7(3)). */
  consentWithdrawal: optionalText(1000),
  /** 6(1)(c), (e): the law that sets the obligation or task (Art. 6(3)). */
  legalReference: optionalText(500),
})
export type LawfulBasisEntry = z.infer<typeof LawfulBasisEntrySchema>

export const PurposeSchema = z.object({
  text: requiredText(500),
  bases: z.array(LawfulBasisEntrySchema).default([]),
})
export type Purpose = z.infer<typeof PurposeSchema>

export const RETENTION_UNITS = ['days', 'months', 'years'] as const
export const RetentionUnitSchema = z.enum(RETENTION_UNITS, { message: 'validation.invalid' })

/** How long one category of data is kept, from what event, and why (Art. 5(1)(e), 30(1)(f); REFERENCE §7.2). */
export const RetentionSchema = z
  .object({
    period: z.number({ message: 'validation.number' }).int({ message: 'validation.wholeNumber' }).min(1, { message: 'validation.wholeNumber' }).max(1000, { message: 'validation.wholeNumber' }).optional(),
    unit: RetentionUnitSchema.optional(),
    /** When no fixed period can be given: the criteria that decide it (Art. 13(2)(a)). */
    criteria: optionalText(1000),
    /** The event the period runs from: "end of the fiscal year", "last contact". */
    trigger: optionalText(300),
    /** The law or reason behind the period: "Civil Code Art. 2220". */
    legalSource: optionalText(300),
    action: z.enum(['delete', 'anonymise'], { message: 'validation.invalid' }).default('delete'),
  })
  .superRefine((r, ctx) => {
    if (r.period !== undefined && !r.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'validation.retentionUnitRequired' })
    if (r.unit && r.period === undefined) ctx.addIssue({ code: 'custom', path: ['period'], message: 'validation.retentionPeriodRequired' })
  })
export type Retention = z.infer<typeof RetentionSchema>

export const DataCategorySchema = z.object({
  name: requiredText(200),
  /** Art. 9(1) category, when the data is special. */
  special: SpecialCategorySchema.optional(),
  /** Art. 10 criminal convictions and offences data. */
  criminal: z.boolean().default(false),
  retention: RetentionSchema.default({ action: 'delete' }),
})
export type DataCategory = z.infer<typeof DataCategorySchema>

export const Art9ConditionSchema = z.object({
  condition: Art9ConditionCodeSchema,
  note: optionalText(1000),
})
export type Art9Condition = z.infer<typeof Art9ConditionSchema>

/** Where data comes from when not from the person (Art. 14(2)(f)). */
export const SourceSchema = z.object({
  description: requiredText(300),
  publiclyAvailable: z.boolean().default(false),
})
export type Source = z.infer<typeof SourceSchema>

/** internal = departments and roles; vendor = a linked vendor; third_party / authority = named others. */
export const RECIPIENT_KINDS = ['internal', 'vendor', 'third_party', 'authority'] as const
export const RecipientKindSchema = z.enum(RECIPIENT_KINDS, { message: 'validation.invalid' })
export type RecipientKind = z.infer<typeof RecipientKindSchema>

export const RecipientSchema = z
  .object({
    kind: RecipientKindSchema,
    vendorId: EntityIdSchema.optional(),
    /** Department, role, third party or authority; for vendors the vendor's own name is used. */
    name: optionalText(200),
    country: RegisterCountrySchema.optional(),
    note: optionalText(500),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'vendor' && !r.vendorId) ctx.addIssue({ code: 'custom', path: ['vendorId'], message: 'validation.vendorRequired' })
    if (r.kind !== 'vendor' && r.vendorId) ctx.addIssue({ code: 'custom', path: ['vendorId'], message: 'validation.vendorOnlyForVendorKind' })
    if (r.kind !== 'vendor' && !r.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'validation.required' })
  })
export type Recipient = z.infer<typeof RecipientSchema>

/** A transfer outside the EEA (Art. 30(1)(e), Chapter V). The Transfers module will add its TIA. */
export const TransferSchema = z
  .object({
    country: RegisterCountrySchema,
    /** The importer, when it is a vendor. */
    vendorId: EntityIdSchema.optional(),
    /** Chapter V tools relied on; often two (e.g. SCC + DPF). Empty = not yet known. */
    tools: z
      .array(TransferToolSchema)
      .default([])
      .refine((l) => new Set(l).size === l.length, { message: 'validation.duplicate' }),
    /** Art. 49(1) derogation, when the tool is a derogation. */
    derogation: Art49DerogationSchema.optional(),
    /** Art. 49(1) second subparagraph: the documented safeguards (Art. 30(1)(e)). */
    safeguards: optionalText(1000),
    note: optionalText(500),
  })
  .superRefine((t, ctx) => {
    if (t.derogation && !t.tools.includes('art49_derogation'))
      ctx.addIssue({ code: 'custom', path: ['derogation'], message: 'validation.derogationNeedsTool' })
  })
export type Transfer = z.infer<typeof TransferSchema>

export const SecurityMeasureKeySchema = z.enum(SECURITY_MEASURES, { message: 'validation.invalid' })

/** A ticked catalogue measure (key) and/or the user's own words (text). */
export const SecurityMeasureSchema = z
  .object({ key: SecurityMeasureKeySchema.optional(), text: optionalText(500) })
  .refine((m) => m.key || m.text, { message: 'validation.required', path: ['text'] })
export type SecurityMeasure = z.infer<typeof SecurityMeasureSchema>

export const JointControllerSchema = z.object({ name: requiredText(200), contact: optionalText(300) })
export type JointController = z.infer<typeof JointControllerSchema>

/** Art. 30(2)(a)–(b): a controller this organisation processes for, and what it does for them. */
export const ControllerServedSchema = z.object({
  name: requiredText(200),
  contact: optionalText(300),
  processingCategories: optionalText(2000),
})
export type ControllerServed = z.infer<typeof ControllerServedSchema>

/** Art. 22 / 13(2)(f). */
export const AutomatedDecisionSchema = z.object({
  exists: z.boolean().default(false),
  logic: optionalText(2000),
  consequences: optionalText(2000),
})

export const ActivityInputSchema = z.object({
  id: EntityIdSchema.optional(),
  name: requiredText(200),
  description: optionalText(4000),
  status: ActivityStatusSchema.default('draft'),
  role: ActivityRoleSchema.default('controller'),
  /** Who in the organisation answers for it. */
  owner: optionalText(200),
  purposes: z.array(PurposeSchema).default([]),
  dataSubjectCategories: stringList(200),
  dataCategories: z.array(DataCategorySchema).default([]),
  art9Conditions: z.array(Art9ConditionSchema).default([]),
  /** Art. 10: the official authority or the law that allows it. */
  criminalDataAuthority: optionalText(1000),
  /** Data comes from the people themselves; false = Art. 14 applies and sources are needed. */
  collectedFromSubject: z.boolean().default(true),
  sources: z.array(SourceSchema).default([]),
  recipients: z.array(RecipientSchema).default([]),
  transfers: z.array(TransferSchema).default([]),
  systemIds: z
    .array(EntityIdSchema)
    .default([])
    .refine((l) => new Set(l).size === l.length, { message: 'validation.duplicate' }),
  securityMeasures: z.array(SecurityMeasureSchema).default([]),
  jointControllers: z.array(JointControllerSchema).default([]),
  /** Art. 26: where the arrangement between joint controllers is. */
  jointArrangement: optionalText(1000),
  controllersServed: z.array(ControllerServedSchema).default([]),
  automatedDecision: AutomatedDecisionSchema.default({ exists: false }),
  /** Art. 30(5): the processing is only occasional (payroll, customers, suppliers are not). */
  occasional: z.boolean().default(false),
  /** Reference to the DPIA document, when one was carried out. */
  dpiaRef: optionalText(300),
  lastReviewedOn: optionalDate,
  nextReviewOn: optionalDate,
  notes: optionalText(4000),
  /** The template it was made from, if any. */
  templateId: optionalText(100),
})
export type ActivityInput = z.input<typeof ActivityInputSchema>
export type ActivityFields = z.output<typeof ActivityInputSchema>

export const DpiaResultSchema = z.enum(['required', 'recommended', 'not_required'])
export type DpiaResult = z.infer<typeof DpiaResultSchema>

export const ActivitySchema = ActivityInputSchema.extend({
  id: EntityIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Activity = z.infer<typeof ActivitySchema>

/** A row of the register list: enough to filter by status, basis, data category, vendor and country. */
export const ActivitySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  status: ActivityStatusSchema,
  role: ActivityRoleSchema,
  owner: z.string().optional(),
  bases: z.array(LawfulBasisCodeSchema),
  dataCategories: z.array(z.string()),
  vendors: z.array(z.object({ id: z.string(), name: z.string() })),
  countries: z.array(z.string()),
  nextReviewOn: z.string().optional(),
  dpiaResult: DpiaResultSchema.optional(),
  findings: z.number().int(),
  updatedAt: z.string(),
})
export type ActivitySummary = z.infer<typeof ActivitySummarySchema>
