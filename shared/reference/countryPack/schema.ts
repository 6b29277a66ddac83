import { z } from 'zod'
import { isLocalDate } from '../../rules/calendar'
import { COUNTRY_CODE } from '../countries'

// The country pack: dated, sourced reference data a TIA relies on (REFERENCE.md §5). It is a versioned
// data file: the app ships one (builtinPack.ts) and a newer one can be imported from a file, with no
// network. Every entry carries its sources and an `asOf` date, printed "as of YYYY-MM-DD" in reports.
// Messages are i18n keys (common namespace), so a bad file gets an error naming the field.

/** The file format; bump only when the shape changes (a reader refuses formats it does not know). */
export const COUNTRY_PACK_FORMAT = 'pwb-country-pack'
export const COUNTRY_PACK_SCHEMA_VERSION = 1

const date = z
  .string()
  .trim()
  .refine((s) => isLocalDate(s), { message: 'validation.date' })
const text = (max: number) =>
  z.string().trim().min(1, { message: 'validation.required' }).max(max, { message: 'validation.tooLong' })
const country = z.string().trim().toUpperCase().regex(COUNTRY_CODE, { message: 'validation.country' })

export const PackSourceSchema = z.object({
  title: text(300),
  url: z.string().trim().max(500, { message: 'validation.tooLong' }).optional(),
  /** The date the source was read or the state it describes. */
  asOf: date,
  /** REFERENCE.md "(unverified here)": written from established knowledge, not re-checked against the primary text. */
  unverified: z.boolean().default(false),
})
export type PackSource = z.infer<typeof PackSourceSchema>

const sources = z.array(PackSourceSchema).min(1, { message: 'validation.required' })

/** An Art. 45 adequacy decision (REFERENCE.md §5.2): `validFrom`, `validUntil?`, `scope`, `source`. */
export const AdequacyDecisionSchema = z.object({
  /** Stable id, e.g. 'US-DPF', 'GB', 'JP'. */
  id: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{2,16}$/, { message: 'validation.id' }),
  /** ISO country code; absent for an international organisation (the EPO). */
  country: country.optional(),
  name: text(200),
  decision: text(200),
  validFrom: date,
  validUntil: date.optional(),
  /** 'full', or what it covers (Canada: commercial organisations under PIPEDA; the US: the DPF List only). */
  scope: z.enum(['full', 'partial']),
  scopeNote: z.string().trim().max(1000).optional(),
  sources,
  asOf: date,
  unverified: z.boolean().default(false),
})
export type AdequacyDecision = z.infer<typeof AdequacyDecisionSchema>

/** The EU-US Data Privacy Framework and its UK and Swiss extensions (Decision (EU) 2023/1795). */
export const DpfStatusSchema = z.object({
  decision: text(200),
  adoptedOn: date,
  /** Where the user checks an importer's certification by hand (the app makes no online lookup). */
  listUrl: text(300),
  ukExtensionFrom: date.optional(),
  swissFrom: date.optional(),
  status: text(1000),
  sources,
  asOf: date,
  unverified: z.boolean().default(false),
})
export type DpfStatus = z.infer<typeof DpfStatusSchema>

/** A law that may let authorities reach the data at the importer (TIA step 3). */
export const PackLawSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{2,40}$/, { message: 'validation.id' }),
  name: text(200),
  summary: text(2000),
  /** Which importers it reaches, in plain words (e.g. "electronic communication service providers"). */
  appliesTo: z.string().trim().max(500).optional(),
})
export type PackLaw = z.infer<typeof PackLawSchema>

/** The points a TIA asks about a destination (EDPB Rec. 01/2020 step 3, Rec. 02/2020 guarantees). */
export const CountryAssessmentSchema = z.object({
  country,
  name: text(100),
  summary: text(3000),
  laws: z.array(PackLawSchema).default([]),
  oversight: text(2000),
  redress: text(2000),
  /** Notes for exporters in this country (UK IDTA/Addendum, Swiss addendum, local transfer rules). */
  exporterNotes: z.string().trim().max(2000).optional(),
  sources,
  asOf: date,
  unverified: z.boolean().default(false),
})
export type CountryAssessment = z.infer<typeof CountryAssessmentSchema>

export const CountryPackSchema = z
  .object({
    format: z.literal(COUNTRY_PACK_FORMAT, { message: 'validation.invalid' }),
    schemaVersion: z.literal(COUNTRY_PACK_SCHEMA_VERSION, { message: 'validation.invalid' }),
    /** Increases with every release of the data (an import must be newer than what is in use). */
    version: z.number().int({ message: 'validation.number' }).min(1, { message: 'validation.number' }),
    asOf: date,
    publisher: text(200),
    eea: z.array(country).min(1, { message: 'validation.required' }),
    adequacy: z.array(AdequacyDecisionSchema),
    dpf: DpfStatusSchema,
    countries: z.array(CountryAssessmentSchema),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>()
    p.countries.forEach((c, i) => {
      if (seen.has(c.country))
        ctx.addIssue({ code: 'custom', path: ['countries', i, 'country'], message: 'validation.duplicate' })
      seen.add(c.country)
    })
    const ids = new Set<string>()
    p.adequacy.forEach((a, i) => {
      if (ids.has(a.id))
        ctx.addIssue({ code: 'custom', path: ['adequacy', i, 'id'], message: 'validation.duplicate' })
      ids.add(a.id)
    })
  })
export type CountryPack = z.infer<typeof CountryPackSchema>
export type CountryPackInput = z.input<typeof CountryPackSchema>

/** A workspace's own assessment of a country (a consultant's view), exported and imported between workspaces. */
export const COUNTRY_OVERRIDES_FORMAT = 'pwb-country-overrides'
export const CountryOverridesFileSchema = z.object({
  format: z.literal(COUNTRY_OVERRIDES_FORMAT, { message: 'validation.invalid' }),
  exportedAt: z.string(),
  countries: z.array(CountryAssessmentSchema),
})
export type CountryOverridesFile = z.infer<typeof CountryOverridesFileSchema>
