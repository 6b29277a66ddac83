import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { verifyAudit } from '../../audit/auditLog'
import { MIGRATIONS } from './index'
import * as m008 from './008_breach_link_keys'

// 008 turns a breach's links to register activities and vendors into foreign keys. Links to records that
// exist survive unchanged; links that already point at nothing are removed with an audit row per breach;
// afterwards no write can add such a link and a record a breach names cannot be deleted under it.

let db: Database.Database | undefined
afterEach(() => db?.close())

const ctx = { now: '2026-12-03T09:00:00.000Z', actor: 'migration-test' }
const AT = '2026-01-01T10:00:00Z'

function schema7(): Database.Database {
  const d = new Database(':memory:')
  d.pragma('foreign_keys = ON')
  d.transaction(() => MIGRATIONS.filter((m) => m.version < 8).forEach((m) => m.up(d, ctx)))()
  const activity = d.prepare(`INSERT INTO register_activity (id, name, status, role, collected_from_subject, automated_exists, occasional, created_at, updated_at)
     VALUES (?, ?, 'active', 'controller', 1, 0, 0, '${AT}', '${AT}')`)
  activity.run('act-payroll', 'Payroll')
  activity.run('act-crm', 'CRM')
  d.prepare(`INSERT INTO register_vendor (id, name, country, role, dpa_signed, created_at, updated_at)
     VALUES ('ven-aruba', 'Aruba', 'IT', 'processor', 1, '${AT}', '${AT}')`).run()
  const breach = d.prepare(`INSERT INTO breach (id, ref, drill, title, discovered_at, aware_at, aware_by, role, created_at, updated_at)
                            VALUES (?, ?, ?, ?, '${AT}', '${AT}', 'DPO', 'controller', '${AT}', '${AT}')`)
  breach.run('br-real', 'BR-2026-001', 0, 'Laptop stolen')
  breach.run('br-drill', 'DR-2026-001', 1, 'Ransomware drill')
  const link = (table: string, col: string, b: string, id: string) => d.prepare(`INSERT INTO ${table} (breach_id, ${col}) VALUES (?, ?)`).run(b, id)
  link('breach_activity_link', 'activity_id', 'br-real', 'act-payroll')
  link('breach_vendor_link', 'vendor_id', 'br-real', 'ven-aruba')
  link('breach_activity_link', 'activity_id', 'br-drill', 'act-crm')
  // What an older build could leave: a drill naming an activity and a vendor deleted since.
  link('breach_activity_link', 'activity_id', 'br-drill', 'act-deleted')
  link('breach_vendor_link', 'vendor_id', 'br-drill', 'ven-deleted')
  return d
}

const links = (d: Database.Database) => ({
  activities: d.prepare('SELECT breach_id, activity_id FROM breach_activity_link ORDER BY 1, 2').all(),
  vendors: d.prepare('SELECT breach_id, vendor_id FROM breach_vendor_link ORDER BY 1, 2').all(),
})

describe('migration 008: breach links are foreign keys', () => {
  it('keeps the links that name existing records and removes, with an audit row, those that name nothing', () => {
    db = schema7()
    db.transaction(() => m008.up(db!, ctx))()

    expect(links(db)).toEqual({
      activities: [
        { breach_id: 'br-drill', activity_id: 'act-crm' },
        { breach_id: 'br-real', activity_id: 'act-payroll' },
      ],
      vendors: [{ breach_id: 'br-real', vendor_id: 'ven-aruba' }],
    })
    const audit = db.prepare('SELECT entity, entity_id, action, actor, at, payload FROM audit_log').all() as Record<string, string>[]
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ entity: 'breach', entity_id: 'br-drill', action: 'update', actor: ctx.actor, at: ctx.now })
    expect(JSON.parse(audit[0].payload)).toEqual({
      before: { activityIds: ['act-crm', 'act-deleted'], vendorIds: ['ven-deleted'] },
      after: { activityIds: ['act-crm'], vendorIds: [] },
    })
    expect(verifyAudit(db).ok).toBe(true)
    expect(db.pragma('foreign_key_check')).toEqual([])
  })

  it('refuses afterwards a link to nothing and the deletion of a record a breach names', () => {
    db = schema7()
    db.transaction(() => m008.up(db!, ctx))()
    expect(() => db!.prepare("INSERT INTO breach_activity_link VALUES ('br-real', 'act-nowhere')").run()).toThrow(/FOREIGN KEY/)
    expect(() => db!.prepare("INSERT INTO breach_vendor_link VALUES ('br-real', 'ven-nowhere')").run()).toThrow(/FOREIGN KEY/)
    expect(() => db!.prepare("DELETE FROM register_activity WHERE id = 'act-payroll'").run()).toThrow(/FOREIGN KEY/)
    expect(() => db!.prepare("DELETE FROM register_vendor WHERE id = 'ven-aruba'").run()).toThrow(/FOREIGN KEY/)
    // A record no breach names is deleted as before.
    db.prepare("DELETE FROM breach_activity_link WHERE activity_id = 'act-crm'").run()
    expect(db.prepare("DELETE FROM register_activity WHERE id = 'act-crm'").run().changes).toBe(1)
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'breach_%_link_%' ORDER BY name")
      .pluck()
      .all()
    expect(indexes).toEqual(['breach_activity_link_activity', 'breach_vendor_link_vendor'])
  })

  it('writes no audit row when every link names an existing record', () => {
    db = schema7()
    db.exec("DELETE FROM breach_activity_link WHERE activity_id = 'act-deleted'; DELETE FROM breach_vendor_link WHERE vendor_id = 'ven-deleted'")
    const before = links(db)
    db.transaction(() => m008.up(db!, ctx))()
    expect(links(db)).toEqual(before)
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0)
  })
})
