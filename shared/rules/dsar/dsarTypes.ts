// Schemas (and, through z.infer, the types) of the DSAR deadline rules' input and output.
// Regimes and request types: REFERENCE.md §3.1 (GDPR Arts. 15-22, Art. 7(3)), §3.4 (CCPA, LGPD, FADP).
import { z } from 'zod'
import { isLocalDate } from '../calendar'
import { dsar as en } from '../../i18n/en/dsar'

export const DSAR_REGIMES = ['gdpr', 'uk', 'ccpa', 'lgpd', 'fadp'] as const
export type DsarRegime = (typeof DSAR_REGIMES)[number]

/** GDPR Arts. 15-22 and Art. 7(3); the same rights exist under UK GDPR, and are mapped onto LGPD/FADP. */
export const GDPR_REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'objection-direct-marketing',
  'automated-decision',
  'withdraw-consent',
] as const
/** Cal. Code Regs. tit. 11 §§7021, 7026, 7027. */
export const CCPA_REQUEST_TYPES = ['ccpa-know', 'ccpa-delete', 'ccpa-correct', 'ccpa-opt-out', 'ccpa-limit'] as const
export const DSAR_REQUEST_TYPES = [...GDPR_REQUEST_TYPES, ...CCPA_REQUEST_TYPES] as const
export type DsarRequestType = (typeof DSAR_REQUEST_TYPES)[number]

export function requestTypesOf(regime: DsarRegime): readonly DsarRequestType[] {
  return regime === 'ccpa' ? CCPA_REQUEST_TYPES : GDPR_REQUEST_TYPES
}

/** `--type` default: the right of access; for CCPA the request to know (issue 5 item 7). */
export const defaultRequestType = (regime: DsarRegime): DsarRequestType => (regime === 'ccpa' ? 'ccpa-know' : 'access')

const required = (otherwise: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? en.validation.required : otherwise

export const LocalDateSchema = z.string({ error: required(en.validation.date) }).refine(isLocalDate, { message: en.validation.date })

/** A clarification asked on `requestedAt` and answered on `receivedAt` (UK GDPR Art. 12A; DPA 2018 s.54(3C)). */
export const ClarificationPauseSchema = z
  .object({ requestedAt: LocalDateSchema, receivedAt: LocalDateSchema })
  .refine((p) => p.receivedAt >= p.requestedAt, { path: ['receivedAt'], message: en.validation.pauseOrder })
export type ClarificationPause = z.infer<typeof ClarificationPauseSchema>

export const NonWorkingDaySchema = z.object({
  date: LocalDateSchema,
  reason: z.enum(['saturday', 'sunday', 'holiday']),
  holiday: z.string().optional(),
})

/** One explanation sentence as an i18n key (namespace `dsar`, shared/i18n/en/dsar.ts) and its parameters. */
export const DsarMessageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(NonWorkingDaySchema)])),
})
export type DsarMessage = z.infer<typeof DsarMessageSchema>
export type DsarMessageParams = DsarMessage['params']

/** REFERENCE.md §8 question where the law reads two ways: both dates computed, the earlier used; listed only when they differ. */
export const DsarReadingSchema = z.object({
  id: z.enum(['Q4', 'Q5', 'Q6', 'Q9', 'Q10', 'Q13', 'Q14', 'Q15', 'ccpaRoll']),
  question: z.string(),
  chosen: z.string(),
  alternative: z.string(),
  why: z.string(),
  chosenDate: LocalDateSchema,
  alternativeDate: LocalDateSchema,
  /** Parameters of the `readings.<id>.*` texts, to render them in another language. */
  params: DsarMessageSchema.shape.params,
})
export type DsarReading = z.infer<typeof DsarReadingSchema>
export type DsarReadingId = DsarReading['id']

export const DsarDeadlineInputSchema = z.object({
  regime: z.enum(DSAR_REGIMES, { error: required(en.validation.regime) }),
  /** Calendar day of arrival in the controller's zone (localDateOf), any weekday (REFERENCE §8 Q2). */
  received: LocalDateSchema,
  requestType: z.enum(DSAR_REQUEST_TYPES, { message: en.validation.type.replace('{{types}}', DSAR_REQUEST_TYPES.join(', ')) }).optional(),
  /** gdpr: EU/EEA member state (default IT); uk: GB-ENG (default), GB-WLS, GB-SCT, GB-NIR or GB. */
  country: z.string().trim().toUpperCase().optional(),
  idReceived: LocalDateSchema.optional(),
  feeReceived: LocalDateSchema.optional(),
  pauses: z.array(ClarificationPauseSchema).optional(),
  /** FADP only: the later date the person was told of (DPO Art. 18). */
  extendedTo: LocalDateSchema.optional(),
})
/** What callers pass. */
export type DsarDeadlineInput = z.input<typeof DsarDeadlineInputSchema>
/** After validation (dsarDeadline.ts adds the cross-field checks and defaults). */
export interface DsarRuleInput {
  regime: DsarRegime
  received: string
  requestType: DsarRequestType
  /** Holiday calendar id for holidayCalendar(), or 'none'. */
  calendar: string
  idReceived?: string
  feeReceived?: string
  pauses: ClarificationPause[]
  extendedTo?: string
}

export const DsarDeadlineSchema = z.object({
  regime: z.enum(DSAR_REGIMES),
  requestType: z.enum(DSAR_REQUEST_TYPES),
  received: LocalDateSchema,
  /** Day the period runs from: the receipt day, or for UK the latest of receipt/ID/fee (Art. 12A). */
  clockStart: LocalDateSchema,
  /** The period's end before any weekend/holiday move; reminders key off it (REFERENCE §8 Q3). */
  target: LocalDateSchema,
  /** The legal limit, after the move to the next working day where the regime has one. */
  due: LocalDateSchema,
  extendedTarget: LocalDateSchema.optional(),
  extendedDue: LocalDateSchema.optional(),
  extensionNoticeBy: LocalDateSchema.optional(),
  refusalNoticeBy: LocalDateSchema.optional(),
  /** CCPA §7021(a): confirm receipt within 10 business days. */
  acknowledgeBy: LocalDateSchema.optional(),
  /** UK: the dates without the identity, fee and clarification events, shown beside (REFERENCE §3.3). */
  unpausedTarget: LocalDateSchema.optional(),
  unpausedDue: LocalDateSchema.optional(),
  pausedDays: z.number().int().nonnegative().optional(),
  /** Holiday calendar used to move dates: 'IT', 'GB-ENG', 'US', … or 'none'. */
  calendar: z.string(),
  /** The days `target` was moved past to reach `due` (why the date moved). */
  rolledOver: z.array(NonWorkingDaySchema),
  extendedRolledOver: z.array(NonWorkingDaySchema).optional(),
  readings: z.array(DsarReadingSchema),
  /** Plain English sentences, one per message below. */
  explanation: z.array(z.string()),
  /** The same sentences as i18n keys + parameters. */
  messages: z.array(DsarMessageSchema),
})
export type DsarDeadline = z.infer<typeof DsarDeadlineSchema>
