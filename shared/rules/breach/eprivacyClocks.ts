// ePrivacy Directive 2002/58/EC Art. 4(3) with Commission Regulation (EU) 611/2013 Art. 2: providers of
// public electronic communications services -> competent national authority (REFERENCE.md §4.4).
import { z } from 'zod'
import { addHours, utcSeconds } from '../calendar'
import { BreachClockSchema, makeClock } from './clock'
import { ELAPSED_HOURS, wallClockNote } from './explain'
import { msg } from './messages'
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
  const initial = makeClock(
    {
      id: 'eprivacy.initial',
      regime: 'eprivacy',
      labelMessage: msg('eprivacy.initial.label'),
      recipient: 'competent_authority',
      startEvent: 'detection',
      startAt: detectedAt,
      period: { value: 24, unit: 'hours' },
      deadline: due,
      isLegalPeriod: true,
      source: `${LAW}(2); Directive 2002/58/EC Art. 4(3)`,
      explanationMessages: [
        msg('eprivacy.initial.explain', { detectedAt: utcSeconds(detectedAt), deadline: utcSeconds(due) }),
        ELAPSED_HOURS,
        ...wallClockNote(detectedAt, due, 24, tz),
        msg('eprivacy.initial.rest'),
      ],
    },
    tz,
  )
  // "Within three days after the initial notification": read as 72 elapsed hours, which always ends
  // before a Reg. 1182/71 day count (end of the third day, rolled to a working day) would: the safer date.
  const from = initialSubmittedAt ?? initial.deadline
  const rest = addHours(from, 72)
  const remainder = makeClock(
    {
      id: 'eprivacy.remainder',
      regime: 'eprivacy',
      labelMessage: msg('eprivacy.remainder.label'),
      recipient: 'competent_authority',
      startEvent: initialSubmittedAt ? 'submission_of_initial' : 'initial_deadline',
      startAt: from,
      period: { value: 72, unit: 'hours' },
      deadline: rest,
      isLegalPeriod: true,
      source: `${LAW}(3)`,
      explanationMessages: [
        msg(initialSubmittedAt ? 'eprivacy.remainder.submitted' : 'eprivacy.remainder.latest', {
          from: utcSeconds(from),
          deadline: utcSeconds(rest),
        }),
      ],
    },
    tz,
  )
  return { initial, remainder }
}
