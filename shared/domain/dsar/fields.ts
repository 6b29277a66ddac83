import { z } from 'zod'
import { isLocalDate } from '../../rules/calendar'
import { COUNTRY_CODE } from '../../reference/countries'

// Field builders of the DSAR schemas. Messages are i18n keys in the common namespace, so every host
// (forms, CLI, API errors) names the problem in the user's language.
export const text = (max = 200) => z.string().trim().max(max, { message: 'validation.tooLong' })
/** Blank (after trimming) means "not given": stored as NULL. */
export const optionalText = (max = 200) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : undefined))
export const requiredText = (max = 200) => text(max).min(1, { message: 'validation.required' })

export const optionalEmail = z
  .union([z.literal('').transform(() => undefined), z.email({ message: 'validation.email' })])
  .optional()

export const DsarDateSchema = z
  .string({ message: 'validation.required' })
  .trim()
  .refine((s) => isLocalDate(s), { message: 'validation.dsarDate' })

export const optionalDsarDate = z
  .union([z.literal(''), DsarDateSchema])
  .optional()
  .transform((v) => (v ? v : undefined))

export const optionalCountry = z
  .union([
    z.literal(''),
    z.string().trim().toUpperCase().regex(COUNTRY_CODE, { message: 'validation.country' }),
  ])
  .optional()
  .transform((v) => (v ? v : undefined))

/** A case reference such as DSAR-2026-007 (made by the core). */
export const CaseIdSchema = z
  .string({ message: 'validation.required' })
  .trim()
  .min(1, { message: 'validation.required' })
  .max(40, { message: 'validation.tooLong' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'validation.dsarCaseId' })

/** When the request arrived: an instant (with Z or an offset), or the organisation's wall time 'YYYY-MM-DDTHH:MM'. */
export const ReceivedAtSchema = z
  .string({ message: 'validation.required' })
  .trim()
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(s)
        ? isLocalDate(s.slice(0, 10))
        : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
          !Number.isNaN(Date.parse(s)),
    { message: 'validation.dsarReceivedAt' },
  )
