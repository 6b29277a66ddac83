// Switzerland FADP Art. 24(1): controller -> FDPIC "as quickly as possible" when a breach is likely to
// result in a high risk. No fixed period in law: the app sets a target the user can change (REFERENCE.md §4.4).
import { z } from 'zod'
import { addHours, utcSeconds } from '../calendar'
import { makeClock, type BreachClock } from './clock'
import { msg } from './messages'
import { TargetHoursSchema } from './processorClock'
import { InstantSchema, ZoneSchema } from './schemas'

/** Aligned with the GDPR's 72 h so a Swiss-and-EU breach runs one timetable; changeable. */
export const FADP_TARGET_HOURS = 72

export const FadpClockInputSchema = z.object({
  awareAt: InstantSchema,
  tz: ZoneSchema,
  targetHours: TargetHoursSchema.default(FADP_TARGET_HOURS),
})
export type FadpClockInput = z.input<typeof FadpClockInputSchema>

export function fadpClock(input: FadpClockInput): BreachClock {
  const { awareAt, tz, targetHours } = FadpClockInputSchema.parse(input)
  const deadline = addHours(awareAt, targetHours)
  return makeClock(
    {
      id: 'fadp.fdpic',
      regime: 'fadp',
      labelMessage: msg('fadp.label'),
      recipient: 'supervisory_authority',
      startEvent: 'awareness',
      startAt: awareAt,
      period: { value: targetHours, unit: 'hours' },
      deadline,
      isLegalPeriod: false,
      source: 'FADP Art. 24(1)-(2), (4)',
      explanationMessages: [
        msg('fadp.explain', { hours: targetHours, awareAt: utcSeconds(awareAt), deadline: utcSeconds(deadline) }),
      ],
    },
    tz,
  )
}
