import type { OrganisationProfile, OrganisationProfileInput } from '../../../../shared/domain/organisation'
import { isEea } from '../../../../shared/reference/countries'

const blank = (s: string | undefined | null) => !s || s.trim() === ''

/** Form state starts from the saved profile; optional texts become '' so inputs stay controlled. */
export function toFormValues(p: OrganisationProfile): OrganisationProfileInput {
  return {
    ...p,
    tradingName: p.tradingName ?? '',
    legalForm: p.legalForm ?? '',
    registrationNumber: p.registrationNumber ?? '',
    vatNumber: p.vatNumber ?? '',
    contactEmail: p.contactEmail ?? '',
    address: {
      street: p.address.street ?? '',
      postalCode: p.address.postalCode ?? '',
      city: p.address.city ?? '',
      region: p.address.region ?? '',
    },
    dpo: {
      appointed: p.dpo.appointed,
      name: p.dpo.name ?? '',
      email: p.dpo.email ?? '',
      phone: p.dpo.phone ?? '',
      reasonNotAppointed: p.dpo.reasonNotAppointed ?? '',
    },
    euRepresentative: {
      name: p.euRepresentative?.name ?? '',
      address: p.euRepresentative?.address ?? '',
      email: p.euRepresentative?.email ?? '',
    },
  }
}

/**
 * What is saved is what the user can see: fields hidden by a choice (DPO contact when none is
 * appointed, the Art. 27 representative for an EU/EEA organisation) are dropped before validation,
 * so a hidden value can neither block the save nor be stored by accident.
 */
export function normaliseProfile(v: OrganisationProfileInput): OrganisationProfileInput {
  const rep = v.euRepresentative
  const country = (v.country ?? '').trim().toUpperCase()
  const dropRep = isEea(country) || !rep || (blank(rep.name) && blank(rep.address) && blank(rep.email))
  return {
    ...v,
    leadAuthority: v.leadAuthority || undefined,
    dpo: v.dpo.appointed
      ? { ...v.dpo, reasonNotAppointed: undefined }
      : { appointed: false, reasonNotAppointed: v.dpo.reasonNotAppointed },
    euRepresentative: dropRep ? undefined : rep,
  }
}
