import { z } from 'zod'
import { COUNTRY_CODE } from '../../reference/countries'

// Field builders of the breach schemas. Messages are i18n keys: 'validation.*' in the common namespace,
// 'breach:validation.*' in the breach namespace (shared/i18n/en/breach.ts).
export const text = (max = 200) => z.string().trim().max(max, { message: 'validation.tooLong' })
/** Blank means "not given" (stored as NULL). */
export const optionalText = (max = 200) =>
  text(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : undefined))
export const requiredText = (max = 200) => text(max).min(1, { message: 'validation.required' })

export const optionalEmail = z
  .union([z.literal(''), z.null(), z.email({ message: 'validation.email' })])
  .optional()
  .transform((v) => (v ? v : undefined))

/** An instant with `Z` or an explicit offset; stored as UTC. A local time without offset is ambiguous. */
export const instant = z.iso.datetime({ offset: true, message: 'breach:validation.instant' })
export const optionalInstant = z
  .union([z.literal(''), z.null(), instant])
  .optional()
  .transform((v) => (v ? v : undefined))

export const IdSchema = z
  .string()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(64, { message: 'validation.tooLong' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'validation.invalid' })

export const CountrySchema = z.string().trim().toUpperCase().regex(COUNTRY_CODE, { message: 'validation.country' })

/** Distinct values (case-insensitive for text): one row per value in a child table. */
export const distinct = <T extends z.ZodType>(item: T, key: (v: z.output<T>) => string = (v) => String(v).toLowerCase()) =>
  z
    .array(item)
    .default([])
    .superRefine((list, ctx) => {
      const seen = new Set<string>()
      list.forEach((v, i) => {
        const k = key(v as z.output<T>)
        if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: 'validation.duplicate' })
        seen.add(k)
      })
    })

export const countOrUndefined = z
  .union([z.null(), z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).nonnegative({ message: 'validation.number' })])
  .optional()
  .transform((v) => (v === null ? undefined : v))
