import { z } from 'zod'
import {
  EntityIdSchema,
  optionalDate,
  optionalEmail,
  optionalText,
  RegisterCountrySchema,
  requiredText,
  stringList,
} from './fields'

// Vendors / recipients outside the organisation. The Transfers module (issue 7) builds on these
// fields: `country` (where the vendor is established), `dataLocations` (where it processes the data),
// `role` and `dpa`. Keep them as they are.

/** How a vendor stands to the organisation under the GDPR (Arts. 4(7)-(8), 26, 28(4)). */
export const VENDOR_ROLES = ['processor', 'sub_processor', 'independent_controller', 'joint_controller'] as const
export const VendorRoleSchema = z.enum(VENDOR_ROLES, { message: 'validation.invalid' })
export type VendorRole = z.infer<typeof VendorRoleSchema>

/** Roles that process on the organisation's behalf and so need an Art. 28(3) contract (DPA). */
export const PROCESSING_ON_BEHALF: readonly VendorRole[] = ['processor', 'sub_processor']

export const DpaSchema = z
  .object({
    signed: z.boolean().default(false),
    signedOn: optionalDate,
    /** Where the signed agreement is: a document name, contract number or link. */
    reference: optionalText(300),
  })
  .superRefine((d, ctx) => {
    if (!d.signed && d.signedOn)
      ctx.addIssue({ code: 'custom', path: ['signedOn'], message: 'validation.dpaDateWithoutSigned' })
  })
export type Dpa = z.infer<typeof DpaSchema>

export const VendorInputSchema = z.object({
  /** Absent = a new vendor; present = update it (or, on import, create it with this id). */
  id: EntityIdSchema.optional(),
  name: requiredText(200),
  country: RegisterCountrySchema,
  role: VendorRoleSchema,
  /** What the vendor does for the organisation, one entry per service. */
  services: stringList(300),
  /** Countries where it stores or processes the data, when they differ from `country`. */
  dataLocations: z
    .array(RegisterCountrySchema)
    .default([])
    .refine((l) => new Set(l).size === l.length, { message: 'validation.duplicate' }),
  dpa: DpaSchema.default({ signed: false }),
  certifications: stringList(200),
  contactName: optionalText(200),
  contactEmail: optionalEmail,
  website: optionalText(300),
  notes: optionalText(4000),
})
export type VendorInput = z.input<typeof VendorInputSchema>

export const VendorSchema = VendorInputSchema.extend({
  id: EntityIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Vendor = z.infer<typeof VendorSchema>

/** A row of the vendor list, with how many activities use the vendor. */
export const VendorSummarySchema = VendorSchema.pick({
  id: true,
  name: true,
  country: true,
  role: true,
  dataLocations: true,
  updatedAt: true,
}).extend({
  dpaSigned: z.boolean(),
  services: z.array(z.string()),
  activityCount: z.number().int(),
})
export type VendorSummary = z.infer<typeof VendorSummarySchema>
