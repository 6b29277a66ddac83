import type { Deadline, Reminder } from '../../../shared/domain/deadline'
import { collectDeadlines } from '../deadlines/registry'
import { readProfile } from '../services/profileService'
import { first, qb, run } from '../store/queryBuilder'
import type { Workspace } from '../store/workspace'

export interface FiredReminder {
  deadline: Deadline
  reminder: Reminder
}

/**
 * Fires the reminders whose time has come and that never fired, recorded in the workspace in the same
 * transaction as their audit entry: derived from stored deadlines, so a restart, sleep or clock jump
 * neither loses nor repeats one. When several of one deadline's reminders are past (the app was closed),
 * only the latest fires and the earlier ones are marked as passed.
 */
export function checkReminders(ws: Workspace): FiredReminder[] {
  const profile = readProfile(ws)
  const now = ws.now()
  const nowIso = now.toISOString()
  const deadlines = ws.read((db) => collectDeadlines({ db, now, timeZone: profile.timeZone, country: profile.country }))
  const fired: FiredReminder[] = []
  for (const d of deadlines) {
    if (d.status !== 'pending' && d.status !== 'missed') continue
    const due = d.reminders.filter((r) => r.at <= nowIso).sort((a, b) => a.at.localeCompare(b.at))
    if (!due.length) continue
    const fresh = ws.read((db) => due.filter((r) => !first(db, qb.selectFrom('reminder_log').select('key').where('key', '=', r.key))))
    if (!fresh.length) continue
    const latest = fresh[fresh.length - 1]
    ws.write((db) => {
      for (const r of fresh) run(db, qb.insertInto('reminder_log').values({ key: r.key, fired_at: nowIso, due_at: r.at }))
      return {
        result: null,
        audit: [{ entity: 'reminder', entityId: latest.key, action: 'create', after: { fired: latest.key, skipped: fresh.slice(0, -1).map((r) => r.key) } }],
      }
    })
    fired.push({ deadline: d, reminder: latest })
  }
  return fired
}
