import { z } from 'zod'
import { DSAR_REGIMES, DSAR_REQUEST_TYPES, requestTypesOf } from '../../rules/dsar/dsarTypes'
import {
  ART125_ASSESSMENTS,
  ART125_HANDLINGS,
  DECISION_OUTCOMES,
  DSAR_CHANNELS,
  DSAR_EVENT_KINDS,
  DSAR_RELATIONSHIPS,
  DSAR_STATUSES,
  IDENTITY_METHODS,
  IDENTITY_STATUSES,
  LETTER_KINDS,
  LETTER_LANGUAGES,
  REFUSAL_GROUNDS,
  SEARCH_RESULTS,
} from './enums'
import {
  CaseIdSchema,
  DsarDateSchema,
  ReceivedAtSchema,
  optionalCountry,
  optionalDsarDate,
  optionalEmail,
  optionalText,
  requiredText,
} from './fields'

// What the renderer (and CLI, demo, tests) send to the DSAR services. Cross-field rules that need the
// stored case (dates against the receipt, the status flow) are checked by the services.

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: 'validation.dsarChoose' })

/** The case as the user describes it (issue 5 item 3). `id` absent = a new case. */
export const DsarCaseInputSchema = z
  .object({
    id: CaseIdSchema.optional(),
    requesterName: requiredText(200),
    requesterEmail: optionalEmail,
    requesterPhone: optionalText(40),
    requesterAddress: optionalText(300),
    requesterCountry: optionalCountry,
    relationship: choice(DSAR_RELATIONSHIPS),
    channel: choice(DSAR_CHANNELS),
    receivedAt: ReceivedAtSchema,
    regime: choice(DSAR_REGIMES),
    /** Holiday calendar of the rule: the controller's member state (gdpr) or UK nation (uk); default from the profile. */
    country: z
      .union([z.literal(''), z.string().trim().toUpperCase().max(8, { message: 'validation.tooLong' })])
      .optional()
      .transform((v) => (v ? v : undefined)),
    requestTypes: z.array(choice(DSAR_REQUEST_TYPES)).min(1, { message: 'validation.dsarTypeRequired' }),
    description: optionalText(4000),
    notes: optionalText(4000),
  })
  .superRefine((c, ctx) => {
    const allowed = requestTypesOf(c.regime) as readonly string[]
    c.requestTypes.forEach((t, i) => {
      if (!allowed.includes(t))
        ctx.addIssue({ code: 'custom', path: ['requestTypes', i], message: 'validation.dsarTypeForRegime' })
    })
    if (new Set(c.requestTypes).size !== c.requestTypes.length)
      ctx.addIssue({ code: 'custom', path: ['requestTypes'], message: 'validation.duplicate' })
  })
export type DsarCaseInput = z.input<typeof DsarCaseInputSchema>
export type DsarCaseFields = z.output<typeof DsarCaseInputSchema>

/** A move along the status flow; extending has its own input (it needs reasons and a notice date). */
export const DsarTransitionInputSchema = z.object({
  id: CaseIdSchema,
  to: choice(DSAR_STATUSES),
  /** answered/refused: the day the reply was sent (default today). */
  on: optionalDsarDate,
  /** withdrawn: required. */
  reason: optionalText(2000),
  /** answered/refused after the legal limit: why (Art. 5(2) accountability). */
  lateReason: optionalText(2000),
})
export type DsarTransitionInput = z.input<typeof DsarTransitionInputSchema>

/** Art. 12(3): two further months (GDPR/UK), 45 days (CCPA), a stated later date (FADP), with reasons. */
export const DsarExtendInputSchema = z.object({
  id: CaseIdSchema,
  /** The day the person was told of the extension and the reasons. */
  on: DsarDateSchema,
  reason: requiredText(2000),
  /** FADP only: the date by which the information will be given (DPO Art. 18). */
  extendedTo: optionalDsarDate,
})
export type DsarExtendInput = z.input<typeof DsarExtendInputSchema>

export const DsarIdentityInputSchema = z
  .object({
    id: CaseIdSchema,
    method: z
      .union([z.literal(''), choice(IDENTITY_METHODS)])
      .optional()
      .transform((v) => (v ? v : undefined)),
    status: choice(IDENTITY_STATUSES),
    checkedOn: optionalDsarDate,
    notes: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if ((v.status === 'verified' || v.status === 'failed') && !v.method)
      ctx.addIssue({ code: 'custom', path: ['method'], message: 'validation.dsarIdentityMethod' })
    if ((v.status === 'verified' || v.status === 'failed') && !v.checkedOn)
      ctx.addIssue({ code: 'custom', path: ['checkedOn'], message: 'validation.required' })
  })
export type DsarIdentityInput = z.input<typeof DsarIdentityInputSchema>

/** Art. 12(5): manifestly unfounded or excessive requests; the burden of proof is on the controller. */
export const DsarArt125InputSchema = z
  .object({
    id: CaseIdSchema,
    assessment: choice(ART125_ASSESSMENTS),
    handling: z
      .union([z.literal(''), choice(ART125_HANDLINGS)])
      .optional()
      .transform((v) => (v ? v : undefined)),
    reason: optionalText(4000),
    fee: optionalText(200),
    /** GL 01/2022 para 192: warn before charging, so the person can withdraw. */
    warnedOn: optionalDsarDate,
  })
  .superRefine((v, ctx) => {
    if (v.assessment === 'none') return
    if (!v.handling) ctx.addIssue({ code: 'custom', path: ['handling'], message: 'validation.dsarChoose' })
    if (!v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.dsarReasonRequired' })
    if (v.handling === 'fee' && !v.fee)
      ctx.addIssue({ code: 'custom', path: ['fee'], message: 'validation.required' })
  })
export type DsarArt125Input = z.input<typeof DsarArt125InputSchema>

export const DsarEventInputSchema = z.object({
  caseId: CaseIdSchema,
  kind: choice(DSAR_EVENT_KINDS),
  on: DsarDateSchema,
  reason: requiredText(2000),
})
export type DsarEventInput = z.input<typeof DsarEventInputSchema>

export const DsarDecisionInputSchema = z
  .object({
    caseId: CaseIdSchema,
    type: choice(DSAR_REQUEST_TYPES),
    outcome: choice(DECISION_OUTCOMES),
    ground: z
      .union([z.literal(''), choice(REFUSAL_GROUNDS)])
      .optional()
      .transform((v) => (v ? v : undefined)),
    reason: optionalText(4000),
    decidedOn: DsarDateSchema,
  })
  .superRefine((v, ctx) => {
    const refusing = v.outcome === 'refused' || v.outcome === 'partly_granted'
    if (refusing && !v.ground)
      ctx.addIssue({ code: 'custom', path: ['ground'], message: 'validation.dsarGroundRequired' })
    if (refusing && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.dsarReasonRequired' })
    if (!refusing && v.ground)
      ctx.addIssue({ code: 'custom', path: ['ground'], message: 'validation.dsarGroundOnlyRefusal' })
  })
export type DsarDecisionInput = z.input<typeof DsarDecisionInputSchema>

/** One line of the search checklist: a system (from the register when it exists) and what was found. */
export const DsarSearchInputSchema = z
  .object({
    caseId: CaseIdSchema,
    id: z.number().int().positive().optional(),
    systemName: requiredText(200),
    registerSystemId: optionalText(64),
    registerActivityId: optionalText(64),
    result: choice(SEARCH_RESULTS),
    searchedBy: optionalText(200),
    searchedOn: optionalDsarDate,
    findings: optionalText(4000),
  })
  .superRefine((v, ctx) => {
    if (v.result === 'pending') return
    if (!v.searchedBy) ctx.addIssue({ code: 'custom', path: ['searchedBy'], message: 'validation.required' })
    if (!v.searchedOn) ctx.addIssue({ code: 'custom', path: ['searchedOn'], message: 'validation.required' })
    if (v.result === 'found' && !v.findings)
      ctx.addIssue({ code: 'custom', path: ['findings'], message: 'validation.dsarFindings' })
  })
export type DsarSearchInput = z.input<typeof DsarSearchInputSchema>

/** Copy a file into the workspace: its bytes (from a file picker) or a path the core reads (CLI, main process). */
export const DsarAttachmentInputSchema = z
  .object({
    caseId: CaseIdSchema,
    fileName: requiredText(255),
    dataBase64: z.string().optional(),
    sourcePath: optionalText(4096),
    mediaType: optionalText(100),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (!v.dataBase64 === !v.sourcePath)
      ctx.addIssue({ code: 'custom', path: ['dataBase64'], message: 'validation.dsarFileSource' })
  })
export type DsarAttachmentInput = z.input<typeof DsarAttachmentInputSchema>

export const DsarLetterInputSchema = z.object({
  caseId: CaseIdSchema,
  kind: choice(LETTER_KINDS),
  lang: choice(LETTER_LANGUAGES),
  /** The letter's date; default today. */
  date: optionalDsarDate,
})
export type DsarLetterInput = z.input<typeof DsarLetterInputSchema>

export const DsarSettingsSchema = z.object({
  /** Months a closed case keeps its personal data before it may (and should) be erased. */
  closedRetentionMonths: z
    .number({ message: 'validation.number' })
    .int({ message: 'validation.dsarRetention' })
    .min(1, { message: 'validation.dsarRetention' })
    .max(120, { message: 'validation.dsarRetention' }),
})
export type DsarSettings = z.infer<typeof DsarSettingsSchema>

/** One case, by reference. */
export const DsarCaseRefSchema = z.object({ id: CaseIdSchema })

/** One record of a case (event, search line, attachment), by its number. */
export const DsarRecordRefSchema = z.object({ caseId: CaseIdSchema, id: z.number().int().positive() })

export const DsarAttachmentExportSchema = z.object({
  caseId: CaseIdSchema,
  id: z.number().int().positive(),
  /** Folder to write into; default: "Attachments/<case>" beside the workspace file. */
  dir: z.string().min(1).optional(),
})

export const DsarSuggestInputSchema = z.object({ requesterCountry: optionalCountry })
