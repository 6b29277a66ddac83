// Every clock that runs for one breach, given the regimes that apply; each runs from its own trigger and
// the list is sorted by earliest deadline (REFERENCE.md §4.4, last paragraph).
import { z } from 'zod'
import { secondsBetween } from '../calendar'
import { BreachClockSchema, type BreachClock } from './clock'
import { doraClocks } from './doraClocks'
import { eprivacyClocks } from './eprivacyClocks'
import { fadpClock, FADP_TARGET_HOURS } from './fadpClock'
import { gdprClocks } from './gdprClocks'
import { hipaaClocks } from './hipaaClocks'
import { lgpdClocks } from './lgpdClocks'
import { nis2Clocks } from './nis2Clocks'
import { PROCESSOR_TARGET_HOURS, processorToControllerClock, TargetHoursSchema } from './processorClock'
import { BreachRoleSchema, InstantSchema, RegimeSchema, ZoneSchema } from './schemas'

/** Regimes with a breach clock today; others (ccpa, quebec "promptly") produce none yet. */
export const CLOCK_REGIMES = ['gdpr', 'uk_gdpr', 'nis2', 'dora', 'eprivacy', 'lgpd', 'fadp', 'hipaa'] as const

export const BreachClocksInputSchema = z.object({
  regimes: z.array(RegimeSchema),
  role: BreachRoleSchema.default('controller'),
  /** The entity's IANA zone: local dates, "one month" and display. */
  tz: ZoneSchema,
  /** The organisation's awareness (as processor: its own awareness). */
  awareAt: InstantSchema,
  /** As controller: when your processor became aware, if recorded (§8 Q12). */
  processorAwareAt: InstantSchema.optional(),
  /** DORA: classification as major. */
  classifiedAt: InstantSchema.optional(),
  /** Reg. 611/2013 detection; defaults to awareAt. */
  detectedAt: InstantSchema.optional(),
  /** HIPAA discovery; defaults to awareAt. */
  discoveredAt: InstantSchema.optional(),
  /** Reports already submitted: later clocks count from them. */
  submitted: z
    .object({
      nis2Notification: InstantSchema,
      doraInitial: InstantSchema,
      doraIntermediate: InstantSchema,
      eprivacyInitial: InstantSchema,
    })
    .partial()
    .default({}),
  processorTargetHours: TargetHoursSchema.default(PROCESSOR_TARGET_HOURS),
  fadpTargetHours: TargetHoursSchema.default(FADP_TARGET_HOURS),
  lgpdSmallAgent: z.boolean().default(false),
  hipaaAffectedIndividuals: z.number().int().nonnegative().optional(),
  hipaaMaxResidentsInOneState: z.number().int().nonnegative().optional(),
})
export type BreachClocksInput = z.input<typeof BreachClocksInputSchema>

export const BreachClockListSchema = z.array(BreachClockSchema)

export function breachClocks(input: BreachClocksInput): BreachClock[] {
  const i = BreachClocksInputSchema.parse(input)
  const { tz, awareAt } = i
  const processor = i.role === 'processor'
  const out: BreachClock[] = []
  for (const regime of new Set(i.regimes)) {
    switch (regime) {
      case 'gdpr':
      case 'uk_gdpr':
      case 'fadp':
        if (processor) {
          out.push(
            processorToControllerClock({
              regime,
              processorAwareAt: awareAt,
              tz,
              targetHours: i.processorTargetHours,
            }),
          )
        } else if (regime === 'fadp') {
          out.push(fadpClock({ awareAt, tz, targetHours: i.fadpTargetHours }))
        } else {
          const g = gdprClocks({ regime, awareAt, processorAwareAt: i.processorAwareAt, tz })
          out.push(g.controller, ...(g.fromProcessorAwareness ? [g.fromProcessorAwareness] : []))
        }
        break
      case 'nis2': {
        const n = nis2Clocks({ awareAt, tz, notificationSubmittedAt: i.submitted.nis2Notification })
        out.push(n.earlyWarning, n.notification, n.finalReport)
        break
      }
      case 'dora': {
        const d = doraClocks({
          awareAt,
          classifiedAt: i.classifiedAt,
          tz,
          initialSubmittedAt: i.submitted.doraInitial,
          intermediateSubmittedAt: i.submitted.doraIntermediate,
        })
        out.push(d.initial, d.intermediate, d.final)
        break
      }
      case 'eprivacy': {
        const e = eprivacyClocks({
          detectedAt: i.detectedAt ?? awareAt,
          tz,
          initialSubmittedAt: i.submitted.eprivacyInitial,
        })
        out.push(e.initial, e.remainder)
        break
      }
      case 'lgpd': {
        // Res. CD/ANPD 15/2024 sets the 3 business days for the controller; no processor (operador) clock is modelled.
        if (processor) break
        const l = lgpdClocks({ awareAt, tz, smallAgent: i.lgpdSmallAgent })
        out.push(l.anpd, l.dataSubjects)
        break
      }
      case 'hipaa':
        out.push(
          ...hipaaClocks({
            discoveredAt: i.discoveredAt ?? awareAt,
            tz,
            role: i.role,
            affectedIndividuals: i.hipaaAffectedIndividuals,
            maxResidentsInOneState: i.hipaaMaxResidentsInOneState,
          }),
        )
        break
      default:
        break
    }
  }
  return out.sort(
    (a, b) => secondsBetween(b.deadline, a.deadline) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}
