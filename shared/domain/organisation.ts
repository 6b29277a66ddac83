import { z } from 'zod'
import { AUTHORITY_CODES, defaultAuthorityFor } from '../reference/authorities'
import { COUNTRY_CODE, isEea } from '../reference/countries'
import { LANGUAGES, REGIMES } from '../reference/regimes'
import { TimeZoneSchema } from './timeZone'

// Messages are i18n keys (shared/i18n), so every host shows them in the user's language.
const text = (max = 200) => z.string().trim().max(max, { message: 'validation.tooLong' })
const optionalText = (max = 200) => text(max).optional().or(z.literal('').transform(() => undefined))
const requiredText = (max = 200) => text(max).min(1, { message: 'validation.required' })
const optionalEmail = z
  .union([z.literal('').transform(() => undefined), z.email({ message: 'validation.email' })])
  .optional()

export const CountryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(COUNTRY_CODE, { message: 'validation.country' })

export const AddressSchema = z.object({
  street: optionalText(),
  postalCode: optionalText(20),
  city: optionalText(100),
  region: optionalText(100),
})

export const DpoSchema = z
  .object({
    appointed: z.boolean(),
    name: optionalText(),
    email: optionalEmail,
    phone: optionalText(40),
    // Art. 37 and accountability (Art. 5(2)): record why no DPO is needed.
    reasonNotAppointed: optionalText(1000),
  })
  .superRefine((d, ctx) => {
    if (d.appointed && !d.email)
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'validation.dpoEmailRequired' })
    if (!d.appointed && !d.reasonNotAppointed)
      ctx.addIssue({ code: 'custom', path: ['reasonNotAppointed'], message: 'validation.dpoReasonRequired' })
  })

export const RepresentativeSchema = z.object({
  name: requiredText(),
  address: optionalText(300),
  email: optionalEmail,
})

export const OrganisationRoleSchema = z.enum(['controller', 'processor'])

export const OrganisationProfileSchema = z
  .object({
    legalName: requiredText(),
    tradingName: optionalText(),
    legalForm: optionalText(80),
    registrationNumber: optionalText(60),
    vatNumber: optionalText(60),
    address: AddressSchema,
    country: CountryCodeSchema,
    timeZone: TimeZoneSchema,
    language: z.enum(LANGUAGES, { message: 'validation.language' }),
    contactEmail: optionalEmail,
    /** People employed: Art. 30(5) exempts under 250 only with further conditions; unknown keeps the duty. */
    employees: z
      .number({ message: 'validation.employees' })
      .int({ message: 'validation.employees' })
      .min(0, { message: 'validation.employees' })
      .max(10_000_000, { message: 'validation.employees' })
      .optional(),
    dpo: DpoSchema,
    // Art. 27: only for controllers/processors not established in the EU.
    euRepresentative: RepresentativeSchema.optional(),
    leadAuthority: z.enum(AUTHORITY_CODES, { message: 'validation.authority' }).optional(),
    roles: z.array(OrganisationRoleSchema).min(1, { message: 'validation.roleRequired' }),
    regimes: z.array(z.enum(REGIMES)).min(1, { message: 'validation.regimeRequired' }),
  })
  .superRefine((p, ctx) => {
    const outsideEu = !isEea(p.country)
    if (p.euRepresentative && !outsideEu)
      ctx.addIssue({ code: 'custom', path: ['euRepresentative', 'name'], message: 'validation.representativeOnlyOutsideEu' })
    if (new Set(p.roles).size !== p.roles.length)
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'validation.duplicate' })
  })

export type OrganisationProfile = z.infer<typeof OrganisationProfileSchema>
export type OrganisationProfileInput = z.input<typeof OrganisationProfileSchema>

/** A minimal profile from the few facts asked when a workspace is created. */
export function initialProfile(input: {
  legalName: string
  country: string
  timeZone: string
  language?: OrganisationProfile['language']
}): OrganisationProfile {
  const country = input.country.toUpperCase()
  return OrganisationProfileSchema.parse({
    legalName: input.legalName,
    address: {},
    country,
    timeZone: input.timeZone,
    language: input.language ?? 'en',
    dpo: { appointed: false, reasonNotAppointed: 'Not yet assessed' },
    leadAuthority: defaultAuthorityFor(country),
    roles: ['controller'],
    regimes: [isEea(country) ? 'gdpr' : country === 'GB' ? 'uk_gdpr' : country === 'CH' ? 'fadp' : 'gdpr'],
  })
}
