// Status of one clock at an injected instant (issue 6 item 1). Never reads the system time.
import { z } from 'zod'
import { secondsBetween, utcSeconds } from '../calendar'
import { BreachClockSchema } from './clock'
import { BreachMessageSchema, englishText, msg, type BreachMessage } from './messages'
import { InstantSchema } from './schemas'

export const ClockStatusValueSchema = z.enum(['pending', 'met', 'missed', 'not_required', 'late_with_reason'])
export type ClockStatusValue = z.infer<typeof ClockStatusValueSchema>

export const ClockStatusInputSchema = z.object({
  clock: BreachClockSchema,
  /** The injected "now" (Clock), never Date.now(). */
  now: InstantSchema,
  /** When the notification was sent. */
  metAt: InstantSchema.optional(),
  /** The documented decision that no notification is due (Art. 33(1) "unlikely to result in a risk"; Art. 33(5)). */
  notRequired: z.object({ decisionId: z.string().min(1), decidedAt: InstantSchema.optional() }).optional(),
  /** Reasons for the delay, which must accompany a late notification (Art. 33(1) second sentence). */
  delayReason: z.string().optional(),
})
export type ClockStatusInput = z.input<typeof ClockStatusInputSchema>

export const ClockStatusSchema = z.object({
  clockId: z.string(),
  status: ClockStatusValueSchema,
  deadline: InstantSchema,
  /** deadline - now in whole seconds; negative once the deadline has passed. */
  secondsLeft: z.number().int(),
  /** metAt - deadline in whole seconds, when the notification was sent late. */
  secondsLate: z.number().int().optional(),
  /** True while the clock is legal, late, and no reason for the delay is recorded. */
  reasonRequired: z.boolean(),
  /** True while a notification is still due and not sent. */
  outstanding: z.boolean(),
  decisionId: z.string().optional(),
  delayReason: z.string().optional(),
  /** Plain English, instants in UTC. */
  explanation: z.string(),
  /** The same as i18n messages (`rules.status.*`), for screens, reports and reminders in any language. */
  explanationMessages: z.array(BreachMessageSchema),
})
export type ClockStatus = z.infer<typeof ClockStatusSchema>

/**
 * pending: not sent, deadline not passed (the deadline instant itself is still in time: "not later than").
 * met: sent at or before the deadline.
 * not_required: a documented decision says no notification is due, so the clock never shows as missed.
 * late_with_reason: sent late (or still overdue) with reasons for the delay recorded (Art. 33(1)).
 * missed: deadline passed, no reasons recorded. For targets (isLegalPeriod false) no reason is legally required.
 */
export function clockStatus(input: ClockStatusInput): ClockStatus {
  const { clock, now, metAt, notRequired } = ClockStatusInputSchema.parse(input)
  const reason = input.delayReason?.trim() || undefined
  const legal = clock.isLegalPeriod
  const base = {
    clockId: clock.id,
    deadline: clock.deadline,
    secondsLeft: secondsBetween(now, clock.deadline),
  }
  const gdprLike = clock.regime === 'gdpr' || clock.regime === 'uk_gdpr'
  const late = (at: string) => secondsBetween(clock.deadline, at) > 0
  const explained = (messages: BreachMessage[]) => ({ explanation: englishText(messages), explanationMessages: messages })
  const deadline = clock.deadline

  if (metAt && !late(metAt)) {
    return {
      ...base,
      status: 'met',
      reasonRequired: false,
      outstanding: false,
      ...explained([msg(legal ? 'status.metLegal' : 'status.metTarget', { metAt: utcSeconds(metAt), deadline })]),
    }
  }
  if (notRequired) {
    return {
      ...base,
      status: 'not_required',
      reasonRequired: false,
      outstanding: false,
      decisionId: notRequired.decisionId,
      ...explained([msg('status.notRequired', { decisionId: notRequired.decisionId })]),
    }
  }
  const overdue = metAt ? true : late(now)
  if (!overdue) {
    return {
      ...base,
      status: 'pending',
      reasonRequired: false,
      outstanding: true,
      ...explained([msg(legal ? 'status.pendingLegal' : 'status.pendingTarget', { deadline })]),
    }
  }
  const secondsLate = metAt ? secondsBetween(clock.deadline, metAt) : undefined
  const what = metAt
    ? msg(legal ? 'status.sentLateLegal' : 'status.sentLateTarget', { metAt: utcSeconds(metAt), deadline })
    : msg(legal ? 'status.passedLegal' : 'status.passedTarget', { deadline })
  if (reason) {
    return {
      ...base,
      status: 'late_with_reason',
      secondsLate,
      reasonRequired: false,
      outstanding: !metAt,
      delayReason: reason,
      ...explained([what, msg(gdprLike ? 'status.reasonsRecordedGdpr' : 'status.reasonsRecorded')]),
    }
  }
  return {
    ...base,
    status: 'missed',
    secondsLate,
    reasonRequired: legal,
    outstanding: !metAt,
    ...explained([
      what,
      msg(!legal ? 'status.targetMissed' : gdprLike ? 'status.recordReasonsGdpr' : 'status.recordReasons'),
    ]),
  }
}
