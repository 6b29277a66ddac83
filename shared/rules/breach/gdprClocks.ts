// GDPR / UK GDPR Art. 33(1): controller -> supervisory authority within 72 hours of awareness
// (REFERENCE.md §4.1, §4.3; §8 Q11, Q12, Q16, Q17).
import { z } from 'zod'
import { addHours, secondsBetween } from '../calendar'
import { BreachClockSchema, makeClock } from './clock'
import { both, ELAPSED_HOURS, wallClockNote } from './explain'
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

const names = {
  gdpr: { law: 'GDPR Art. 33(1)', sa: 'the supervisory authority' },
  uk_gdpr: { law: 'UK GDPR Art. 33(1)', sa: 'the ICO' },
} as const

/** due = awareAt + 72 elapsed hours: no working-day roll, DST irrelevant (§8 Q16-17). */
export function gdprClocks(input: GdprClocksInput): GdprClocks {
  const { regime, awareAt, processorAwareAt, tz } = GdprClocksInputSchema.parse(input)
  const n = names[regime]
  const deadline = addHours(awareAt, GDPR_SA_HOURS)
  const controller = makeClock({
    id: `${regime}.sa`,
    regime,
    label: `Notify ${n.sa} (${n.law})`,
    recipient: 'supervisory_authority',
    startEvent: 'awareness',
    startAt: awareAt,
    period: { value: GDPR_SA_HOURS, unit: 'hours' },
    deadline,
    isLegalPeriod: true,
    source: `${n.law}; EDPB Guidelines 9/2022; Reg. 1182/71 Art. 3(4)`,
    explanation:
      `Notify ${n.sa} without undue delay and not later than 72 hours after becoming aware (${n.law}): ` +
      `aware ${both(awareAt, tz)}, due ${both(deadline, tz)}. ${ELAPSED_HOURS}` +
      wallClockNote(awareAt, deadline, GDPR_SA_HOURS, tz) +
      ' A later notification must give the reasons for the delay.',
  })
  if (!processorAwareAt) return { controller, effective: controller }

  const safer = addHours(processorAwareAt, GDPR_SA_HOURS)
  const fromProcessorAwareness = makeClock({
    id: `${regime}.sa.fromProcessorAwareness`,
    regime,
    label: `Notify ${n.sa}, counted from the processor's awareness (safer reading)`,
    recipient: 'supervisory_authority',
    startEvent: 'processor_awareness',
    startAt: processorAwareAt,
    period: { value: GDPR_SA_HOURS, unit: 'hours' },
    deadline: safer,
    isLegalPeriod: true,
    saferReadingOf: controller.id,
    source: `${n.law}, Art. 33(2); EDPB Guidelines 9/2022; REFERENCE.md §8 Q12`,
    explanation:
      `Your processor became aware ${both(processorAwareAt, tz)}; 72 hours from then is ${both(safer, tz)}. ` +
      `In principle the controller is aware once the processor informs it, but a processor's delay does not protect the controller, ` +
      `so the app shows this deadline beside the one counted from your own awareness (${both(deadline, tz)}) and works to the earlier.` +
      wallClockNote(processorAwareAt, safer, GDPR_SA_HOURS, tz),
  })
  // Strictly earlier only: on a tie the controller's own clock stays the one shown as effective.
  const effective = secondsBetween(safer, deadline) > 0 ? fromProcessorAwareness : controller
  return { controller, fromProcessorAwareness, effective }
}
