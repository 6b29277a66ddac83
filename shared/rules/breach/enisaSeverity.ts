// ENISA, "Recommendations for a methodology of the assessment of severity of personal data breaches",
// v1.0, December 2013: SE = DPC x EI + CB (REFERENCE.md §4.2). The score informs; it decides nothing.
import { z } from 'zod'

/** DPC base scores per data type (ENISA 2013). */
export const DPC_BASE = { simple: 1, behavioural: 2, financial: 3, sensitive: 4 } as const
/** Ease of identification (ENISA 2013). */
export const EI_SCORE = { negligible: 0.25, limited: 0.5, significant: 0.75, maximum: 1 } as const
/** Circumstances of breach, additive (ENISA 2013). */
export const CB_CONFIDENTIALITY = { none: 0, known_recipients: 0.25, unknown_recipients: 0.5 } as const
export const CB_INTEGRITY = { none: 0, recoverable: 0.25, not_recoverable: 0.5 } as const
export const CB_AVAILABILITY = { none: 0, temporary: 0.25, permanent: 0.5 } as const
export const CB_MALICIOUS = 0.5

const keys = <T extends Record<string, number>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]

export const DataTypeSchema = z.enum(keys(DPC_BASE))
export const EaseOfIdentificationSchema = z.enum(keys(EI_SCORE))

export const DpcAdjustmentSchema = z.object({
  /** Up for volume, controller context or vulnerable persons; down for invalid or public data (ENISA 2013). */
  delta: z.number().int().min(-3).max(3),
  reason: z.string().trim().min(1),
})

export const EnisaInputSchema = z.object({
  /** Every data type involved; the highest adjusted score counts. */
  data: z
    .array(z.object({ type: DataTypeSchema, adjustments: z.array(DpcAdjustmentSchema).default([]) }))
    .min(1),
  easeOfIdentification: EaseOfIdentificationSchema,
  /** Exposed to a known number of recipients (0.25) or an unknown number (0.5). */
  confidentiality: z.enum(keys(CB_CONFIDENTIALITY)).default('none'),
  /** Altered but recoverable (0.25) or not recoverable (0.5). */
  integrity: z.enum(keys(CB_INTEGRITY)).default('none'),
  /** Temporarily unavailable (0.25) or permanently lost (0.5). */
  availability: z.enum(keys(CB_AVAILABILITY)).default('none'),
  malicious: z.boolean().default(false),
  /** Recorded beside the score: ENISA lists them as factors outside the formula. */
  individuals: z.number().int().nonnegative().optional(),
  unintelligible: z.boolean().optional(),
})
export type EnisaInput = z.input<typeof EnisaInputSchema>

export const SeverityLevelSchema = z.enum(['low', 'medium', 'high', 'very_high'])
export type SeverityLevel = z.infer<typeof SeverityLevelSchema>

export const EnisaSeveritySchema = z.object({
  dpc: z.number().int().min(1).max(4),
  /** The data type that gave the highest DPC. */
  dpcFrom: DataTypeSchema,
  ei: z.number(),
  cb: z.number(),
  score: z.number(),
  level: SeverityLevelSchema,
  individuals: z.number().int().optional(),
  unintelligible: z.boolean().optional(),
  explanation: z.string(),
})
export type EnisaSeverity = z.infer<typeof EnisaSeveritySchema>

/** low < 2 <= medium < 3 <= high < 4 <= very high (ENISA 2013; REFERENCE.md §4.2). */
export function severityLevel(score: number): SeverityLevel {
  if (score >= 4) return 'very_high'
  if (score >= 3) return 'high'
  if (score >= 2) return 'medium'
  return 'low'
}

const clamp = (n: number) => Math.min(4, Math.max(1, n))

export function enisaSeverity(input: EnisaInput): EnisaSeverity {
  const i = EnisaInputSchema.parse(input)
  const scored = i.data.map((d) => ({
    type: d.type,
    dpc: clamp(DPC_BASE[d.type] + d.adjustments.reduce((s, a) => s + a.delta, 0)),
  }))
  const top = scored.reduce((a, b) => (b.dpc > a.dpc ? b : a))
  const ei = EI_SCORE[i.easeOfIdentification]
  const parts = [
    CB_CONFIDENTIALITY[i.confidentiality],
    CB_INTEGRITY[i.integrity],
    CB_AVAILABILITY[i.availability],
    i.malicious ? CB_MALICIOUS : 0,
  ]
  // All scale values are multiples of 0.25, exact in binary floating point: no rounding needed.
  const cb = parts.reduce((s, p) => s + p, 0)
  const score = top.dpc * ei + cb
  const level = severityLevel(score)
  return {
    dpc: top.dpc,
    dpcFrom: top.type,
    ei,
    cb,
    score,
    level,
    ...(i.individuals !== undefined && { individuals: i.individuals }),
    ...(i.unintelligible !== undefined && { unintelligible: i.unintelligible }),
    explanation:
      `ENISA severity = DPC ${top.dpc} (${top.type} data) x EI ${ei} (${i.easeOfIdentification} identification) + CB ${cb} ` +
      `(confidentiality ${parts[0]}, integrity ${parts[1]}, availability ${parts[2]}, malicious ${parts[3]}) = ${score}: ${level.replace('_', ' ')} ` +
      '(ENISA 2013: below 2 low, from 2 medium, from 3 high, from 4 very high).',
  }
}
