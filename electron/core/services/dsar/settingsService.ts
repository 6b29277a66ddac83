import type Database from 'better-sqlite3'
import { DsarSettingsSchema, type DsarSettings } from '../../../../shared/domain/dsar/inputs'
import { first, qb, run } from '../../store/queryBuilder'
import type { Workspace } from '../../store/workspace'

// Workspace settings of the DSAR module. Closed cases keep their personal data this long (storage
// limitation, Art. 5(1)(e)): long enough to prove the reply and answer a complaint, then erased.
// Default 24 months: a common choice for complaint periods; the user sets their own.
export const DEFAULT_SETTINGS: DsarSettings = { closedRetentionMonths: 24 }

export function readSettings(db: Database.Database): DsarSettings {
  const row = first(
    db,
    qb.selectFrom('dsar_setting').select('value').where('key', '=', 'closedRetentionMonths'),
  )
  const parsed = DsarSettingsSchema.safeParse({
    closedRetentionMonths: row ? Number(row.value) : DEFAULT_SETTINGS.closedRetentionMonths,
  })
  return parsed.success ? parsed.data : DEFAULT_SETTINGS
}

export function saveSettings(ws: Workspace, raw: unknown): DsarSettings {
  const next = DsarSettingsSchema.parse(raw)
  return ws.write((db) => {
    const before = readSettings(db)
    if (before.closedRetentionMonths === next.closedRetentionMonths) return { result: next, audit: [] }
    run(
      db,
      qb
        .insertInto('dsar_setting')
        .values({ key: 'closedRetentionMonths', value: String(next.closedRetentionMonths) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(next.closedRetentionMonths) })),
    )
    return {
      result: next,
      audit: [{ entity: 'dsar_settings', entityId: 'dsar', action: 'update', before, after: next }],
    }
  })
}
