// Brazil LGPD Art. 48 with Resolution CD/ANPD 15/2024: communicate a security incident to the ANPD and to
// the data subjects within 3 business days of knowing that it affected personal data; doubled for
// small-scale processing agents (REFERENCE.md §4.4).
import { z } from 'zod'
import { addBusinessDays, endOfLocalDay, holidayCalendar, localDateOf, utcSeconds } from '../calendar'
import { BreachClockSchema, makeClock, type BreachClock } from './clock'
import { msg, phrase } from './messages'
import { InstantSchema, ZoneSchema } from './schemas'

export const LGPD_BUSINESS_DAYS = 3

export const LgpdClocksInputSchema = z.object({
  /** Knowledge that the incident affected personal data (Res. CD/ANPD 15/2024 Art. 6). */
  awareAt: InstantSchema,
  /** The entity's zone, e.g. America/Sao_Paulo: the business days are counted on its calendar dates. */
  tz: ZoneSchema,
  /** Small-scale processing agent (Res. CD/ANPD 2/2022): periods doubled. */
  smallAgent: z.boolean().default(false),
})
export type LgpdClocksInput = z.input<typeof LgpdClocksInputSchema>

export const LgpdClocksSchema = z.object({ anpd: BreachClockSchema, dataSubjects: BreachClockSchema })
export type LgpdClocks = z.infer<typeof LgpdClocksSchema>

export function lgpdClocks(input: LgpdClocksInput): LgpdClocks {
  const { awareAt, tz, smallAgent } = LgpdClocksInputSchema.parse(input)
  const days = smallAgent ? LGPD_BUSINESS_DAYS * 2 : LGPD_BUSINESS_DAYS
  const knownOn = localDateOf(awareAt, tz)
  // The day of knowledge is not counted; Saturdays, Sundays and Brazilian national holidays are skipped.
  const deadlineDate = addBusinessDays(knownOn, days, holidayCalendar('BR'))
  const deadline = endOfLocalDay(deadlineDate, tz)
  const make = (id: 'anpd' | 'dataSubjects', article: string): BreachClock =>
    makeClock(
      {
        id: `lgpd.${id}`,
        regime: 'lgpd',
        labelMessage: msg(`lgpd.${id}.label`),
        recipient: id === 'anpd' ? 'supervisory_authority' : 'individuals',
        startEvent: 'awareness',
        startAt: awareAt,
        period: { value: days, unit: 'business_days' },
        deadline,
        deadlineDate,
        isLegalPeriod: true,
        source: `LGPD Art. 48; Res. CD/ANPD 15/2024 ${article}${smallAgent ? '; Res. CD/ANPD 2/2022 (small agents)' : ''}`,
        explanationMessages: [
          msg(`lgpd.${id}.explain`, {
            days,
            smallAgent: smallAgent ? phrase('lgpd.smallAgent') : '',
            awareAt: utcSeconds(awareAt),
            knownOn,
            deadlineDate,
            tz,
          }),
        ],
      },
      tz,
    )
  // Art. 9 (data subjects) is cited from knowledge, not re-confirmed against the primary text (unverified here).
  return { anpd: make('anpd', 'Art. 6'), dataSubjects: make('dataSubjects', 'Art. 9') }
}
