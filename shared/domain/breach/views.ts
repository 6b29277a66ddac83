import { z } from 'zod'
import { ClockStatusValueSchema } from '../../rules/breach/clockStatus'
import { IncidentClockSchema } from '../../rules/breach/incidentClocks'
import { RegimeApplicabilitySchema } from '../../rules/breach/applicableRegimes'
import { RiskLevelSchema } from '../../rules/breach/riskAssessment'
import { SeverityLevelSchema } from '../../rules/breach/enisaSeverity'
import { RegimeSchema } from '../../rules/breach/schemas'
import { BreachMessageSchema } from '../../rules/breach/messages'
import { BreachRecordSchema } from './incident'
import {
  ActionSchema,
  AssessmentSchema,
  ChecklistEntrySchema,
  DecisionSchema,
  DelayReasonSchema,
  NotificationSchema,
} from './response'

// What the core returns to the screens and reports: every deadline and status computed by the core; the
// renderer only formats them.

export const TIMELINE_KINDS = [
  'discovered',
  'aware',
  'processorAware',
  'started',
  'ended',
  'action',
  'assessment',
  'decision',
  'notification',
  'checklist',
  'delayReason',
  'closed',
] as const
export const TimelineEventSchema = z.object({
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  /** What the user wrote (action text, recipient, checklist item key, clock id). */
  text: z.string().optional(),
  who: z.string().optional(),
  refId: z.string().optional(),
})
export type TimelineEvent = z.infer<typeof TimelineEventSchema>

export const AuthorityRefSchema = z.object({ code: z.string(), name: z.string(), website: z.string() })

export const NextClockSchema = z.object({
  clockId: z.string(),
  regime: RegimeSchema,
  deadline: z.string(),
  status: ClockStatusValueSchema,
  legal: z.boolean(),
})

export const BreachDetailSchema = z.object({
  breach: BreachRecordSchema,
  actions: z.array(ActionSchema),
  /** Newest first; the first is the current assessment. */
  assessments: z.array(AssessmentSchema),
  /** Newest first; the first is the decision in force. */
  decisions: z.array(DecisionSchema),
  notifications: z.array(NotificationSchema),
  delayReasons: z.array(DelayReasonSchema),
  checklist: z.array(ChecklistEntrySchema),
  regimes: z.array(RegimeApplicabilitySchema),
  /** Every clock with its status at `now`, soonest deadline first. */
  clocks: z.array(IncidentClockSchema),
  nextClock: NextClockSchema.nullable(),
  overallStatus: ClockStatusValueSchema.nullable(),
  authority: AuthorityRefSchema.nullable(),
  timeline: z.array(TimelineEventSchema),
  /** The core's now (injected clock) when this was computed, and the zone to show times in. */
  now: z.string(),
  timeZone: z.string(),
})
export type BreachDetail = z.infer<typeof BreachDetailSchema>

export const BreachListItemSchema = z.object({
  id: z.string(),
  ref: z.string(),
  title: z.string(),
  status: z.enum(['open', 'closed']),
  awareAt: z.string(),
  severity: SeverityLevelSchema.nullable(),
  severityScore: z.number().nullable(),
  riskLevel: RiskLevelSchema.nullable(),
  /** notified / not_notified / undecided: from the decision in force and the notifications log. */
  notification: z.enum(['notified', 'to_notify', 'not_notified', 'undecided']),
  overallStatus: ClockStatusValueSchema.nullable(),
  nextClock: NextClockSchema.nullable(),
})
export type BreachListItem = z.infer<typeof BreachListItemSchema>

export const BreachListSchema = z.object({ items: z.array(BreachListItemSchema), now: z.string(), timeZone: z.string() })

export const ImpactSchema = z.object({
  breachId: z.string(),
  /** False while the register has no activity: the impact then rests on the breach record alone. */
  registerAvailable: z.boolean(),
  activities: z.array(z.object({ id: z.string(), name: z.string().optional() })),
  vendors: z.array(
    z.object({ id: z.string(), name: z.string().optional(), role: z.string().optional(), country: z.string().optional() }),
  ),
  subjectCategories: z.array(z.string()),
  dataCategories: z.array(z.object({ name: z.string(), special: z.boolean() })),
  countries: z.array(z.string()),
  regimes: z.array(RegimeApplicabilitySchema),
  suggestedRegimes: z.array(z.object({ regime: RegimeSchema, country: z.string() })),
  authorities: z.array(AuthorityRefSchema),
  authoritiesReason: z.string(),
  /** The same reason as an i18n message (`rules.authorities.*`). */
  authoritiesReasonMessage: BreachMessageSchema,
  /** Clock ids the applicable regimes run, soonest first. */
  suggestedClocks: z.array(z.object({ id: z.string(), regime: RegimeSchema, deadline: z.string(), legal: z.boolean() })),
  specialCategories: z.boolean(),
})
export type Impact = z.infer<typeof ImpactSchema>

export const RunningClockSchema = z.object({
  breachId: z.string(),
  ref: z.string(),
  title: z.string(),
  clockId: z.string(),
  regime: RegimeSchema,
  deadline: z.string(),
  status: ClockStatusValueSchema,
  legal: z.boolean(),
  reasonRequired: z.boolean(),
})
export const RunningClocksSchema = z.object({ clocks: z.array(RunningClockSchema), now: z.string(), timeZone: z.string() })
