// Which breach regimes apply to one incident: the organisation's declared regimes, narrowed by the facts
// of the incident (REFERENCE.md §4.4: each regime has its own trigger) and widened by where the affected
// people live (§6 last paragraph; EDPB Guidelines 9/2022 para 73). Every answer carries its reason.
import { z } from 'zod'
import { isEea } from '../../reference/countries'
import { type Regime } from '../../reference/regimes'
import { CLOCK_REGIMES } from './breachClocks'
import { BreachMessageSchema, englishText, msg, type BreachMessage } from './messages'
import { RegimeSchema } from './schemas'

export const IncidentFlagsSchema = z.object({
  /** NIS2 Art. 23(3): a significant incident of an essential or important entity. */
  nis2Significant: z.boolean().default(false),
  /** DORA Art. 19: a major ICT-related incident (classification per Del. Reg. (EU) 2024/1772). */
  doraMajor: z.boolean().default(false),
  /** Reg. 611/2013: the breach happened in providing a public electronic communications service. */
  eprivacyService: z.boolean().default(false),
  /** HIPAA 164.402: unsecured protected health information is involved. */
  hipaaPhi: z.boolean().default(false),
})
export type IncidentFlags = z.infer<typeof IncidentFlagsSchema>

export const RegimeExclusionSchema = z.object({ regime: RegimeSchema, reason: z.string().trim().min(1) })

export const ApplicableRegimesInputSchema = z.object({
  /** The organisation profile's regimes. */
  declared: z.array(RegimeSchema),
  flags: IncidentFlagsSchema.default({
    nis2Significant: false,
    doraMajor: false,
    eprivacyService: false,
    hipaaPhi: false,
  }),
  /** Regimes the user documented as not applying to this incident, with the reason. */
  excluded: z.array(RegimeExclusionSchema).default([]),
})
export type ApplicableRegimesInput = z.input<typeof ApplicableRegimesInputSchema>

export const RegimeApplicabilitySchema = z.object({
  regime: RegimeSchema,
  applies: z.boolean(),
  /** i18n-free key of why: 'declared', 'flag_off', 'excluded', 'no_clock'. */
  why: z.enum(['declared', 'flag_off', 'excluded', 'no_clock']),
  /** Plain English; for 'excluded', the user's own words. */
  reason: z.string(),
  /** The app's reason as an i18n message (`rules.regimes.*`); absent for 'excluded' (the user's words). */
  reasonMessage: BreachMessageSchema.optional(),
})
export type RegimeApplicability = z.infer<typeof RegimeApplicabilitySchema>

/** Regimes whose clocks run only when a fact of the incident says so, and that fact. */
export const FLAG_FOR = {
  nis2: 'nis2Significant',
  dora: 'doraMajor',
  eprivacy: 'eprivacyService',
  hipaa: 'hipaaPhi',
} as const satisfies Partial<Record<Regime, keyof IncidentFlags>>

/**
 * Every fact of an incident that only one law reads, and that law: the flags above, and the inputs of the
 * LGPD and FADP clocks (breachClocks.ts). Where the organisation declares none of these laws, their
 * questions are not asked.
 */
export const YES_NO_FACTS_OF_ONE_LAW = [
  ...Object.entries(FLAG_FOR).map(([regime, fact]) => [fact, regime as keyof typeof FLAG_FOR] as const),
  ['lgpdSmallAgent', 'lgpd'] as const,
]
export const FACTS_OF_ONE_LAW = [...YES_NO_FACTS_OF_ONE_LAW, ['fadpTargetHours', 'fadp'] as const]
const isFlagged = (r: Regime): r is keyof typeof FLAG_FOR => r in FLAG_FOR

const because = (m: BreachMessage) => ({ reason: englishText([m]), reasonMessage: m })

/** The declared regimes, each marked as applying to this incident or not, with the reason. */
export function applicableRegimes(input: ApplicableRegimesInput): RegimeApplicability[] {
  const { declared, flags, excluded } = ApplicableRegimesInputSchema.parse(input)
  return [...new Set(declared)].map((regime) => {
    const ex = excluded.find((e) => e.regime === regime)
    if (ex) return { regime, applies: false, why: 'excluded' as const, reason: ex.reason }
    if (!(CLOCK_REGIMES as readonly string[]).includes(regime))
      return { regime, applies: false, why: 'no_clock' as const, ...because(msg('regimes.noClock')) }
    if (isFlagged(regime) && !flags[FLAG_FOR[regime]])
      return { regime, applies: false, why: 'flag_off' as const, ...because(msg(`regimes.flag.${regime}`)) }
    return { regime, applies: true, why: 'declared' as const, ...because(msg('regimes.declared')) }
  })
}

export const appliedRegimes = (list: RegimeApplicability[]): Regime[] =>
  list.filter((r) => r.applies).map((r) => r.regime)

/** Regimes suggested by where affected people live or vendors process, beyond those declared. */
export function regimesSuggestedByCountries(countries: readonly string[], declared: readonly Regime[]): { regime: Regime; country: string }[] {
  const out: { regime: Regime; country: string }[] = []
  const add = (regime: Regime, country: string) => {
    if (!declared.includes(regime) && !out.some((o) => o.regime === regime)) out.push({ regime, country })
  }
  for (const raw of countries) {
    const c = raw.toUpperCase()
    if (c === 'GB' || c === 'UK') add('uk_gdpr', c)
    else if (c === 'CH') add('fadp', c)
    else if (c === 'BR') add('lgpd', c)
    else if (isEea(c)) add('gdpr', c)
  }
  return out
}

/**
 * Authorities to notify under the GDPR: the lead/establishment authority for an EU-established
 * controller (Art. 56); every SA where affected people reside for one established outside the EEA
 * (EDPB Guidelines 9/2022 para 73), the safer reading when it is not known which applies.
 */
export function competentAuthorities(args: {
  establishedIn: string
  leadAuthority?: string
  subjectCountries: readonly string[]
}): { codes: string[]; reason: string; reasonMessage: BreachMessage } {
  const sa = (c: string) => (c.toUpperCase() === 'GB' ? 'UK' : c.toUpperCase())
  if (isEea(args.establishedIn)) {
    const code = args.leadAuthority ?? sa(args.establishedIn)
    return { codes: [code], ...because(msg('authorities.established')) }
  }
  const codes = [...new Set(args.subjectCountries.map(sa))]
  return { codes, ...because(msg('authorities.notEstablished')) }
}
