// US HIPAA Breach Notification Rule, 45 CFR 164.404-410 (REFERENCE.md §4.4): counted in calendar days
// from discovery (the day the breach is known, or would have been known with reasonable diligence).
import { z } from 'zod'
import { addDays, endOfLocalDay, localDateOf, type LocalDate } from '../calendar'
import { makeClock, type BreachClock, type Recipient } from './clock'
import { both } from './explain'
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
    id: string,
    label: string,
    recipient: Recipient,
    source: string,
    deadlineDate: LocalDate,
    explanation: string,
    yearEnd = false,
  ): BreachClock =>
    makeClock({
      id: `hipaa.${id}`,
      regime: 'hipaa',
      label,
      recipient,
      startEvent: yearEnd ? 'end_of_calendar_year' : 'discovery',
      startAt: yearEnd ? endOfLocalDay(`${discoveredOn.slice(0, 4)}-12-31`, tz) : discoveredAt,
      period: { value: HIPAA_DAYS, unit: 'calendar_days' },
      deadline: endOfLocalDay(deadlineDate, tz),
      deadlineDate,
      isLegalPeriod: true,
      source,
      explanation,
    })
  const sixty = `no later than 60 calendar days after discovery: discovered ${both(discoveredAt, tz)}, i.e. on ${discoveredOn}; due by ${within60} in ${tz}`

  if (role === 'processor') {
    return [
      make(
        'businessAssociate',
        'Notify the covered entity (45 CFR 164.410)',
        'controller',
        '45 CFR 164.410(b)',
        within60,
        `As business associate, notify the covered entity without unreasonable delay and ${sixty} (45 CFR 164.410(b)).`,
      ),
    ]
  }

  const clocks = [
    make(
      'individuals',
      'Notify the affected individuals (45 CFR 164.404)',
      'individuals',
      '45 CFR 164.404(b)',
      within60,
      `Notify each affected individual without unreasonable delay and ${sixty} (45 CFR 164.404(b)). ` +
        'Sixty days is the outer limit, not a safe harbour; a law-enforcement delay (164.412) needs a record.',
    ),
  ]
  if (affectedIndividuals === undefined || affectedIndividuals >= 500) {
    clocks.push(
      make(
        'hhs',
        'Notify HHS, 500 or more individuals (45 CFR 164.408(b))',
        'hhs',
        '45 CFR 164.408(b)',
        within60,
        `With 500 or more individuals affected${affectedIndividuals === undefined ? ' (number not yet known, so assumed)' : ''}, ` +
          `notify the Secretary of HHS at the same time as the individuals, ${sixty} (45 CFR 164.408(b)).`,
      ),
    )
  } else {
    const year = discoveredOn.slice(0, 4)
    const logDate = addDays(`${year}-12-31`, HIPAA_DAYS)
    clocks.push(
      make(
        'hhsLog',
        'Report to HHS in the yearly log, fewer than 500 individuals (45 CFR 164.408(c))',
        'hhs',
        '45 CFR 164.408(c)',
        logDate,
        `With fewer than 500 individuals affected, log the breach and report it to HHS no later than 60 days after the end of calendar year ${year}: by ${logDate} (45 CFR 164.408(c)).`,
        true,
      ),
    )
  }
  if (maxResidentsInOneState === undefined || maxResidentsInOneState > 500) {
    clocks.push(
      make(
        'media',
        'Notify prominent media outlets, more than 500 residents of a State (45 CFR 164.406)',
        'media',
        '45 CFR 164.406(b)',
        within60,
        `When more than 500 residents of a State or jurisdiction are affected${maxResidentsInOneState === undefined ? ' (not yet known, so shown)' : ''}, ` +
          `notify prominent media outlets serving it, ${sixty} (45 CFR 164.406).`,
      ),
    )
  }
  return clocks
}
