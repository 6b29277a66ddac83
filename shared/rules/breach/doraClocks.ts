// DORA Regulation (EU) 2022/2554 Art. 19(4) with RTS Del. Reg. (EU) 2025/301 Art. 5: major ICT-related
// incident -> competent authority. Initial: 4 h after classification as major and at most 24 h after
// awareness; intermediate: 72 h after the initial notification is submitted; final: one month after the
// latest intermediate report (REFERENCE.md §4.4; §8 Q22, Q23).
import { z } from 'zod'
import { addHours, addMonthsToInstant, secondsBetween, utcSeconds } from '../calendar'
import { BreachClockSchema, makeClock } from './clock'
import { ELAPSED_HOURS, wallClockNote } from './explain'
import { msg, type BreachMessage } from './messages'
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
  let why: BreachMessage
  if (!classifiedAt || !fromClass) {
    why = msg('dora.initial.notClassified')
  } else if (byClass) {
    why = msg('dora.initial.byClassification', { classifiedAt: utcSeconds(classifiedAt), cap: utcSeconds(cap) })
  } else {
    why = msg('dora.initial.byCap', { fromClassification: utcSeconds(fromClass) })
  }
  const initial = makeClock(
    {
      id: 'dora.initial',
      regime: 'dora',
      labelMessage: msg('dora.initial.label'),
      recipient: 'competent_authority',
      startEvent: byClass ? 'classification' : 'awareness',
      startAt: byClass && classifiedAt ? classifiedAt : awareAt,
      period: { value: byClass ? 4 : 24, unit: 'hours' },
      deadline: initialDue,
      isLegalPeriod: true,
      source: RTS,
      explanationMessages: [
        msg('dora.initial.explain', { deadline: utcSeconds(initialDue) }),
        why,
        ELAPSED_HOURS,
        msg('dora.initial.noRelief'),
      ],
    },
    tz,
  )

  const interFrom = initialSubmittedAt ?? initial.deadline
  const interDue = addHours(interFrom, 72)
  const intermediate = makeClock(
    {
      id: 'dora.intermediate',
      regime: 'dora',
      labelMessage: msg('dora.intermediate.label'),
      recipient: 'competent_authority',
      startEvent: initialSubmittedAt ? 'submission_of_initial' : 'initial_deadline',
      startAt: interFrom,
      period: { value: 72, unit: 'hours' },
      deadline: interDue,
      isLegalPeriod: true,
      // Two readings (REFERENCE.md §8 Q22): the earlier is taken; the explanation says so.
      source: RTS,
      explanationMessages: [
        msg(initialSubmittedAt ? 'dora.intermediate.submitted' : 'dora.intermediate.latest', {
          from: utcSeconds(interFrom),
          deadline: utcSeconds(interDue),
        }),
        ...wallClockNote(interFrom, interDue, 72, tz),
        msg('dora.intermediate.recovered'),
      ],
    },
    tz,
  )

  const finalFrom = intermediateSubmittedAt ?? intermediate.deadline
  const finalDue = addMonthsToInstant(finalFrom, 1, tz)
  const final = makeClock(
    {
      id: 'dora.final',
      regime: 'dora',
      labelMessage: msg('dora.final.label'),
      recipient: 'competent_authority',
      startEvent: intermediateSubmittedAt ? 'submission_of_intermediate' : 'intermediate_deadline',
      startAt: finalFrom,
      period: { value: 1, unit: 'months' },
      deadline: finalDue,
      isLegalPeriod: true,
      // Two readings (REFERENCE.md §8 Q23): the earlier is taken; the explanation says so.
      source: RTS,
      explanationMessages: [
        msg(intermediateSubmittedAt ? 'dora.final.submitted' : 'dora.final.latest', {
          from: utcSeconds(finalFrom),
          deadline: utcSeconds(finalDue),
        }),
        msg('dora.final.oneMonth', { tz }),
      ],
    },
    tz,
  )
  return { initial, intermediate, final }
}
