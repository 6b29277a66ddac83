import type { Deadline, DeadlineStatus } from '../../../../shared/domain/deadline'
import { OPEN_STATUSES } from '../../../../shared/domain/dsar/enums'
import type { DsarCase, DsarClock } from '../../../../shared/domain/dsar/views'
import { translator } from '../../../../shared/i18n/translate'
import { endOfLocalDay, startOfLocalDay, addDays } from '../../../../shared/rules/calendar'
import { renderDsarMessage } from '../../../../shared/rules/dsar'
import { catalogueOf } from '../../../../shared/i18n/catalogueOf'
import { localeFor } from '../../../../shared/format/dateTime'
import { registerDeadlineProvider, type DeadlineContext } from '../../deadlines/registry'
import { getProfile } from '../../repositories/organisationRepo'
import { allCaseIds, loadCase } from '../../repositories/dsar/caseRepo'
import { retentionOf } from './caseView'
import { computeCaseClock } from './caseClock'
import { readSettings } from './settingsService'

// Every DSAR case's clock as the one Deadline interface (shared/domain/deadline.ts), computed on each call
// from the stored facts. Reminders: 7, 3 and 1 days before the TARGET (the unrolled date, REFERENCE §8 Q3)
// and "overdue" when the legal limit passes; keys carry the date they key off, so a moved date (a pause,
// an extension) gets fresh reminders while each key still fires only once.

/** Messages of the rule that say why the date is what it is (the rest is on the case page). */
const WHY =
  /^explain\.(month|rolled|notRolled|uk(Start|Paused|Pause$)|ccpa(Respond|OptOut|Limit)|lgpd|fadp(Access|Other|ExtendedTo)|actAtOnce(Consent|Marketing))/
/** Replied, withdrawn and closed clocks stay listed this long after their limit, then drop off the board. */
const KEEP_CLOSED_DAYS = 30

function statusOf(c: DsarCase, clock: DsarClock, open: boolean, overdue: boolean): DeadlineStatus {
  if (open) return overdue ? 'missed' : 'pending'
  if (clock.onTime === null) return 'not_required'
  if (clock.onTime) return 'met'
  return c.lateReason ? 'late_with_reason' : 'missed'
}

export function dsarDeadlines(ctx: DeadlineContext): Deadline[] {
  const profile = getProfile(ctx.db)
  if (!profile) return []
  const lang = profile.language
  const t = translator(lang, 'dsarUi')
  const r = translator(lang, 'dsar')
  const settings = readSettings(ctx.db)
  const clockCtx = { timeZone: ctx.timeZone, orgCountry: ctx.country, now: ctx.now }
  const nowIso = ctx.now.toISOString()
  const keepSince = new Date(ctx.now.getTime() - KEEP_CLOSED_DAYS * 86_400_000).toISOString()
  const out: Deadline[] = []
  for (const id of allCaseIds(ctx.db)) {
    const c = loadCase(ctx.db, id)
    if (!c) continue
    const clock = computeCaseClock(c, clockCtx)
    const open = OPEN_STATUSES.includes(c.status)
    const name = c.requesterName ?? t('deadline.purgedName')
    const dueAt = endOfLocalDay(clock.due, ctx.timeZone)
    const overdue = open && dueAt < nowIso
    if (open || dueAt >= keepSince) {
      const key = `dsar:${c.id}`
      const before = (days: number, kind: string) => ({
        key: `${key}:${clock.target}:${kind}`,
        at: startOfLocalDay(addDays(clock.target, -days), ctx.timeZone),
        kind,
      })
      const why = clock.messages
        .filter((m) => WHY.test(m.key))
        .map((m) => renderDsarMessage(m, catalogueOf(lang, 'dsar'), localeFor(lang)))
        .join(' ')
      out.push({
        key,
        module: 'dsar',
        entityId: c.id,
        title: t('deadline.title', {
          name,
          types: c.requestTypes.map((x) => r(`types.${x}`)).join(', '),
          id: c.id,
        }),
        dueAt,
        dueDate: clock.due,
        legal: true,
        status: statusOf(c, clock, open, overdue),
        explanation: why,
        // A replied case needs no reminder (checkReminders also skips met ones; a late reply is 'missed').
        reminders: open
          ? [
              before(7, '7d'),
              before(3, '3d'),
              before(1, '1d'),
              { key: `${key}:${clock.due}:overdue`, at: dueAt, kind: 'overdue' },
            ]
          : [],
      })
    }
    // CCPA §7021(a): confirm receipt within 10 business days (met by an acknowledgment letter dated in time).
    if (clock.acknowledgeBy && open) {
      const ack = c.letters.find((l) => l.kind === 'acknowledgment')
      const ackAt = endOfLocalDay(clock.acknowledgeBy, ctx.timeZone)
      const key = `dsar-ack:${c.id}`
      if (!ack || ackAt >= keepSince)
        out.push({
          key,
          module: 'dsar',
          entityId: c.id,
          title: t('deadline.titleAck', { name, id: c.id }),
          dueAt: ackAt,
          dueDate: clock.acknowledgeBy,
          legal: true,
          status: ack
            ? ack.date <= clock.acknowledgeBy
              ? 'met'
              : 'missed'
            : ackAt < nowIso
              ? 'missed'
              : 'pending',
          explanation: t('deadline.ackExplanation'),
          reminders: [
            {
              key: `${key}:${clock.acknowledgeBy}:3d`,
              at: startOfLocalDay(addDays(clock.acknowledgeBy, -3), ctx.timeZone),
              kind: '3d',
            },
            { key: `${key}:${clock.acknowledgeBy}:overdue`, at: ackAt, kind: 'overdue' },
          ],
        })
    }
    // Storage limitation: a closed case whose retention ended should be erased (a target, not a legal period).
    const retention = retentionOf(c, settings.closedRetentionMonths, clock.today)
    if (c.status === 'closed' && !c.purgedAt && retention.endsOn) {
      const at = startOfLocalDay(retention.endsOn, ctx.timeZone)
      const key = `dsar-purge:${c.id}`
      out.push({
        key,
        module: 'dsar',
        entityId: c.id,
        title: t('deadline.titlePurge', { id: c.id }),
        dueAt: at,
        dueDate: retention.endsOn,
        legal: false,
        status: 'pending',
        explanation: t('deadline.purgeExplanation', { months: settings.closedRetentionMonths }),
        reminders: [{ key: `${key}:${retention.endsOn}:due`, at, kind: 'overdue' }],
      })
    }
  }
  return out
}

registerDeadlineProvider(dsarDeadlines)
