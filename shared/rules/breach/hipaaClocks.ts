// US HIPAA Breach Notification Rule, 45 CFR 164.404-410 (REFERENCE.md §4.4): counted in calendar days
// from discovery (the day the breach is known, or would have been known with reasonable diligence).
import { z } from 'zod'
import { addDays, endOfLocalDay, localDateOf, utcSeconds, type LocalDate } from '../calendar'
import { makeClock, type BreachClock, type Recipient } from './clock'
import { msg, phrase, type BreachMessage } from './messages'
import { BreachRoleSchema, InstantSchema, ZoneSchema } from './schemas'

export const HIPAA_DAYS = 60

export const HipaaClocksInputSchema = z.object({
  discoveredAt: InstantSchema,
  /** The covered entity's zone: the discovery date is the local calendar date there. */
  tz: ZoneSchema,
  /** controller = covered entity; processor = business associate (164.410). */
  role: BreachRoleSchema.default('controller'),
  /** Individuals affected; unknown = treated as 500 or more (the earlier HHS date). */
  affectedIndividuals: z.number().int().nonnegative().optional(),
  /** Most residents of any one State affected; unknown = media notice shown (the broader duty). */
  maxResidentsInOneState: z.number().int().nonnegative().optional(),
})
export type HipaaClocksInput = z.input<typeof HipaaClocksInputSchema>

export function hipaaClocks(input: HipaaClocksInput): BreachClock[] {
  const { discoveredAt, tz, role, affectedIndividuals, maxResidentsInOneState } =
    HipaaClocksInputSchema.parse(input)
  const discoveredOn = localDateOf(discoveredAt, tz)
  const within60 = addDays(discoveredOn, HIPAA_DAYS)
  const make = (
    id: 'businessAssociate' | 'individuals' | 'hhs' | 'hhsLog' | 'media',
    recipient: Recipient,
    source: string,
    deadlineDate: LocalDate,
    explanation: BreachMessage,
    yearEnd = false,
  ): BreachClock =>
    makeClock(
      {
        id: `hipaa.${id}`,
        regime: 'hipaa',
        labelMessage: msg(`hipaa.${id}.label`),
        recipient,
        startEvent: yearEnd ? 'end_of_calendar_year' : 'discovery',
        startAt: yearEnd ? endOfLocalDay(`${discoveredOn.slice(0, 4)}-12-31`, tz) : discoveredAt,
        period: { value: HIPAA_DAYS, unit: 'calendar_days' },
        deadline: endOfLocalDay(deadlineDate, tz),
        deadlineDate,
        isLegalPeriod: true,
        source,
        explanationMessages: [explanation],
      },
      tz,
    )
  // "no later than 60 calendar days after discovery: discovered …, i.e. on …; due by … in …"
  const sixty = { discoveredAt: utcSeconds(discoveredAt), discoveredOn, deadlineDate: within60, tz }

  if (role === 'processor') {
    return [
      make('businessAssociate', 'controller', '45 CFR 164.410(b)', within60, msg('hipaa.businessAssociate.explain', sixty)),
    ]
  }

  const clocks = [make('individuals', 'individuals', '45 CFR 164.404(b)', within60, msg('hipaa.individuals.explain', sixty))]
  if (affectedIndividuals === undefined || affectedIndividuals >= 500) {
    const assumed = affectedIndividuals === undefined ? phrase('hipaa.hhs.assumed') : ''
    clocks.push(make('hhs', 'hhs', '45 CFR 164.408(b)', within60, msg('hipaa.hhs.explain', { ...sixty, assumed })))
  } else {
    const year = discoveredOn.slice(0, 4)
    const logDate = addDays(`${year}-12-31`, HIPAA_DAYS)
    clocks.push(
      make('hhsLog', 'hhs', '45 CFR 164.408(c)', logDate, msg('hipaa.hhsLog.explain', { year, deadlineDate: logDate }), true),
    )
  }
  if (maxResidentsInOneState === undefined || maxResidentsInOneState > 500) {
    const assumed = maxResidentsInOneState === undefined ? phrase('hipaa.media.assumed') : ''
    clocks.push(make('media', 'media', '45 CFR 164.406(b)', within60, msg('hipaa.media.explain', { ...sixty, assumed })))
  }
  return clocks
}
