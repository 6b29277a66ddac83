import { z } from 'zod'
import { isLocalDate } from '../../rules/calendar'
import { COUNTRY_CODE } from '../../reference/countries'

// Field builders shared by the register schemas. Messages are i18n keys (common namespace).
export const text = (max = 200) => z.string().trim().max(max, { message: 'validation.tooLong' })
/** Blank (after trimming) means "not given": stored as NULL, printed as "Not given". */
export const optionalText = (max = 200) =>
  text(max)
    .transform((v) => (v ? v : undefined))
    .optional()
export const requiredText = (max = 200) => text(max).min(1, { message: 'validation.required' })

export const optionalEmail = z
  .union([z.literal('').transform(() => undefined), z.email({ message: 'validation.email' })])
  .optional()

export const LocalDateSchema = z
  .string()
  .trim()
  .refine((s) => isLocalDate(s), { message: 'validation.date' })

export const optionalDate = z
  .union([z.literal(''), LocalDateSchema])
  .transform((v) => (v ? v : undefined))
  .optional()

export const RegisterCountrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(COUNTRY_CODE, { message: 'validation.country' })

/** Ids are UUIDs made by the core; imports may bring their own (letters, digits, - and _). */
export const EntityIdSchema = z
  .string()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(64, { message: 'validation.tooLong' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'validation.id' })

/** Non-empty, trimmed, distinct strings (a real relation in the store, one row per value). */
export const stringList = (max = 200) =>
  z
    .array(requiredText(max))
    .default([])
    .superRefine((list, ctx) => {
      const seen = new Set<string>()
      list.forEach((v, i) => {
        const k = v.toLowerCase()
        if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: 'validation.duplicate' })
        seen.add(k)
      })
    })
