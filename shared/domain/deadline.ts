import { z } from 'zod'

// The one small interface every module exposes its clocks through, so a dashboard (and later a
// consultant's cross-client board) can collect them without knowing any module.
export const DeadlineModuleSchema = z.enum(['dsar', 'breach', 'tia', 'ropa', 'dpia'])

export const DeadlineStatusSchema = z.enum(['pending', 'met', 'missed', 'late_with_reason', 'not_required'])

export const ReminderSchema = z.object({
  /** Stable across restarts: the reminder fires once per key, ever. */
  key: z.string(),
  at: z.string(),
  /** e.g. '7d', '3d', '1d', '24h', '6h', '1h', 'overdue'. */
  kind: z.string(),
})

export const DeadlineSchema = z.object({
  key: z.string(),
  module: DeadlineModuleSchema,
  entityId: z.string(),
  /** What is due, in the user's words: "Reply to Mario Rossi (access request)". */
  title: z.string(),
  /** The legal limit (or the target when `legal` is false), as an instant. */
  dueAt: z.string(),
  /** Calendar date of the limit in the organisation's zone, for date-based rules. */
  dueDate: z.string().optional(),
  /** False for targets the app sets (e.g. processor → controller 24 h), which are not legal periods. */
  legal: z.boolean(),
  status: DeadlineStatusSchema,
  explanation: z.string(),
  reminders: z.array(ReminderSchema),
})

export type Deadline = z.infer<typeof DeadlineSchema>
export type Reminder = z.infer<typeof ReminderSchema>
export type DeadlineStatus = z.infer<typeof DeadlineStatusSchema>
