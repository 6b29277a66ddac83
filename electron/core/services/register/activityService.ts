import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { ActivityInputSchema, type Activity, type ActivityFields } from '../../../../shared/domain/register/activity'
import type { ActivityDependents } from '../../../../shared/domain/register/dependents'
import type { AuditWrite } from '../../audit/auditLog'
import { CoreError } from '../../errors'
import { breachLabel, breachesLinking, unlinkFromDrills } from '../../repositories/breach/breachLinks'
import { activityDependents } from '../../repositories/register/activityDependents'
import { activityExists, deleteActivityRow, getActivityRow, loadActivities, putActivities } from '../../repositories/register/activityRepo'
import { systemExists } from '../../repositories/register/systemRepo'
import { vendorExists } from '../../repositories/register/vendorRepo'
import type { Workspace } from '../../store/workspace'
import { withoutTimes } from '../../../../shared/domain/withoutTimes'
import { canonical, fieldsError, notFound } from './registerErrors'

/** Linked vendors and systems must exist: the field names the one that does not. */
export function referenceErrors(db: Database.Database, a: ActivityFields): Record<string, string> {
  const fields: Record<string, string> = {}
  a.recipients.forEach((r, i) => {
    if (r.vendorId && !vendorExists(db, r.vendorId)) fields[`recipients.${i}.vendorId`] = 'validation.unknownVendor'
  })
  a.transfers.forEach((t, i) => {
    if (t.vendorId && !vendorExists(db, t.vendorId)) fields[`transfers.${i}.vendorId`] = 'validation.unknownVendor'
  })
  a.systemIds.forEach((s, i) => {
    if (!systemExists(db, s)) fields[`systemIds.${i}`] = 'validation.unknownSystem'
  })
  return fields
}

export interface ActivityWrite {
  input: ActivityFields
  /** The stored entry with this id, if any. */
  before: Activity | undefined
  /** The caller knows no entry has this id (an import checked the whole register). */
  knownNew?: boolean
}

/**
 * Writes validated entries inside an open write transaction (all their rows in a few multi-row
 * statements) and returns, for each, the entry and its audit row, or no audit row when it is unchanged.
 * Creates an entry when `id` is absent or unknown (an import keeps its stable ids).
 */
export function writeActivities(db: Database.Database, writes: ActivityWrite[], now: string): { activity: Activity; audit: AuditWrite | undefined }[] {
  const put: { activity: Activity; fresh: boolean }[] = []
  const out = writes.map(({ input, before, knownNew }) => {
    const activity: Activity = { ...input, id: input.id ?? randomUUID(), createdAt: before?.createdAt ?? now, updatedAt: now }
    if (before && canonical(withoutTimes(before)) === canonical(withoutTimes(activity))) return { activity: before, audit: undefined }
    put.push({ activity, fresh: !!knownNew || (!before && !activityExists(db, activity.id)) })
    const audit: AuditWrite = { entity: 'activity', entityId: activity.id, action: before ? 'update' : 'create', before: before ?? null, after: activity }
    return { activity, audit }
  })
  putActivities(db, put)
  return out
}

/** One entry: see writeActivities. */
export const writeActivity = (db: Database.Database, input: ActivityFields, now: string, before: Activity | undefined) =>
  writeActivities(db, [{ input, before }], now)[0]

/** Validates, checks links, saves and audits (before/after) in one transaction. */
export function saveActivity(ws: Workspace, raw: unknown): { activity: Activity; changed: boolean } {
  const input = ActivityInputSchema.parse(raw)
  return ws.write((db) => {
    const bad = referenceErrors(db, input)
    if (Object.keys(bad).length > 0) throw fieldsError(bad)
    const before = input.id ? getActivityRow(db, input.id) : undefined
    const { activity, audit } = writeActivity(db, input, ws.now().toISOString(), before)
    return { result: { activity, changed: !!audit }, audit: audit ? [audit] : [] }
  })
}

/** The entry and what names it elsewhere (breaches, transfers, requests), read together. */
export function getActivity(ws: Workspace, id: string): { activity: Activity; dependents: ActivityDependents } {
  return ws.read((db) => {
    const activity = getActivityRow(db, id)
    if (!activity) throw notFound('activity', id)
    return { activity, dependents: activityDependents(db, id) }
  })
}

export function allActivities(ws: Workspace): Activity[] {
  return ws.read((db) => loadActivities(db))
}

/** Deletes the entry with its lists and DPIA screening (and from the drills that name it); the audit rows keep what was. Refused while a real breach names it. */
export function deleteActivity(ws: Workspace, id: string): void {
  ws.write((db) => {
    const before = getActivityRow(db, id)
    if (!before) throw notFound('activity', id)
    const breaches = breachesLinking(db, 'activity', id)
    if (breaches.length > 0)
      throw new CoreError('VALIDATION', 'register:errors.activityInBreach', { name: before.name, names: breaches.map(breachLabel).join(', ') })
    // Drills first: their links are foreign keys that would hold the deletion back.
    const drills = unlinkFromDrills(db, 'activity', id)
    deleteActivityRow(db, id)
    return { result: null, audit: [{ entity: 'activity', entityId: id, action: 'delete', before, after: null }, ...drills] }
  })
}
