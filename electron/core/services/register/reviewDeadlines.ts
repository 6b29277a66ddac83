import type { Deadline } from '../../../../shared/domain/deadline'
import { translator } from '../../../../shared/i18n/translate'
import { endOfLocalDay } from '../../../../shared/rules/calendar'
import { registerDeadlineProvider, type DeadlineContext } from '../../deadlines/registry'
import { getProfile } from '../../repositories/organisationRepo'
import { cachedStatement } from '../../store/queryBuilder'

// The next review date of each live register entry, as a deadline the dashboard collects. It is a target
// the user set (Art. 24(1): measures "reviewed and updated where necessary"), not a legal period.

const DAY_MS = 86_400_000

export function reviewDeadlines(ctx: DeadlineContext): Deadline[] {
  const rows = cachedStatement(
    ctx.db,
    `SELECT id, name, next_review_on FROM register_activity WHERE status != 'retired' AND next_review_on IS NOT NULL`,
  ).all() as { id: string; name: string; next_review_on: string }[]
  if (rows.length === 0) return []
  const t = translator(getProfile(ctx.db)?.language ?? 'en', 'register')
  const now = ctx.now.toISOString()
  return rows.map((r) => {
    const dueAt = endOfLocalDay(r.next_review_on, ctx.timeZone)
    const key = `ropa:review:${r.id}:${r.next_review_on}`
    return {
      key,
      module: 'ropa',
      entityId: r.id,
      title: t('deadline.reviewTitle', { name: r.name }),
      dueAt,
      dueDate: r.next_review_on,
      legal: false,
      status: dueAt < now ? 'missed' : 'pending',
      explanation: t('deadline.reviewExplanation'),
      reminders: [
        { key: `${key}:7d`, at: new Date(new Date(dueAt).getTime() - 7 * DAY_MS).toISOString(), kind: '7d' },
        { key: `${key}:overdue`, at: dueAt, kind: 'overdue' },
      ],
    }
  })
}

registerDeadlineProvider(reviewDeadlines)
