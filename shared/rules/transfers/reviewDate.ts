import type { Deadline } from '../../domain/deadline'
import { addHours, addMonthsClamp, endOfLocalDay, type LocalDate } from '../calendar'

// EDPB Recommendations 01/2020 step 6: re-evaluate the assessment at appropriate intervals. The app's
// default interval is 12 months from sign-off (REFERENCE.md §5.5 `nextReviewDate`); the user may set
// an earlier or later date. It is a target the app sets, not a legal period (`legal: false`).
export const DEFAULT_REVIEW_MONTHS = 12

export function defaultReviewDate(signedOn: LocalDate): LocalDate {
  return addMonthsClamp(signedOn, DEFAULT_REVIEW_MONTHS)
}

/** The review as a deadline: due at the end of the review day in the workspace's zone; reminders 7 days and 1 day before, and when overdue. */
export function tiaReviewDeadline(args: {
  tiaId: string
  reviewOn: LocalDate
  timeZone: string
  now: Date
  title: string
  explanation: string
}): Deadline {
  const dueAt = endOfLocalDay(args.reviewOn, args.timeZone)
  const key = `tia:${args.tiaId}:review`
  return {
    key,
    module: 'tia',
    entityId: args.tiaId,
    title: args.title,
    dueAt,
    dueDate: args.reviewOn,
    legal: false,
    status: args.now.toISOString() > dueAt ? 'missed' : 'pending',
    explanation: args.explanation,
    reminders: [
      { key: `${key}:7d`, at: addHours(dueAt, -7 * 24), kind: '7d' },
      { key: `${key}:1d`, at: addHours(dueAt, -24), kind: '1d' },
      { key: `${key}:overdue`, at: dueAt, kind: 'overdue' },
    ],
  }
}
