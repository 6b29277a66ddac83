import type { z } from 'zod'
import type { RunningClocksSchema } from '../../../../shared/domain/breach/views'
import { secondsBetween } from '../../../../shared/rules/calendar'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../profileService'
import { listBreachRecords } from '../../repositories/breach/breachRepo'
import { listDecisions, listDelayReasons, listNotifications } from '../../repositories/breach/responseRepo'
import { breachClocksFor } from './breachClocksFor'

/** Every outstanding clock (pending, or overdue and not yet sent) of every real breach, soonest first. */
export function runningClocks(ws: Workspace): z.infer<typeof RunningClocksSchema> {
  const profile = readProfile(ws)
  const now = ws.now()
  const clocks = ws.read((db) =>
    listBreachRecords(db, { drill: false }).flatMap((b) =>
      breachClocksFor(b, profile, now, {
        notifications: listNotifications(db, b.id),
        decision: listDecisions(db, b.id)[0],
        delayReasons: listDelayReasons(db, b.id),
      })
        .clocks.filter((c) => c.status.outstanding)
        .map((c) => ({
          breachId: b.id,
          ref: b.ref,
          title: b.title,
          clockId: c.clock.id,
          regime: c.clock.regime,
          deadline: c.clock.deadline,
          status: c.status.status,
          legal: c.clock.isLegalPeriod,
          reasonRequired: c.status.reasonRequired,
        })),
    ),
  )
  clocks.sort((a, b) => secondsBetween(b.deadline, a.deadline))
  return { clocks, now: now.toISOString(), timeZone: profile.timeZone }
}
