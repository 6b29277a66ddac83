// The clock model every breach regime produces (issue 6 item 1; REFERENCE.md §4.4).
import { z } from 'zod'
import { secondsBetween, utcSeconds, type Instant } from '../calendar'
import { BreachMessageSchema, englishText } from './messages'
import { InstantSchema, LocalDateSchema, RegimeSchema } from './schemas'

/** What starts a clock: each runs independently from its own trigger (REFERENCE.md §4.4, last paragraph). */
export const StartEventSchema = z.enum([
  'awareness', // GDPR Art. 33(1), NIS2 Art. 23(4), DORA Art. 19, FADP Art. 24, LGPD "conhecimento"
  'processor_awareness', // GDPR Art. 33(2); §8 Q12
  'classification', // DORA: classified as major (Del. Reg. 2024/1772)
  'detection', // Reg. 611/2013 Art. 2(2)
  'discovery', // HIPAA 45 CFR 164.404(a)(2)
  'submission_of_initial', // DORA intermediate, Reg. 611/2013 remaining information
  'submission_of_notification', // NIS2 final report
  'submission_of_intermediate', // DORA final report
  'initial_deadline', // before the initial report is sent (§8 Q22)
  'notification_deadline', // NIS2 final report, latest possible
  'intermediate_deadline', // DORA final report before the intermediate report is sent
  'end_of_calendar_year', // HIPAA HHS log for fewer than 500 individuals, 164.408(c)
])
export type StartEvent = z.infer<typeof StartEventSchema>

export const RecipientSchema = z.enum([
  'supervisory_authority', // SA / ICO / FDPIC / ANPD
  'controller', // from a processor or business associate
  'csirt_or_competent_authority', // NIS2
  'competent_authority', // DORA, Reg. 611/2013 national authority
  'individuals', // data subjects
  'hhs', // US Secretary of Health and Human Services
  'media', // HIPAA 164.406
])
export type Recipient = z.infer<typeof RecipientSchema>

export const PeriodSchema = z.object({
  value: z.number().positive(),
  unit: z.enum(['hours', 'business_days', 'calendar_days', 'months']),
})

export const BreachClockSchema = z.object({
  /** Stable key, e.g. 'gdpr.sa', 'nis2.earlyWarning' (also the i18n key later). */
  id: z.string().min(1),
  regime: RegimeSchema,
  /** English name of the clock with its citation (what `pwb deadline breach` prints); see labelMessage. */
  label: z.string().min(1),
  /** The name as an i18n message (`rules` in shared/i18n/en/breach.ts), for any language. */
  labelMessage: BreachMessageSchema,
  recipient: RecipientSchema,
  startEvent: StartEventSchema,
  startAt: InstantSchema,
  period: PeriodSchema,
  /** UTC, 'YYYY-MM-DDTHH:MM:SSZ'. For day-counted clocks, the last second of `deadlineDate` in the zone. */
  deadline: InstantSchema,
  /** Set for clocks counted in days: the due date in the entity's zone. */
  deadlineDate: LocalDateSchema.optional(),
  /** false = a target the app sets and the user can change (e.g. "without undue delay"), not a period in law. */
  isLegalPeriod: z.boolean(),
  /** Set when this clock is a safer reading shown beside another clock (REFERENCE.md §8 Q12). */
  saferReadingOf: z.string().optional(),
  /** Article or guideline the clock rests on. */
  source: z.string().min(1),
  /** Plain English with ISO stamps: what runs from when, and why this instant (the CLI prints it). */
  explanation: z.string().min(1),
  /** The same explanation as i18n messages (instants as parameters), for screens and reports in any language. */
  explanationMessages: z.array(BreachMessageSchema).min(1),
})
export type BreachClock = z.infer<typeof BreachClockSchema>

/**
 * Builds a clock with instants written exactly 'YYYY-MM-DDTHH:MM:SSZ' (sub-second parts dropped: earlier,
 * never later), and its English `label`/`explanation` rendered from the messages (instants in UTC and `tz`).
 */
export function makeClock(c: Omit<BreachClock, 'label' | 'explanation'>, tz: string): BreachClock {
  return {
    ...c,
    label: englishText([c.labelMessage]),
    explanation: englishText(c.explanationMessages, tz),
    startAt: utcSeconds(c.startAt),
    deadline: utcSeconds(c.deadline),
  }
}

/** The earlier of two instants (the safer deadline). */
export function earlierOf(a: Instant, b: Instant): Instant {
  return secondsBetween(a, b) >= 0 ? a : b
}
