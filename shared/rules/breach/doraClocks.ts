// DORA Regulation (EU) 2022/2554 Art. 19(4) with RTS Del. Reg. (EU) 2025/301 Art. 5: major ICT-related
// incident -> competent authority. Initial: 4 h after classification as major and at most 24 h after
// awareness; intermediate: 72 h after the initial notification is submitted; final: one month after the
// latest intermediate report (REFERENCE.md §4.4; §8 Q22, Q23).
import { z } from 'zod'
import { addHours, addMonthsToInstant, secondsBetween } from '../calendar'
import { BreachClockSchema, makeClock } from './clock'
import { both, ELAPSED_HOURS, wallClockNote } from './explain'
import { InstantSchema, ZoneSchema } from './schemas'

export const DoraClocksInputSchema = z.object({
  awareAt: InstantSchema,
  /** Classification as major (Del. Reg. (EU) 2024/1772). Unknown: only the 24 h cap can be shown. */
  classifiedAt: InstantSchema.optional(),
  tz: ZoneSchema,
  initialSubmittedAt: InstantSchema.optional(),
  /** The latest intermediate report actually submitted. */
  intermediateSubmittedAt: InstantSchema.optional(),
})
export type DoraClocksInput = z.input<typeof DoraClocksInputSchema>

export const DoraClocksSchema = z.object({
  initial: BreachClockSchema,
  intermediate: BreachClockSchema,
  final: BreachClockSchema,
})
export type DoraClocks = z.infer<typeof DoraClocksSchema>

const RTS = 'DORA Art. 19(4); RTS Del. Reg. (EU) 2025/301 Art. 5'

export function doraClocks(input: DoraClocksInput): DoraClocks {
  const { awareAt, classifiedAt, tz, initialSubmittedAt, intermediateSubmittedAt } =
    DoraClocksInputSchema.parse(input)
  const cap = addHours(awareAt, 24)
  const fromClass = classifiedAt ? addHours(classifiedAt, 4) : undefined
  // min(classification + 4 h, awareness + 24 h); on a tie either reading gives the same instant.
  const byClass = fromClass !== undefined && secondsBetween(fromClass, cap) > 0
  const initialDue = byClass && fromClass ? fromClass : cap
  let why: string
  if (!classifiedAt || !fromClass) {
    why = `Not yet classified as major: shown is the cap of 24 hours after awareness; once classified, 4 hours after classification may come earlier.`
  } else if (byClass) {
    why = `4 hours after classification as major (classified ${both(classifiedAt, tz)}) comes before 24 hours after awareness, ${both(cap, tz)}.`
  } else {
    why = `24 hours after awareness comes first; 4 hours after classification as major would be ${both(fromClass, tz)}.`
  }
  const initial = makeClock({
    id: 'dora.initial',
    regime: 'dora',
    label: 'Initial notification to the competent authority (DORA Art. 19(4)(a))',
    recipient: 'competent_authority',
    startEvent: byClass ? 'classification' : 'awareness',
    startAt: byClass && classifiedAt ? classifiedAt : awareAt,
    period: { value: byClass ? 4 : 24, unit: 'hours' },
    deadline: initialDue,
    isLegalPeriod: true,
    source: RTS,
    explanation:
      `Initial notification within 4 hours of classifying the incident as major and at most 24 hours after becoming aware (${RTS}): ` +
      `due ${both(initialDue, tz)}. ${why} ${ELAPSED_HOURS} Any weekend or holiday relief for some entities is not applied here (earlier date kept).`,
  })

  const interFrom = initialSubmittedAt ?? initial.deadline
  const interDue = addHours(interFrom, 72)
  const intermediate = makeClock({
    id: 'dora.intermediate',
    regime: 'dora',
    label: 'Intermediate report (DORA Art. 19(4)(b))',
    recipient: 'competent_authority',
    startEvent: initialSubmittedAt ? 'submission_of_initial' : 'initial_deadline',
    startAt: interFrom,
    period: { value: 72, unit: 'hours' },
    deadline: interDue,
    isLegalPeriod: true,
    source: `${RTS}; REFERENCE.md §8 Q22`,
    explanation:
      (initialSubmittedAt
        ? `Intermediate report within 72 hours after the initial notification was submitted (${both(interFrom, tz)}): due ${both(interDue, tz)}.`
        : `Intermediate report within 72 hours after the initial notification is submitted. Not yet submitted, so counted from its deadline ${both(interFrom, tz)}: due ${both(interDue, tz)}; it moves earlier when the initial notification is sent earlier.`) +
      wallClockNote(interFrom, interDue, 72, tz) +
      ' Send an updated intermediate report when regular activities have been recovered.',
  })

  const finalFrom = intermediateSubmittedAt ?? intermediate.deadline
  const finalDue = addMonthsToInstant(finalFrom, 1, tz)
  const final = makeClock({
    id: 'dora.final',
    regime: 'dora',
    label: 'Final report (DORA Art. 19(4)(c))',
    recipient: 'competent_authority',
    startEvent: intermediateSubmittedAt ? 'submission_of_intermediate' : 'intermediate_deadline',
    startAt: finalFrom,
    period: { value: 1, unit: 'months' },
    deadline: finalDue,
    isLegalPeriod: true,
    source: `${RTS}; REFERENCE.md §8 Q23`,
    explanation:
      (intermediateSubmittedAt
        ? `Final report within one month after the latest intermediate report (submitted ${both(finalFrom, tz)}): due ${both(finalDue, tz)}.`
        : `Final report within one month after the latest intermediate report. None submitted yet, so counted from the intermediate deadline ${both(finalFrom, tz)}: due ${both(finalDue, tz)}; it counts from the latest intermediate report actually submitted.`) +
      ` One month = the same local time in ${tz} a calendar month later; never moved to a working day.`,
  })
  return { initial, intermediate, final }
}
