import type Database from 'better-sqlite3'
import type { Activity, ActivitySummary } from '../../../../shared/domain/register/activity'
import type { Finding } from '../../../../shared/domain/register/finding'
import { localDateOf } from '../../../../shared/rules/calendar'
import { checkActivity, type VendorFacts } from '../../../../shared/rules/register/completeness'
import { loadActivities } from '../../repositories/register/activityRepo'
import { loadScreenings } from '../../repositories/register/dpiaRepo'
import { loadVendors } from '../../repositories/register/vendorRepo'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../profileService'

/** Everything the checks and the list need, read once. */
export interface RegisterSnapshot {
  activities: Activity[]
  vendors: Map<string, VendorFacts & { name: string }>
  screenings: ReturnType<typeof loadScreenings>
  today: string
}

export function registerSnapshot(db: Database.Database, today: string, activityId?: string): RegisterSnapshot {
  return {
    activities: loadActivities(db, activityId),
    vendors: new Map(loadVendors(db).map((v) => [v.id, v])),
    screenings: loadScreenings(db, activityId),
    today,
  }
}

export const todayIn = (ws: Workspace): string => localDateOf(ws.now(), readProfile(ws).timeZone)

export function findingsOf(snap: RegisterSnapshot, a: Activity): Finding[] {
  return checkActivity(a, { today: snap.today, vendors: snap.vendors, screening: snap.screenings.get(a.id)?.result })
}

/** Completeness findings for one activity or the whole register (on demand; nothing is stored). */
export function registerFindings(ws: Workspace, activityId?: string): Finding[] {
  const today = todayIn(ws)
  const snap = ws.read((db) => registerSnapshot(db, today, activityId))
  return snap.activities.flatMap((a) => findingsOf(snap, a))
}

export function summarise(snap: RegisterSnapshot, a: Activity): ActivitySummary {
  const vendorIds = [...new Set([...a.recipients.flatMap((r) => (r.vendorId ? [r.vendorId] : [])), ...a.transfers.flatMap((t) => (t.vendorId ? [t.vendorId] : []))])]
  const vendors = vendorIds.map((id) => ({ id, name: snap.vendors.get(id)?.name ?? id }))
  const countries = new Set<string>()
  for (const id of vendorIds) {
    const v = snap.vendors.get(id)
    if (v) [v.country, ...v.dataLocations].forEach((c) => countries.add(c))
  }
  a.transfers.forEach((t) => countries.add(t.country))
  a.recipients.forEach((r) => r.country && countries.add(r.country))
  return {
    id: a.id,
    name: a.name,
    status: a.status,
    role: a.role,
    ...(a.owner ? { owner: a.owner } : {}),
    bases: [...new Set(a.purposes.flatMap((p) => p.bases.map((b) => b.basis)))],
    dataCategories: a.dataCategories.map((d) => d.name),
    vendors,
    countries: [...countries].sort(),
    ...(a.nextReviewOn ? { nextReviewOn: a.nextReviewOn } : {}),
    ...(snap.screenings.get(a.id) ? { dpiaResult: snap.screenings.get(a.id)!.result } : {}),
    findings: findingsOf(snap, a).filter((f) => f.severity === 'error').length,
    updatedAt: a.updatedAt,
  }
}

/** The register list: one summary row per activity, with its count of missing required items. */
export function listActivitySummaries(ws: Workspace): ActivitySummary[] {
  const today = todayIn(ws)
  const snap = ws.read((db) => registerSnapshot(db, today))
  return snap.activities.map((a) => summarise(snap, a))
}
