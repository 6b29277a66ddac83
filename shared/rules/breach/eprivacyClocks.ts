// ePrivacy Directive 2002/58/EC Art. 4(3) with Commission Regulation (EU) 611/2013 Art. 2: providers of
// public electronic communications services -> competent national authority (REFERENCE.md §4.4).
import { z } from 'zod'
import { addHours } from '../calendar'
import { BreachClockSchema, makeClock } from './clock'
import { both, ELAPSED_HOURS, wallClockNote } from './explain'
import { InstantSchema, ZoneSchema } from './schemas'

export const EprivacyClocksInputSchema = z.object({
  /** Detection: sufficient awareness that a breach occurred (Reg. 611/2013 Art. 2(2)). */
  detectedAt: InstantSchema,
  tz: ZoneSchema,
  /** When the initial notification was submitted, if it was. */
  initialSubmittedAt: InstantSchema.optional(),
})
export type EprivacyClocksInput = z.input<typeof EprivacyClocksInputSchema>

export const EprivacyClocksSchema = z.object({
  initial: BreachClockSchema,
  /** Remaining information when the initial notification was incomplete (Art. 2(3)). */
  remainder: BreachClockSchema,
})
export type EprivacyClocks = z.infer<typeof EprivacyClocksSchema>

const LAW = 'Commission Regulation (EU) 611/2013 Art. 2'

export function eprivacyClocks(input: EprivacyClocksInput): EprivacyClocks {
  const { detectedAt, tz, initialSubmittedAt } = EprivacyClocksInputSchema.parse(input)
  const due = addHours(detectedAt, 24)
  const initial = makeClock({
    id: 'eprivacy.initial',
    regime: 'eprivacy',
    label: 'Notify the competent national authority (Reg. 611/2013 Art. 2(2))',
    recipient: 'competent_authority',
    startEvent: 'detection',
    startAt: detectedAt,
    period: { value: 24, unit: 'hours' },
    deadline: due,
    isLegalPeriod: true,
    source: `${LAW}(2); Directive 2002/58/EC Art. 4(3)`,
    explanation:
      `Notify the competent national authority no later than 24 hours after detecting the breach, where feasible (${LAW}(2)): ` +
      `detected ${both(detectedAt, tz)}, due ${both(due, tz)}. ${ELAPSED_HOURS}` +
      wallClockNote(detectedAt, due, 24, tz) +
      ' If not all information is available, send what you have by then and the rest within 3 days after it.',
  })
  // "Within three days after the initial notification": read as 72 elapsed hours, which always ends
  // before a Reg. 1182/71 day count (end of the third day, rolled to a working day) would: the safer date.
  const from = initialSubmittedAt ?? initial.deadline
  const rest = addHours(from, 72)
  const remainder = makeClock({
    id: 'eprivacy.remainder',
    regime: 'eprivacy',
    label: 'Remaining information, if the initial notification was incomplete (Reg. 611/2013 Art. 2(3))',
    recipient: 'competent_authority',
    startEvent: initialSubmittedAt ? 'submission_of_initial' : 'initial_deadline',
    startAt: from,
    period: { value: 72, unit: 'hours' },
    deadline: rest,
    isLegalPeriod: true,
    source: `${LAW}(3)`,
    explanation:
      `When the initial notification was incomplete, the remaining information is due within 3 days after it (${LAW}(3)), ` +
      `counted here as 72 hours from ${initialSubmittedAt ? 'its submission' : 'its deadline (it moves earlier when the initial notification is sent earlier)'} ` +
      `${both(from, tz)}: due ${both(rest, tz)}. Counting in hours gives the earlier, safer date.`,
  })
  return { initial, remainder }
}
