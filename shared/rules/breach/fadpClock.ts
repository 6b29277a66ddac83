// Switzerland FADP Art. 24(1): controller -> FDPIC "as quickly as possible" when a breach is likely to
// result in a high risk. No fixed period in law: the app sets a target the user can change (REFERENCE.md §4.4).
import { z } from 'zod'
import { addHours } from '../calendar'
import { makeClock, type BreachClock } from './clock'
import { both } from './explain'
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
  return makeClock({
    id: 'fadp.fdpic',
    regime: 'fadp',
    label: 'Notify the FDPIC (FADP Art. 24(1))',
    recipient: 'supervisory_authority',
    startEvent: 'awareness',
    startAt: awareAt,
    period: { value: targetHours, unit: 'hours' },
    deadline,
    isLegalPeriod: false,
    source: 'FADP Art. 24(1)-(2), (4)',
    explanation:
      `Notify the FDPIC as quickly as possible when the breach is likely to result in a high risk (FADP Art. 24(1)). ` +
      `The law sets no number of hours: this is a target of ${targetHours} hours that you can change, not a legal deadline. ` +
      `Aware ${both(awareAt, tz)}, target ${both(deadline, tz)}. Inform the data subjects too when their protection requires it or the FDPIC asks (Art. 24(4)).`,
  })
}
