import type Database from 'better-sqlite3'
import type { DsarSearchSources } from '../../../../shared/domain/dsar/views'
import { cachedStatement } from '../../store/queryBuilder'
import { groupBy } from '../register/rowMapping'

// The register (issue 4) owns systems and activities; the DSAR search checklist offers them by name. Read
// here with two plain queries (names only), not the register's full repositories.

type Named = { id: string; name: string }

/** The register's systems and its current activities with their systems; registerAvailable = any at all. */
export function searchSources(db: Database.Database): DsarSearchSources {
  const systems = cachedStatement(db, `SELECT id, name FROM register_system ORDER BY lower(name)`).all() as Named[]
  const activities = cachedStatement(
    db,
    `SELECT id, name FROM register_activity WHERE status != 'retired' ORDER BY lower(name)`,
  ).all() as Named[]
  const links = cachedStatement(
    db,
    `SELECT l.activity_id AS activityId, s.id AS id, s.name AS name
       FROM activity_system l JOIN register_system s ON s.id = l.system_id ORDER BY lower(s.name)`,
  ).all() as (Named & { activityId: string })[]
  const systemsOf = groupBy(links, (l) => l.activityId)
  return {
    // Empty register: the checklist asks for the systems by name instead.
    registerAvailable: systems.length > 0 || activities.length > 0,
    systems,
    activities: activities.map((a) => ({ ...a, systems: (systemsOf.get(a.id) ?? []).map(({ id, name }) => ({ id, name })) })),
  }
}

export function registerSystemName(db: Database.Database, id: string): string | undefined {
  return (cachedStatement(db, `SELECT name FROM register_system WHERE id = ?`).get(id) as { name: string } | undefined)?.name
}

export function registerActivityName(db: Database.Database, id: string): string | undefined {
  return (cachedStatement(db, `SELECT name FROM register_activity WHERE id = ?`).get(id) as { name: string } | undefined)?.name
}
