// Shared input building blocks for the breach-clock rules (REFERENCE.md §4; conventions at its top).
import { z } from 'zod'
import { isLocalDate } from '../calendar'
import { REGIMES } from '../../reference/regimes'
import { TimeZoneSchema } from '../../domain/timeZone'

/** An instant: ISO-8601 with `Z` or an explicit offset; a local time without offset is ambiguous and refused. */
export const InstantSchema = z.iso.datetime({ offset: true })

/** A calendar date 'YYYY-MM-DD' in the entity's zone. */
export const LocalDateSchema = z.string().refine(isLocalDate, { message: 'validation.localDate' })

export const ZoneSchema = TimeZoneSchema

export const RegimeSchema = z.enum(REGIMES)

/** Who the organisation is for this breach: controller (covered entity) or processor (business associate). */
export const BreachRoleSchema = z.enum(['controller', 'processor'])
export type BreachRole = z.infer<typeof BreachRoleSchema>
