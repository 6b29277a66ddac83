import { z } from 'zod'
import { languageOfLocale } from '../../reference/regimes'
import { SECURITY_MEASURES } from '../../reference/securityMeasures'
import { RETENTION_UNITS } from './activity'
import { Art9ConditionCodeSchema, LawfulBasisCodeSchema, SpecialCategorySchema } from './legal'

// Activity templates (resources/templates/activities/*.json): data files, one per activity, in every UI
// language. Applying one creates an ordinary draft the user edits (services/register/templateService.ts).

export const TEMPLATE_LANGUAGES = ['en', 'it', 'fr'] as const
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number]

/** The template language for a UI language or locale ('fr', 'fr-FR', 'it_IT'); English for any other. */
export function asTemplateLanguage(lang: string | undefined): TemplateLanguage {
  const l = languageOfLocale(lang)
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(l) ? (l as TemplateLanguage) : 'en'
}

const text = z.string().trim().min(1)
const Localized = z.object({ en: text, it: text, fr: text }).strict()
export type LocalizedText = z.infer<typeof Localized>

export const TEMPLATE_SECTORS = ['any', 'employer', 'online', 'retail', 'services', 'premises'] as const

const TemplatePurposeSchema = z
  .object({
    text: Localized,
    basis: LawfulBasisCodeSchema,
    /** Why this basis fits, in plain words (shown in the picker; not stored on the activity). */
    why: Localized,
    legitimateInterest: Localized.optional(),
    consentCollection: Localized.optional(),
    consentWithdrawal: Localized.optional(),
    legalReference: Localized.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.basis === 'legitimate_interests' && !p.legitimateInterest)
      ctx.addIssue({ code: 'custom', path: ['legitimateInterest'], message: 'a legitimate-interests purpose states the interest' })
    if (p.basis === 'consent' && !p.consentWithdrawal)
      ctx.addIssue({ code: 'custom', path: ['consentWithdrawal'], message: 'a consent purpose says how consent is withdrawn' })
  })

const TemplateRetentionSchema = z
  .object({
    period: z.number().int().min(1).max(1000).optional(),
    unit: z.enum(RETENTION_UNITS).optional(),
    criteria: Localized.optional(),
    /** The event the period runs from. */
    trigger: Localized,
    /** Why this period: the law or the practical reason. */
    reason: Localized,
  })
  .strict()
  .refine((r) => (r.period !== undefined) === (r.unit !== undefined), { message: 'period and unit go together' })
  .refine((r) => r.period !== undefined || r.criteria !== undefined, { message: 'a period or criteria' })

export const ActivityTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.number().int().min(1),
    sectors: z.array(z.enum(TEMPLATE_SECTORS)).min(1),
    name: Localized,
    description: Localized,
    /** A hint on the role of the organisation, when not "controller". */
    role: z.enum(['controller', 'joint_controller', 'processor']).default('controller'),
    purposes: z.array(TemplatePurposeSchema).min(1),
    dataSubjectCategories: z.array(Localized).min(1),
    dataCategories: z
      .array(
        z
          .object({
            name: Localized,
            special: SpecialCategorySchema.optional(),
            criminal: z.boolean().optional(),
            retention: TemplateRetentionSchema,
          })
          .strict(),
      )
      .min(1),
    art9Conditions: z.array(z.object({ condition: Art9ConditionCodeSchema, note: Localized }).strict()).default([]),
    collectedFromSubject: z.boolean().default(true),
    sources: z.array(Localized).default([]),
    recipients: z
      .object({
        internal: z.array(Localized).default([]),
        external: z
          .array(z.object({ name: Localized, kind: z.enum(['third_party', 'authority']), note: Localized.optional() }).strict())
          .default([]),
      })
      .strict(),
    securityMeasures: z.array(z.enum(SECURITY_MEASURES)).min(1),
    /** A plain-words note on DPIA screening for this kind of processing. */
    dpiaHint: Localized.optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const special = t.dataCategories.some((d) => d.special)
    if (special && t.art9Conditions.length === 0)
      ctx.addIssue({ code: 'custom', path: ['art9Conditions'], message: 'special-category data needs an Art. 9(2) condition' })
    if (!t.collectedFromSubject && t.sources.length === 0)
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'data not from the person needs its sources' })
  })
export type ActivityTemplate = z.infer<typeof ActivityTemplateSchema>

/** What the template picker shows, in one language. */
export const TemplateSummarySchema = z.object({
  id: z.string(),
  sectors: z.array(z.string()),
  name: z.string(),
  description: z.string(),
  purposes: z.array(z.object({ text: z.string(), basis: LawfulBasisCodeSchema, why: z.string() })),
  dataCategories: z.array(z.object({ name: z.string(), retention: z.string(), reason: z.string() })),
  dpiaHint: z.string().optional(),
})
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>
