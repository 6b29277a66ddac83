import { z } from 'zod'
import { EntityIdSchema, optionalText, RegisterCountrySchema, requiredText } from './fields'

// Systems and assets that hold personal data (the CRM, the mail server, a filing cabinet). Activities
// link to them; the DSAR module lists them as the places to search.

export const SYSTEM_TYPES = ['application', 'saas', 'database', 'server', 'website', 'email', 'device', 'paper', 'other'] as const
export const SystemTypeSchema = z.enum(SYSTEM_TYPES, { message: 'validation.invalid' })
export type SystemType = z.infer<typeof SystemTypeSchema>

export const SystemInputSchema = z.object({
  id: EntityIdSchema.optional(),
  name: requiredText(200),
  type: SystemTypeSchema.default('application'),
  /** Where it runs, in words: "Vimage VPS", "office NAS", "Serverplan shared hosting". */
  location: optionalText(300),
  country: RegisterCountrySchema.optional().or(z.literal('').transform(() => undefined)),
  /** Run by the organisation itself (true) or by a vendor (false, then name the vendor). */
  internal: z.boolean().default(true),
  vendorId: EntityIdSchema.optional(),
  notes: optionalText(2000),
})
export type SystemInput = z.input<typeof SystemInputSchema>

export const SystemSchema = SystemInputSchema.extend({
  id: EntityIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type RegisterSystem = z.infer<typeof SystemSchema>
