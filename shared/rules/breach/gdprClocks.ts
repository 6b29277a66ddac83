// GDPR / UK GDPR Art. 33(1): controller -> supervisory authority within 72 hours of awareness
// (REFERENCE.md §4.1, §4.3; §8 Q11, Q12, Q16, Q17).
import { z } from 'zod'
import { addHours, secondsBetween, utcSeconds } from '../calendar'
import { BreachClockSchema, makeClock } from './clock'
import { ELAPSED_HOURS, wallClockNote } from './explain'
import { msg, phrase } from './messages'
import { InstantSchema, ZoneSchema } from './schemas'

export const GDPR_SA_HOURS = 72

export const GdprClocksInputSchema = z.object({
  regime: z.enum(['gdpr', 'uk_gdpr']).default('gdpr'),
  /** Controller's awareness: "reasonable degree of certainty" (EDPB Guidelines 9/2022; §8 Q11). */
  awareAt: InstantSchema,
  /** When the controller's processor became aware, if known (§8 Q12). */
  processorAwareAt: InstantSchema.optional(),
  tz: ZoneSchema,
})
export type GdprClocksInput = z.input<typeof GdprClocksInputSchema>

export const GdprClocksSchema = z.object({
  controller: BreachClockSchema,
  /** processorAwareAt + 72 h, the safer reading shown beside the controller's clock. */
  fromProcessorAwareness: BreachClockSchema.optional(),
  /** The earlier of the two: the one to work to. */
  effective: BreachClockSchema,
})
export type GdprClocks = z.infer<typeof GdprClocksSchema>

const LAW = { gdpr: 'GDPR Art. 33(1)', uk_gdpr: 'UK GDPR Art. 33(1)' } as const

/** due = awareAt + 72 elapsed hours: no working-day roll, DST irrelevant (§8 Q16-17). */
export function gdprClocks(input: GdprClocksInput): GdprClocks {
  const { regime, awareAt, processorAwareAt, tz } = GdprClocksInputSchema.parse(input)
  const law = LAW[regime]
  const names = { sa: phrase(`names.notifySa.${regime}`), law: phrase(`names.law33_1.${regime}`) }
  const deadline = addHours(awareAt, GDPR_SA_HOURS)
  const controller = makeClock(
    {
      id: `${regime}.sa`,
      regime,
      labelMessage: msg('gdpr.label', names),
      recipient: 'supervisory_authority',
      startEvent: 'awareness',
      startAt: awareAt,
      period: { value: GDPR_SA_HOURS, unit: 'hours' },
      deadline,
      isLegalPeriod: true,
      source: `${law}; EDPB Guidelines 9/2022; Reg. 1182/71 Art. 3(4)`,
      explanationMessages: [
        msg('gdpr.explain', { ...names, awareAt: utcSeconds(awareAt), deadline: utcSeconds(deadline) }),
        ELAPSED_HOURS,
        ...wallClockNote(awareAt, deadline, GDPR_SA_HOURS, tz),
        msg('gdpr.lateReasons'),
      ],
    },
    tz,
  )
  if (!processorAwareAt) return { controller, effective: controller }

  const safer = addHours(processorAwareAt, GDPR_SA_HOURS)
  const fromProcessorAwareness = makeClock(
    {
      id: `${regime}.sa.fromProcessorAwareness`,
      regime,
      labelMessage: msg('gdpr.saferLabel', { sa: names.sa }),
      recipient: 'supervisory_authority',
      startEvent: 'processor_awareness',
      startAt: processorAwareAt,
      period: { value: GDPR_SA_HOURS, unit: 'hours' },
      deadline: safer,
      isLegalPeriod: true,
      saferReadingOf: controller.id,
      // Two readings (REFERENCE.md §8 Q12): the earlier deadline is taken; the explanation says so.
      source: `${law}, Art. 33(2); EDPB Guidelines 9/2022`,
      explanationMessages: [
        msg('gdpr.saferExplain', {
          processorAwareAt: utcSeconds(processorAwareAt),
          deadline: utcSeconds(safer),
          ownDeadline: utcSeconds(deadline),
        }),
        ...wallClockNote(processorAwareAt, safer, GDPR_SA_HOURS, tz),
      ],
    },
    tz,
  )
  // Strictly earlier only: on a tie the controller's own clock stays the one shown as effective.
  const effective = secondsBetween(safer, deadline) > 0 ? fromProcessorAwareness : controller
  return { controller, fromProcessorAwareness, effective }
}
