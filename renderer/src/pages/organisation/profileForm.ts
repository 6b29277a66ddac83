import type { UseFormReturn } from 'react-hook-form'
import type { OrganisationProfile, OrganisationProfileInput } from '../../../../shared/domain/organisation'

/** What each section of the profile form receives. */
export type ProfileForm = UseFormReturn<OrganisationProfileInput, unknown, OrganisationProfile>
