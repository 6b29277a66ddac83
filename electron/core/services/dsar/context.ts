import type Database from 'better-sqlite3'
import { translator } from '../../../../shared/i18n/translate'
import type { DsarCase } from '../../../../shared/domain/dsar/views'
import { localDateOf } from '../../../../shared/rules/calendar'
import { getProfile } from '../../repositories/organisationRepo'
import { loadCase } from '../../repositories/dsar/caseRepo'
import { CoreError } from '../../errors'
import { computeCaseClock, type ClockContext } from './caseClock'
import { caseNotFound, refused } from './dsarErrors'

/** What every DSAR service needs from the workspace: the zone, country and language, and "now". */
export interface DsarContext extends ClockContext {
  lang: string
  today: string
  nowIso: string
}

export function dsarContext(db: Database.Database, now: Date): DsarContext {
  const p = getProfile(db)
  if (!p)
    throw new CoreError('INTERNAL', 'errors.internal', {
      detail: 'the workspace has no organisation profile',
    })
  return {
    timeZone: p.timeZone,
    orgCountry: p.country,
    lang: p.language,
    now,
    today: localDateOf(now, p.timeZone),
    nowIso: now.toISOString(),
  }
}

export function mustLoad(db: Database.Database, id: string): DsarCase {
  const c = loadCase(db, id)
  if (!c) throw caseNotFound(id)
  return c
}

/** A case that may still be changed: not erased. */
export function mustLoadLive(db: Database.Database, id: string): DsarCase {
  const c = mustLoad(db, id)
  if (c.purgedAt) throw refused('purged', { id })
  return c
}

export const clockOf = (c: DsarCase, ctx: DsarContext) => computeCaseClock(c, ctx)

const en = translator('en', 'dsarUi')
/** Status names in error messages (errors are in English, as every CoreError message). */
export const statusWord = (s: string): string => en(`status.${s}`)

/** The case as recorded in the audit log: the case fields, without the child lists (each has its own entries). */
export function auditCase(c: DsarCase) {
  const {
    events: _e,
    statusHistory: _h,
    decisions: _d,
    searches: _s,
    attachments: _a,
    letters: _l,
    ...rest
  } = c
  return rest
}

/** Dates a user records must lie between the receipt and today. */
export function dateProblem(d: string | undefined, receivedDate: string, today: string): string | undefined {
  if (!d) return undefined
  if (d < receivedDate) return 'validation.dsarBeforeReceipt'
  if (d > today) return 'validation.dsarFuture'
  return undefined
}
