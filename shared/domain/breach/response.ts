import { z } from 'zod'
import { AUTHORITY_CODES } from '../../reference/authorities'
import { RecipientSchema } from '../../rules/breach/clock'
import {
  CB_AVAILABILITY,
  CB_CONFIDENTIALITY,
  CB_INTEGRITY,
  DataTypeSchema,
  EaseOfIdentificationSchema,
  EnisaSeveritySchema,
} from '../../rules/breach/enisaSeverity'
import { SubjectsDecisionSchema } from '../../rules/breach/incidentClocks'
import { Art34ExceptionSchema } from '../../rules/breach/notificationProposal'
import { BreachMessageSchema } from '../../rules/breach/messages'
import { RiskAnswersSchema, RiskLevelSchema } from '../../rules/breach/riskAssessment'
import { RegimeSchema } from '../../rules/breach/schemas'
import { IdSchema, instant, optionalInstant, optionalText, requiredText } from './fields'

// What the organisation does about a breach: actions, the assessment (ENISA + EDPB questions) with the
// app's proposal, the decision a person takes (Art. 33(5)), the phased notifications (Art. 33(4)).

// ---------- containment and remediation (item 2) ----------
export const ActionKindSchema = z.enum(['containment', 'remediation'])
export const ActionInputSchema = z
  .object({
    breachId: IdSchema,
    kind: ActionKindSchema,
    /** When it was done; default now. */
    at: optionalInstant,
    description: requiredText(2000),
    by: optionalText(200),
  })
  .strict()
export const ActionSchema = z.object({
  id: z.string(),
  kind: ActionKindSchema,
  at: z.string(),
  description: z.string(),
  by: z.string().optional(),
})
export type BreachAction = z.infer<typeof ActionSchema>

// ---------- ENISA severity + EDPB risk questions (item 3) ----------
const keys = <T extends Record<string, number>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]

/** One data type of the ENISA DPC score, with at most one (summed) adjustment and its reason. */
export const EnisaDataSchema = z
  .object({
    type: DataTypeSchema,
    delta: z.number().int().min(-3, { message: 'validation.invalid' }).max(3, { message: 'validation.invalid' }).default(0),
    reason: optionalText(1000),
  })
  .superRefine((d, ctx) => {
    if (d.delta !== 0 && !d.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'breach:validation.adjustmentReason' })
  })

export const EnisaFormSchema = z.object({
  data: z.array(EnisaDataSchema).min(1, { message: 'breach:validation.dataTypeRequired' }),
  easeOfIdentification: EaseOfIdentificationSchema,
  confidentiality: z.enum(keys(CB_CONFIDENTIALITY)).default('none'),
  integrity: z.enum(keys(CB_INTEGRITY)).default('none'),
  availability: z.enum(keys(CB_AVAILABILITY)).default('none'),
  malicious: z.boolean().default(false),
  unintelligible: z.boolean().default(false),
})
export type EnisaForm = z.input<typeof EnisaFormSchema>

export const AssessmentInputSchema = z
  .object({
    breachId: IdSchema,
    enisa: EnisaFormSchema,
    answers: RiskAnswersSchema,
    art34Exception: Art34ExceptionSchema.optional().nullable().transform((v) => v ?? undefined),
    assessedBy: requiredText(200),
    /** When the assessment was made; default now. */
    assessedAt: optionalInstant,
    notes: optionalText(4000),
  })
  .strict()
export type AssessmentInput = z.input<typeof AssessmentInputSchema>

export const ProposalSchema = z.object({
  riskLevel: RiskLevelSchema,
  edpbLevel: RiskLevelSchema,
  enisaRisk: RiskLevelSchema,
  proposeAuthority: z.boolean(),
  proposeSubjects: z.enum(['communicate', 'public_communication', 'exception', 'not_proposed']),
  writtenReasonRequiredToSkip: z.boolean(),
  /** Plain English, as stored with the assessment. */
  explanation: z.string(),
  /** The same as i18n messages (`rules.risk.*`), for showing it in the reader's language; not stored. */
  explanationMessages: z.array(BreachMessageSchema).optional(),
})
export type Proposal = z.infer<typeof ProposalSchema>

export const AssessmentSchema = z.object({
  id: z.string(),
  assessedAt: z.string(),
  assessedBy: z.string(),
  enisa: EnisaFormSchema,
  severity: EnisaSeveritySchema,
  answers: RiskAnswersSchema,
  art34Exception: Art34ExceptionSchema.optional(),
  proposal: ProposalSchema,
  notes: z.string().optional(),
})
export type Assessment = z.infer<typeof AssessmentSchema>

/** The proposal for a draft assessment, without saving (the form shows it live). */
export const ProposalPreviewInputSchema = AssessmentInputSchema.omit({ breachId: true, assessedBy: true, assessedAt: true, notes: true })

export const ProposalPreviewSchema = z.object({ severity: EnisaSeveritySchema, proposal: ProposalSchema })

// ---------- decision record (item 4; Art. 33(5), 34) ----------
export const DecisionInputSchema = z
  .object({
    breachId: IdSchema,
    /** The assessment the decision rests on, normally the latest. */
    assessmentId: IdSchema.optional(),
    riskLevel: RiskLevelSchema,
    notifyAuthority: z.boolean(),
    authorityReason: optionalText(4000),
    subjects: SubjectsDecisionSchema,
    art34Exception: Art34ExceptionSchema.optional().nullable().transform((v) => v ?? undefined),
    subjectsReason: optionalText(4000),
    decidedBy: requiredText(200),
    /** Default now. */
    decidedAt: optionalInstant,
    /** Why: the reasoning the record keeps. */
    reasoning: requiredText(4000),
  })
  .strict()
  .superRefine((d, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    // Art. 33(1): only a breach unlikely to result in a risk may go unnotified.
    if (!d.notifyAuthority && d.riskLevel !== 'no_risk') issue('notifyAuthority', 'breach:validation.riskNeedsNotification')
    if (!d.notifyAuthority && !d.authorityReason) issue('authorityReason', 'breach:validation.noNotifyReason')
    // Art. 34(1), (3): high risk -> communicate, unless an exception applies (then say which).
    if (d.riskLevel === 'high_risk' && d.subjects === 'not_required') issue('subjects', 'breach:validation.highRiskNeedsSubjects')
    if (d.subjects === 'exception' && !d.art34Exception) issue('art34Exception', 'breach:validation.exceptionRequired')
    if (d.subjects === 'exception' && d.art34Exception === 'c') issue('art34Exception', 'breach:validation.exceptionCIsPublic')
    if ((d.subjects === 'exception' || d.subjects === 'not_required') && !d.subjectsReason)
      issue('subjectsReason', 'breach:validation.subjectsReasonRequired')
  })
export type DecisionInput = z.input<typeof DecisionInputSchema>

export const DecisionSchema = z.object({
  id: z.string(),
  assessmentId: z.string().optional(),
  riskLevel: RiskLevelSchema,
  notifyAuthority: z.boolean(),
  authorityReason: z.string().optional(),
  subjects: SubjectsDecisionSchema,
  art34Exception: Art34ExceptionSchema.optional(),
  subjectsReason: z.string().optional(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  reasoning: z.string(),
  /** Whether the person followed the app's proposal, and so whether the record shows a deviation. */
  followsProposal: z.boolean().optional(),
  recordedAt: z.string(),
})
export type Decision = z.infer<typeof DecisionSchema>

// ---------- notifications (item 5; Art. 33(4) phases) ----------
export const PHASES = ['initial', 'follow_up', 'final'] as const
export const PhaseSchema = z.enum(PHASES)
export const CHANNELS = ['online_form', 'pec', 'email', 'post', 'phone', 'in_person', 'website', 'other'] as const
export const NotificationChannelSchema = z.enum(CHANNELS, { message: 'validation.invalid' })

export const NotificationInputSchema = z
  .object({
    breachId: IdSchema,
    /** The clock this notification meets (e.g. 'gdpr.sa'); none for follow-ups that meet no clock. */
    clockId: z.string().trim().max(80).optional().nullable().transform((v) => v || undefined),
    regime: RegimeSchema.optional().nullable().transform((v) => v ?? undefined),
    phase: PhaseSchema,
    recipientKind: RecipientSchema,
    /** From the authorities table (REFERENCE.md §6). */
    authorityCode: z.enum(AUTHORITY_CODES, { message: 'validation.authority' }).optional().nullable().transform((v) => v ?? undefined),
    /** Free name when not an authority from the table (e.g. the controller, a CSIRT). */
    recipientName: optionalText(300),
    channel: NotificationChannelSchema,
    sentAt: instant,
    reference: optionalText(200),
    content: requiredText(20000),
    /** Reasons for the delay when sent late (Art. 33(1)). */
    delayReason: optionalText(4000),
  })
  .strict()
  .superRefine((n, ctx) => {
    if (!n.authorityCode && !n.recipientName)
      ctx.addIssue({ code: 'custom', path: ['recipientName'], message: 'breach:validation.recipientRequired' })
  })
export type NotificationInput = z.input<typeof NotificationInputSchema>

export const NotificationSchema = z.object({
  id: z.string(),
  clockId: z.string().optional(),
  regime: RegimeSchema.optional(),
  phase: PhaseSchema,
  recipientKind: RecipientSchema,
  authorityCode: z.string().optional(),
  recipientName: z.string(),
  channel: NotificationChannelSchema,
  sentAt: z.string(),
  reference: z.string().optional(),
  content: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
})
export type BreachNotification = z.infer<typeof NotificationSchema>

export const DelayReasonInputSchema = z
  .object({ breachId: IdSchema, clockId: z.string().trim().min(1).max(80), reason: requiredText(4000) })
  .strict()
export const DelayReasonSchema = z.object({ clockId: z.string(), reason: z.string(), recordedAt: z.string(), recordedBy: z.string() })

// ---------- the "first hour" checklist (item 8) ----------
export const CHECKLIST_ITEMS = [
  'recordAwareness',
  'contain',
  'preserveEvidence',
  'assembleTeam',
  'involveProcessors',
  'assessRisk',
  'planNotification',
  'keepLog',
] as const
export const ChecklistItemSchema = z.enum(CHECKLIST_ITEMS)
export const ChecklistInputSchema = z.object({ breachId: IdSchema, item: ChecklistItemSchema, done: z.boolean() }).strict()
export const ChecklistEntrySchema = z.object({ item: ChecklistItemSchema, doneAt: z.string(), doneBy: z.string() })

export { instant }
