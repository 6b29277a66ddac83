import { clockLabelKey } from '../../../../shared/domain/breach/labels'
import type { Deadline } from '../../../../shared/domain/deadline'
import { breachRulesText } from '../../../../shared/format/breachText'
import { translator } from '../../../../shared/i18n/translate'
import { addHours } from '../../../../shared/rules/calendar'
import { registerDeadlineProvider, type DeadlineContext } from '../../deadlines/registry'
import { listBreachRecords } from '../../repositories/breach/breachRepo'
import { listDecisions, listDelayReasons, listNotifications } from '../../repositories/breach/responseRepo'
import { getProfile } from '../../repositories/organisationRepo'
import { breachClocksFor } from './breachClocksFor'

// The breach module's clocks through the one deadline interface (shared/domain/deadline.ts), with
// reminders 24 h, 6 h and 1 h before and when overdue (issue 6 item 7). Recomputed from the stored
// instants on every call, so a restart re-arms them from the database; checkReminders fires each key once.

/** Hours before the deadline at which a reminder fires. */
export const BREACH_REMINDER_HOURS = [24, 6, 1] as const

/**
 * The key carries the deadline instant: when a deadline moves (awareness corrected, an earlier report
 * submitted) the reminders for the new instant are new, so a user is reminded of the deadline that holds.
 */
export function breachReminders(breachId: string, clockId: string, deadline: string): Deadline['reminders'] {
  const base = `breach:${breachId}:${clockId}@${deadline}`
  return [
    ...BREACH_REMINDER_HOURS.map((h) => ({ key: `${base}:${h}h`, at: addHours(deadline, -h), kind: `${h}h` })),
    // "Not later than": the deadline instant itself is still in time, so overdue starts one second after.
    { key: `${base}:overdue`, at: new Date(new Date(deadline).getTime() + 1000).toISOString(), kind: 'overdue' },
  ]
}

export function breachDeadlines(ctx: DeadlineContext): Deadline[] {
  const profile = getProfile(ctx.db)
  if (!profile) return []
  const t = translator(profile.language, 'breach')
  const rules = breachRulesText(profile.language, ctx.timeZone)
  // Drills (drill = 1) never reach the real deadline list, the dashboard or the reminders.
  return listBreachRecords(ctx.db, { drill: false }).flatMap((b) => {
    const { clocks } = breachClocksFor(b, profile, ctx.now, {
      notifications: listNotifications(ctx.db, b.id),
      decision: listDecisions(ctx.db, b.id)[0],
      delayReasons: listDelayReasons(ctx.db, b.id),
    })
    return clocks.map(({ clock, status }) => ({
      key: `breach:${b.id}:${clock.id}`,
      module: 'breach' as const,
      entityId: b.id,
      title: t('deadlineTitle', {
        ref: b.ref,
        title: b.title,
        clock: t(clockLabelKey(clock.id), { defaultValue: rules.message(clock.labelMessage) }),
      }),
      dueAt: clock.deadline,
      ...(clock.deadlineDate ? { dueDate: clock.deadlineDate } : {}),
      legal: clock.isLegalPeriod,
      status: status.status,
      // In the workspace language, times in the organisation's zone (the dashboard and reminders show it).
      explanation: rules.messages(
        status.status === 'pending' ? clock.explanationMessages : [...status.explanationMessages, ...clock.explanationMessages],
      ),
      reminders: breachReminders(b.id, clock.id, clock.deadline),
    }))
  })
}

registerDeadlineProvider(breachDeadlines)
