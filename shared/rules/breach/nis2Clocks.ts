// NIS2 Directive (EU) 2022/2555 Art. 23(4): significant incident -> CSIRT or competent authority.
// Early warning within 24 h and incident notification within 72 h of awareness; final report within one
// month after the incident notification (REFERENCE.md §4.4; §8 Q23).
import { z } from 'zod'
import { addHours, addMonthsToInstant, utcSeconds } from '../calendar'
import { BreachClockSchema, makeClock } from './clock'
import { ELAPSED_HOURS, wallClockNote } from './explain'
import { msg } from './messages'
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
  const hourClock = (id: 'earlyWarning' | 'notification', hours: number, letter: string) => {
    const deadline = addHours(awareAt, hours)
    return makeClock(
      {
        id: `nis2.${id}`,
        regime: 'nis2',
        labelMessage: msg(`nis2.${id}.label`),
        recipient: 'csirt_or_competent_authority',
        startEvent: 'awareness',
        startAt: awareAt,
        period: { value: hours, unit: 'hours' },
        deadline,
        isLegalPeriod: true,
        source: `${LAW}(${letter})`,
        explanationMessages: [
          msg(`nis2.${id}.explain`, { awareAt: utcSeconds(awareAt), deadline: utcSeconds(deadline) }),
          ELAPSED_HOURS,
          ...wallClockNote(awareAt, deadline, hours, tz),
        ],
      },
      tz,
    )
  }
  const earlyWarning = hourClock('earlyWarning', 24, 'a')
  const notification = hourClock('notification', 72, 'b')

  const from = notificationSubmittedAt ?? notification.deadline
  const deadline = addMonthsToInstant(from, 1, tz)
  const finalReport = makeClock(
    {
      id: 'nis2.finalReport',
      regime: 'nis2',
      labelMessage: msg('nis2.finalReport.label'),
      recipient: 'csirt_or_competent_authority',
      startEvent: notificationSubmittedAt ? 'submission_of_notification' : 'notification_deadline',
      startAt: from,
      period: { value: 1, unit: 'months' },
      deadline,
      isLegalPeriod: true,
      // Two readings (REFERENCE.md §8 Q23): the earlier is taken; the explanation says so.
      source: `${LAW}(d)-(e)`,
      explanationMessages: [
        msg(notificationSubmittedAt ? 'nis2.finalReport.submitted' : 'nis2.finalReport.latest', {
          from: utcSeconds(from),
          deadline: utcSeconds(deadline),
        }),
        msg('nis2.finalReport.oneMonth', { tz }),
        msg('nis2.finalReport.ongoing'),
      ],
    },
    tz,
  )
  return { earlyWarning, notification, finalReport }
}
