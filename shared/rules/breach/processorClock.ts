// Processor -> controller "without undue delay" (GDPR / UK GDPR Art. 33(2); FADP Art. 24(3) "as quickly
// as possible"). The law sets no hours, so the app sets a target the user can change (REFERENCE.md §4.1).
import { z } from 'zod'
import { addHours, utcSeconds } from '../calendar'
import { makeClock, type BreachClock } from './clock'
import { msg, phrase } from './messages'
import { InstantSchema, ZoneSchema } from './schemas'

/** Contracts usually set 24-48 h (REFERENCE.md §4.1); the app starts from the shorter. */
export const PROCESSOR_TARGET_HOURS = 24

export const TargetHoursSchema = z
  .number()
  .positive()
  .max(24 * 60)

export const ProcessorClockInputSchema = z.object({
  regime: z.enum(['gdpr', 'uk_gdpr', 'fadp']).default('gdpr'),
  processorAwareAt: InstantSchema,
  tz: ZoneSchema,
  targetHours: TargetHoursSchema.default(PROCESSOR_TARGET_HOURS),
})
export type ProcessorClockInput = z.input<typeof ProcessorClockInputSchema>

const law = { gdpr: 'GDPR Art. 33(2)', uk_gdpr: 'UK GDPR Art. 33(2)', fadp: 'FADP Art. 24(3)' } as const
export function processorToControllerClock(input: ProcessorClockInput): BreachClock {
  const { regime, processorAwareAt, tz, targetHours } = ProcessorClockInputSchema.parse(input)
  const deadline = addHours(processorAwareAt, targetHours)
  const lawText = phrase(`names.law33_2.${regime}`)
  return makeClock(
    {
      id: `${regime}.processorToController`,
      regime,
      labelMessage: msg('processor.label', { law: lawText }),
      recipient: 'controller',
      startEvent: 'processor_awareness',
      startAt: processorAwareAt,
      period: { value: targetHours, unit: 'hours' },
      deadline,
      isLegalPeriod: false,
      source: `${law[regime]}; the processing contract may set hours`,
      explanationMessages: [
        msg('processor.explain', {
          wording: phrase(`names.processorWording.${regime}`),
          law: lawText,
          hours: targetHours,
          awareAt: utcSeconds(processorAwareAt),
          deadline: utcSeconds(deadline),
        }),
      ],
    },
    tz,
  )
}
