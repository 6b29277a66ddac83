import type { Deadline } from '../../../../shared/domain/deadline'
import { translator } from '../../../../shared/i18n/translate'
import { tiaReviewDeadline } from '../../../../shared/rules/transfers/reviewDate'
import { registerDeadlineProvider, type DeadlineContext } from '../../deadlines/registry'
import { getProfile } from '../../repositories/organisationRepo'
import { all, qb } from '../../store/queryBuilder'

// The review date of every final TIA as a deadline (EDPB Rec. 01/2020 step 6), with reminders 7 days and
// 1 day before and when overdue. Imported by handlers/transfersHandlers.ts, so it registers with the core.
export function tiaReviewDeadlines(ctx: DeadlineContext): Deadline[] {
  const lang = getProfile(ctx.db)?.language ?? 'en'
  const t = translator(lang, 'transfers')
  const rows = all(
    ctx.db,
    qb
      .selectFrom('transfer_tia')
      .select(['id', 'version', 'importer_name', 'importer_country', 's6_next_review_on'])
      .where('status', '=', 'final')
      .where('s6_next_review_on', 'is not', null),
  )
  return rows.map((r) =>
    tiaReviewDeadline({
      tiaId: r.id,
      reviewOn: r.s6_next_review_on!,
      timeZone: ctx.timeZone,
      now: ctx.now,
      title: t('deadline.title', { importer: r.importer_name, country: r.importer_country }),
      explanation: t('deadline.explanation', { version: r.version, date: r.s6_next_review_on }),
    }),
  )
}

registerDeadlineProvider(tiaReviewDeadlines)
