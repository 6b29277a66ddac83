import type Database from 'better-sqlite3'
import type { DsarSearchSources } from '../../../../shared/domain/dsar/views'
import { cachedStatement } from '../../store/queryBuilder'

// The register module (issue 4) owns systems and activities. DSAR reads them with plain SQL only when
// its tables exist, so the search checklist offers them where the register is present and falls back to
// free-text systems where it is not (or in a workspace made before it).

function hasTable(db: Database.Database, name: string): boolean {
  return !!cachedStatement(db, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name)
}

export function registerAvailable(db: Database.Database): boolean {
  return hasTable(db, 'register_system') && hasTable(db, 'register_activity')
}

export function searchSources(db: Database.Database): DsarSearchSources {
  if (!registerAvailable(db)) return { registerAvailable: false, systems: [], activities: [] }
  const systems = cachedStatement(db, `SELECT id, name FROM register_system ORDER BY lower(name)`).all() as {
    id: string
    name: string
  }[]
  const activities = cachedStatement(
    db,
    `SELECT id, name FROM register_activity WHERE status != 'retired' ORDER BY lower(name)`,
  ).all() as { id: string; name: string }[]
  const links = hasTable(db, 'activity_system')
    ? (cachedStatement(
        db,
        `SELECT l.activity_id AS activityId, s.id AS id, s.name AS name
           FROM activity_system l JOIN register_system s ON s.id = l.system_id ORDER BY lower(s.name)`,
      ).all() as { activityId: string; id: string; name: string }[])
    : []
  return {
    registerAvailable: true,
    systems,
    activities: activities.map((a) => ({
      ...a,
      systems: links.filter((l) => l.activityId === a.id).map(({ id, name }) => ({ id, name })),
    })),
  }
}

export function registerSystemName(db: Database.Database, id: string): string | undefined {
  if (!hasTable(db, 'register_system')) return undefined
  return (
    cachedStatement(db, `SELECT name FROM register_system WHERE id = ?`).get(id) as
      { name: string } | undefined
  )?.name
}

export function registerActivityName(db: Database.Database, id: string): string | undefined {
  if (!hasTable(db, 'register_activity')) return undefined
  return (
    cachedStatement(db, `SELECT name FROM register_activity WHERE id = ?`).get(id) as
      { name: string } | undefined
  )?.name
}
