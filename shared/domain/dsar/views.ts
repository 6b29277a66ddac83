import { z } from 'zod'
import {
  DSAR_REGIMES,
  DSAR_REQUEST_TYPES,
  DsarDeadlineSchema,
  DsarMessageSchema,
  DsarReadingSchema,
} from '../../rules/dsar/dsarTypes'
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

// What the core returns about DSAR cases. Every date here was computed by the core from the stored facts
// through shared/rules/dsar; the renderer only displays it.

const date = z.string()
const Params = z.record(z.string(), z.union([z.string(), z.number()]))

/** A sentence to show, as an i18n key (namespace dsarUi) and its parameters. */
export const DsarNoteSchema = z.object({ key: z.string(), params: Params })
export type DsarNote = z.infer<typeof DsarNoteSchema>

export const DsarEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(DSAR_EVENT_KINDS),
  on: date,
  reason: z.string().nullable(),
  createdAt: z.string(),
})
export type DsarEvent = z.infer<typeof DsarEventSchema>

export const DsarStatusChangeSchema = z.object({
  id: z.number().int(),
  from: z.enum(DSAR_STATUSES).nullable(),
  to: z.enum(DSAR_STATUSES),
  at: z.string(),
  reason: z.string().nullable(),
})

export const DsarDecisionSchema = z.object({
  type: z.enum(DSAR_REQUEST_TYPES),
  outcome: z.enum(DECISION_OUTCOMES),
  ground: z.enum(REFUSAL_GROUNDS).nullable(),
  reason: z.string().nullable(),
  decidedOn: date,
})
export type DsarDecision = z.infer<typeof DsarDecisionSchema>

export const DsarSearchSchema = z.object({
  id: z.number().int(),
  systemName: z.string().nullable(),
  registerSystemId: z.string().nullable(),
  registerActivityId: z.string().nullable(),
  result: z.enum(SEARCH_RESULTS),
  searchedBy: z.string().nullable(),
  searchedOn: date.nullable(),
  findings: z.string().nullable(),
})
export type DsarSearch = z.infer<typeof DsarSearchSchema>

export const DsarAttachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string().nullable(),
  originalPath: z.string().nullable(),
  mediaType: z.string().nullable(),
  size: z.number().int(),
  sha256: z.string(),
  note: z.string().nullable(),
  addedAt: z.string(),
})
export type DsarAttachment = z.infer<typeof DsarAttachmentSchema>

export const DsarLetterSchema = z.object({
  id: z.number().int(),
  kind: z.enum(LETTER_KINDS),
  lang: z.enum(LETTER_LANGUAGES),
  date,
  subject: z.string().nullable(),
  body: z.string().nullable(),
  bytes: z.number().int(),
  createdAt: z.string(),
})
export type DsarLetter = z.infer<typeof DsarLetterSchema>

export const DsarPauseSchema = z.object({ from: date, to: date.nullable(), open: z.boolean() })

/** The case's clock: the rule's result for each request type and the dates that apply now. */
export const DsarClockSchema = z.object({
  calendar: z.string(),
  receivedDate: date,
  today: date,
  perType: z.array(DsarDeadlineSchema),
  /** The request type whose dates apply (the earliest limit among the types). */
  mainType: z.enum(DSAR_REQUEST_TYPES),
  /** The dates that apply now: after an extension, the extended ones. */
  target: date,
  due: date,
  firstTarget: date,
  firstDue: date,
  extended: z.boolean(),
  extendedTarget: date.optional(),
  extendedDue: date.optional(),
  extensionNoticeBy: date.optional(),
  refusalNoticeBy: date.optional(),
  acknowledgeBy: date.optional(),
  unpausedTarget: date.optional(),
  unpausedDue: date.optional(),
  pausedDays: z.number().int().optional(),
  /** Days from today to `due` in the organisation's zone; negative when overdue. */
  daysLeft: z.number().int(),
  overdue: z.boolean(),
  canExtend: z.boolean(),
  /** Why "extend" is not offered (REFERENCE §8 Q5 and others). */
  extendBlocked: DsarNoteSchema.optional(),
  /** UK: the clock waits for this (the dates assume it arrives today and will move). */
  waiting: z.object({ kind: z.enum(['identity', 'fee', 'clarification']), since: date }).optional(),
  pauses: z.array(DsarPauseSchema),
  /** EU/EEA GDPR: identity checks and clarification do not stop the clock (§8 Q6). */
  keepsRunning: z.boolean(),
  /** Whether the reply (answer or refusal) was sent by its limit; null while open. */
  onTime: z.boolean().nullable(),
  messages: z.array(DsarMessageSchema),
  explanation: z.array(z.string()),
  readings: z.array(DsarReadingSchema),
})
export type DsarClock = z.infer<typeof DsarClockSchema>

export const DsarTimelineItemSchema = z.object({
  date,
  at: z.string().optional(),
  kind: z.string(),
  params: Params,
})
export type DsarTimelineItem = z.infer<typeof DsarTimelineItemSchema>

export const DsarCaseSchema = z.object({
  id: z.string(),
  requesterName: z.string().nullable(),
  requesterEmail: z.string().nullable(),
  requesterPhone: z.string().nullable(),
  requesterAddress: z.string().nullable(),
  requesterCountry: z.string().nullable(),
  relationship: z.enum(DSAR_RELATIONSHIPS),
  channel: z.enum(DSAR_CHANNELS),
  receivedAt: z.string(),
  regime: z.enum(DSAR_REGIMES),
  country: z.string().nullable(),
  requestTypes: z.array(z.enum(DSAR_REQUEST_TYPES)),
  description: z.string().nullable(),
  notes: z.string().nullable(),
  status: z.enum(DSAR_STATUSES),
  identity: z.object({
    method: z.enum(IDENTITY_METHODS).nullable(),
    status: z.enum(IDENTITY_STATUSES),
    checkedOn: date.nullable(),
    notes: z.string().nullable(),
  }),
  art125: z.object({
    assessment: z.enum(ART125_ASSESSMENTS),
    handling: z.enum(ART125_HANDLINGS).nullable(),
    reason: z.string().nullable(),
    fee: z.string().nullable(),
    warnedOn: date.nullable(),
  }),
  extension: z.object({ on: date, reason: z.string().nullable(), extendedTo: date.nullable() }).nullable(),
  answeredOn: date.nullable(),
  lateReason: z.string().nullable(),
  closedOn: date.nullable(),
  purgedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(DsarEventSchema),
  statusHistory: z.array(DsarStatusChangeSchema),
  decisions: z.array(DsarDecisionSchema),
  searches: z.array(DsarSearchSchema),
  attachments: z.array(DsarAttachmentSchema),
  letters: z.array(DsarLetterSchema),
})
export type DsarCase = z.infer<typeof DsarCaseSchema>

export const DsarRetentionSchema = z.object({
  months: z.number().int(),
  /** Closed cases: the day their personal data may be erased. */
  endsOn: date.nullable(),
  purgeable: z.boolean(),
})

/** Everything the case page shows. */
export const DsarCaseViewSchema = z.object({
  case: DsarCaseSchema,
  clock: DsarClockSchema,
  timeline: z.array(DsarTimelineItemSchema),
  nextSteps: z.array(DsarNoteSchema),
  allowedTransitions: z.array(z.enum(DSAR_STATUSES)),
  retention: DsarRetentionSchema,
})
export type DsarCaseView = z.infer<typeof DsarCaseViewSchema>

/** One row of the requests list. */
export const DsarListRowSchema = z.object({
  id: z.string(),
  requesterName: z.string().nullable(),
  regime: z.enum(DSAR_REGIMES),
  requestTypes: z.array(z.enum(DSAR_REQUEST_TYPES)),
  status: z.enum(DSAR_STATUSES),
  receivedAt: z.string(),
  target: date,
  due: date,
  daysLeft: z.number().int(),
  overdue: z.boolean(),
  open: z.boolean(),
  extended: z.boolean(),
  waiting: z.enum(['identity', 'fee', 'clarification']).nullable(),
  onTime: z.boolean().nullable(),
  purged: z.boolean(),
})
export type DsarListRow = z.infer<typeof DsarListRowSchema>

/** Register systems and activities to offer in the search checklist; registerAvailable = the register has any. */
export const DsarSearchSourcesSchema = z.object({
  registerAvailable: z.boolean(),
  systems: z.array(z.object({ id: z.string(), name: z.string() })),
  activities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      systems: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
})
export type DsarSearchSources = z.infer<typeof DsarSearchSourcesSchema>

export const DsarSuggestionSchema = z.object({
  regime: z.enum(DSAR_REGIMES),
  country: z.string(),
  /** Why this regime: an i18n key (dsarUi) with parameters. */
  why: DsarNoteSchema,
  /** Now in the organisation's zone, to prefill "received": date and HH:MM wall time. */
  today: date,
  time: z.string(),
})
export type DsarSuggestion = z.infer<typeof DsarSuggestionSchema>
