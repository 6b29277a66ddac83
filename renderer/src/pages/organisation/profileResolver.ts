import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import {
  OrganisationProfileSchema,
  type OrganisationProfile,
  type OrganisationProfileInput,
} from '../../../../shared/domain/organisation'
import { keyedErrors } from '../../components/zodErrorKeys'
import { normaliseProfile } from './profileFormValues'

const base = zodResolver(OrganisationProfileSchema, keyedErrors)

/** The domain schema, applied to what the user can see (see normaliseProfile). */
export const profileResolver: Resolver<OrganisationProfileInput, unknown, OrganisationProfile> = (
  values,
  ctx,
  opts,
) => base(normaliseProfile(values), ctx, opts)
