// Every clock of one stored incident with its status at an injected "now": the clocks come from
// breachClocks (one per applicable regime), the statuses from clockStatus. This file only joins them to
// the incident's record: which notification met which clock, which documented decision makes a clock
// not required (Art. 33(5)), which reasons for delay were recorded (Art. 33(1)). Never reads system time.
import { z } from 'zod'
import { secondsBetween } from '../calendar'
import { breachClocks, type BreachClocksInput } from './breachClocks'
import { type BreachClock, BreachClockSchema } from './clock'
import { clockStatus, ClockStatusSchema, type ClockStatus, type ClockStatusValue } from './clockStatus'
import { InstantSchema } from './schemas'

/**
 * What a decision can switch off. 'authority': the data-protection authority (GDPR/UK GDPR Art. 33(1)
 * "unlikely to result in a risk", FADP Art. 24(1), LGPD Art. 48) and HIPAA's HHS/media notices (164.402
 * "low probability of compromise"). 'subjects': communications to individuals (Art. 34(1), (3)).
 * 'none': clocks no risk decision removes (processor -> controller, NIS2, DORA and Reg. 611/2013, which
 * follow the incident's own classification, not the GDPR risk test).
 */
export type DecisionScope = 'authority' | 'subjects' | 'none'

export function decisionScope(clock: BreachClock): DecisionScope {
  if (clock.regime === 'nis2' || clock.regime === 'dora' || clock.regime === 'eprivacy') return 'none'
  switch (clock.recipient) {
    case 'supervisory_authority':
    case 'hhs':
    case 'media':
      return 'authority'
    case 'individuals':
      return 'subjects'
    default:
      return 'none'
  }
}

/** The clock a notification is logged against: a safer reading is met by its base clock's notification. */
export const satisfiedBy = (clock: BreachClock): string => clock.saferReadingOf ?? clock.id

export const SubjectsDecisionSchema = z.enum(['communicate', 'public_communication', 'exception', 'not_required'])

export const IncidentClocksInputSchema = z.object({
  now: InstantSchema,
  notifications: z.array(z.object({ clockId: z.string().optional(), sentAt: InstantSchema })).default([]),
  decision: z
    .object({
      id: z.string().min(1),
      decidedAt: InstantSchema,
      notifyAuthority: z.boolean(),
      subjects: SubjectsDecisionSchema,
    })
    .optional(),
  /** clockId -> recorded reasons for the delay. */
  delayReasons: z.record(z.string(), z.string()).default({}),
})

export const IncidentClockSchema = z.object({
  clock: BreachClockSchema,
  status: ClockStatusSchema,
  scope: z.enum(['authority', 'subjects', 'none']),
  /** Clock id a notification must name to meet this clock. */
  satisfiedBy: z.string(),
  metAt: InstantSchema.optional(),
})
export type IncidentClock = z.infer<typeof IncidentClockSchema>

// secondsBetween(a, b) = b - a.
const earliest = (xs: string[]) => xs.reduce<string | undefined>((a, b) => (a && secondsBetween(a, b) >= 0 ? a : b), undefined)
const latest = (xs: string[]) => xs.reduce<string | undefined>((a, b) => (a && secondsBetween(a, b) <= 0 ? a : b), undefined)

export function incidentClocks(
  clocksInput: Omit<BreachClocksInput, 'submitted'>,
  input: z.input<typeof IncidentClocksInputSchema>,
): IncidentClock[] {
  const { now, notifications, decision, delayReasons } = IncidentClocksInputSchema.parse(input)
  const sent = (clockId: string) => notifications.filter((n) => n.clockId === clockId).map((n) => n.sentAt)
  // Later reports count from the submission of the earlier one (REFERENCE.md §4.4; §8 Q22).
  const submitted = {
    nis2Notification: earliest(sent('nis2.notification')),
    doraInitial: earliest(sent('dora.initial')),
    doraIntermediate: latest(sent('dora.intermediate')),
    eprivacyInitial: earliest(sent('eprivacy.initial')),
  }
  const clocks = breachClocks({
    ...clocksInput,
    submitted: Object.fromEntries(Object.entries(submitted).filter(([, v]) => v !== undefined)),
  })
  return clocks.map((clock) => {
    const scope = decisionScope(clock)
    const base = satisfiedBy(clock)
    const metAt = earliest(sent(base))
    const off =
      decision &&
      ((scope === 'authority' && !decision.notifyAuthority) ||
        (scope === 'subjects' && (decision.subjects === 'exception' || decision.subjects === 'not_required')))
    const status = clockStatus({
      clock,
      now,
      metAt,
      notRequired: off ? { decisionId: decision.id, decidedAt: decision.decidedAt } : undefined,
      delayReason: delayReasons[clock.id] ?? delayReasons[base],
    })
    return { clock, status, scope, satisfiedBy: base, ...(metAt ? { metAt } : {}) }
  })
}

/** The clock to act on next: the earliest outstanding one (overdue first, as it is earliest). */
export function nextClock(list: readonly IncidentClock[]): IncidentClock | undefined {
  return list
    .filter((c) => c.status.outstanding)
    .sort((a, b) => secondsBetween(b.clock.deadline, a.clock.deadline))[0]
}

const WORST: ClockStatusValue[] = ['missed', 'pending', 'late_with_reason', 'met', 'not_required']

/** One status for the whole incident: the most urgent of its clocks; null when no clock runs. */
export function overallClockStatus(list: readonly IncidentClock[]): ClockStatusValue | null {
  for (const s of WORST) if (list.some((c) => c.status.status === s)) return s
  return null
}

export type { ClockStatus }
