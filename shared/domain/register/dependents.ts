import { z } from 'zod'
import { DSAR_STATUSES } from '../dsar/enums'

// What other modules' records name a register entry, shown on its page so that a user about to retire or
// delete it sees what would be left pointing at nothing.

/** A breach (Breaches module) that names an activity or a vendor; drills are listed too, flagged. */
export const LinkingBreachSchema = z.object({
  id: z.string(),
  ref: z.string(),
  title: z.string(),
  drill: z.boolean(),
})
export type LinkingBreach = z.infer<typeof LinkingBreachSchema>

export const ActivityDependentsSchema = z.object({
  /** Breaches that name the activity, real ones first; drills never hold back a deletion. */
  breaches: z.array(LinkingBreachSchema),
  /** International transfers made for the activity; deleting the activity leaves them without one (ON DELETE SET NULL). */
  transfers: z.array(
    z.object({
      id: z.string(),
      importer: z.string(),
      country: z.string(),
      status: z.enum(['active', 'ended']),
    }),
  ),
  /** Data-subject requests whose search log names the activity, newest first (their reference is the id). */
  requests: z.array(z.object({ id: z.string(), status: z.enum(DSAR_STATUSES) })),
})
export type ActivityDependents = z.infer<typeof ActivityDependentsSchema>
