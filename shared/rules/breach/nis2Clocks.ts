// NIS2 Directive (EU) 2022/2555 Art. 23(4): significant incident -> CSIRT or competent authority.
// Early warning within 24 h and incident notification within 72 h of awareness; final report within one
// month after the incident notification (REFERENCE.md §4.4; §8 Q23).
import { z } from 'zod'
import { addHours, addMonthsToInstant } from '../calendar'
import { BreachClockSchema, makeClock } from './clock'
import { both, ELAPSED_HOURS, wallClockNote } from './explain'
import { InstantSchema, ZoneSchema } from './schemas'

export const Nis2ClocksInputSchema = z.object({
  /** Awareness of the significant incident (Art. 23(3)-(4)). */
  awareAt: InstantSchema,
  /** The entity's zone: "one month" is the same local wall time a calendar month later there (§8 Q23). */
  tz: ZoneSchema,
  /** When the incident notification (Art. 23(4)(b)) was actually submitted, if it was. */
  notificationSubmittedAt: InstantSchema.optional(),
})
export type Nis2ClocksInput = z.input<typeof Nis2ClocksInputSchema>

export const Nis2ClocksSchema = z.object({
  earlyWarning: BreachClockSchema,
  notification: BreachClockSchema,
  finalReport: BreachClockSchema,
})
export type Nis2Clocks = z.infer<typeof Nis2ClocksSchema>

const LAW = 'NIS2 Directive (EU) 2022/2555 Art. 23(4)'

export function nis2Clocks(input: Nis2ClocksInput): Nis2Clocks {
  const { awareAt, tz, notificationSubmittedAt } = Nis2ClocksInputSchema.parse(input)
  const hourClock = (id: 'earlyWarning' | 'notification', hours: number, letter: string, what: string) => {
    const deadline = addHours(awareAt, hours)
    return makeClock({
      id: `nis2.${id}`,
      regime: 'nis2',
      label: `${what} to the CSIRT or competent authority (NIS2 Art. 23(4)(${letter}))`,
      recipient: 'csirt_or_competent_authority',
      startEvent: 'awareness',
      startAt: awareAt,
      period: { value: hours, unit: 'hours' },
      deadline,
      isLegalPeriod: true,
      source: `${LAW}(${letter})`,
      explanation:
        `${what} without undue delay and within ${hours} hours of becoming aware of the significant incident (${LAW}(${letter})): ` +
        `aware ${both(awareAt, tz)}, due ${both(deadline, tz)}. ${ELAPSED_HOURS}` +
        wallClockNote(awareAt, deadline, hours, tz),
    })
  }
  const earlyWarning = hourClock('earlyWarning', 24, 'a', 'Early warning')
  const notification = hourClock('notification', 72, 'b', 'Incident notification')

  const from = notificationSubmittedAt ?? notification.deadline
  const deadline = addMonthsToInstant(from, 1, tz)
  const finalReport = makeClock({
    id: 'nis2.finalReport',
    regime: 'nis2',
    label: 'Final report (NIS2 Art. 23(4)(d))',
    recipient: 'csirt_or_competent_authority',
    startEvent: notificationSubmittedAt ? 'submission_of_notification' : 'notification_deadline',
    startAt: from,
    period: { value: 1, unit: 'months' },
    deadline,
    isLegalPeriod: true,
    source: `${LAW}(d)-(e); REFERENCE.md §8 Q23`,
    explanation:
      (notificationSubmittedAt
        ? `Final report within one month after the incident notification, submitted ${both(from, tz)}: due ${both(deadline, tz)}.`
        : `Final report within one month after the incident notification. Not yet submitted, so this is the latest possible date: ` +
          `one month after the notification deadline ${both(from, tz)}, i.e. ${both(deadline, tz)}. ` +
          `It moves earlier when the notification is sent earlier.`) +
      ` One month = the same local time in ${tz} on the same day of the next month (the month's last day if that day does not exist); never moved to a working day.` +
      ` If the incident is still ongoing then, send a progress report instead and the final report within one month after handling it (${LAW}(e)).`,
  })
  return { earlyWarning, notification, finalReport }
}
