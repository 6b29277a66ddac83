import { z } from 'zod'
import { CountryCodeSchema } from './organisation'
import { TimeZoneSchema } from './timeZone'
import { LANGUAGES } from '../reference/regimes'

export const WorkspaceInfoSchema = z.object({
  id: z.string(),
  path: z.string(),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  organisationName: z.string(),
  /** Things found on open that the user should know (stray journal, stale lock, backup taken). */
  warnings: z.array(z.string()),
})
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>

export const CreateWorkspaceInputSchema = z.object({
  path: z.string().min(1, { message: 'validation.required' }),
  legalName: z.string().trim().min(1, { message: 'validation.required' }).max(200, { message: 'validation.tooLong' }),
  country: CountryCodeSchema,
  timeZone: TimeZoneSchema,
  language: z.enum(LANGUAGES).default('en'),
})
export type CreateWorkspaceInput = z.input<typeof CreateWorkspaceInputSchema>

export const RecentWorkspaceSchema = z.object({
  path: z.string(),
  organisationName: z.string(),
  openedAt: z.string(),
})
export type RecentWorkspace = z.infer<typeof RecentWorkspaceSchema>
