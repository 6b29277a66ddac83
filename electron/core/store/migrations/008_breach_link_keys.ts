import type Database from 'better-sqlite3'
import { appendAudits, type AuditWrite } from '../../audit/auditLog'
import type { MigrationContext } from './context'

export const name = 'breach-link-keys'

// A breach names the activities and vendors it affected (breach_activity_link, breach_vendor_link). They
// were plain ids (migration 5 came before the register's tables were settled); now they are foreign keys
// to register_activity and register_vendor, so no write can leave a breach naming something that does
// not exist, whatever the services check. No ON DELETE action: deleting a record a breach names fails,
// and the register's services refuse it first (a real breach) or unlink it first (a drill), with audit.
//
// A link that already points at nothing (a drill naming an activity deleted before drills were cleaned
// up, or an id written by an older build) cannot be kept under the key: it is removed, and the change is
// audited per breach as the deletion that caused it would have been (its links before and after).

const LINKS = [
  { table: 'breach_activity_link', column: 'activity_id', parent: 'register_activity', field: 'activityIds' },
  { table: 'breach_vendor_link', column: 'vendor_id', parent: 'register_vendor', field: 'vendorIds' },
] as const

function danglingAudits(db: Database.Database): AuditWrite[] {
  const changes = new Map<string, { before: Record<string, string[]>; after: Record<string, string[]> }>()
  for (const { table, column, parent, field } of LINKS) {
    const links = db
      .prepare(`SELECT l.breach_id AS breach, l.${column} AS id, p.id IS NOT NULL AS present
                  FROM ${table} l LEFT JOIN ${parent} p ON p.id = l.${column} ORDER BY l.breach_id, l.${column}`)
      .all() as { breach: string; id: string; present: number }[]
    const broken = new Set(links.filter((l) => !l.present).map((l) => l.breach))
    for (const breach of broken) {
      const mine = links.filter((l) => l.breach === breach)
      const change = changes.get(breach) ?? { before: {}, after: {} }
      change.before[field] = mine.map((l) => l.id)
      change.after[field] = mine.filter((l) => l.present).map((l) => l.id)
      changes.set(breach, change)
    }
    db.exec(`DELETE FROM ${table} WHERE ${column} NOT IN (SELECT id FROM ${parent})`)
  }
  return [...changes].map(([breach, { before, after }]) => ({ entity: 'breach', entityId: breach, action: 'update', before, after }))
}

export function up(db: Database.Database, ctx: MigrationContext): void {
  appendAudits(db, ctx.now, ctx.actor, danglingAudits(db))
  db.exec(`
    CREATE TABLE breach_activity_link_new (
      breach_id   TEXT NOT NULL REFERENCES breach(id),
      activity_id TEXT NOT NULL REFERENCES register_activity(id),
      PRIMARY KEY (breach_id, activity_id)
    ) STRICT;
    INSERT INTO breach_activity_link_new (breach_id, activity_id) SELECT breach_id, activity_id FROM breach_activity_link;
    DROP TABLE breach_activity_link;
    ALTER TABLE breach_activity_link_new RENAME TO breach_activity_link;
    CREATE INDEX breach_activity_link_activity ON breach_activity_link(activity_id);

    CREATE TABLE breach_vendor_link_new (
      breach_id TEXT NOT NULL REFERENCES breach(id),
      vendor_id TEXT NOT NULL REFERENCES register_vendor(id),
      PRIMARY KEY (breach_id, vendor_id)
    ) STRICT;
    INSERT INTO breach_vendor_link_new (breach_id, vendor_id) SELECT breach_id, vendor_id FROM breach_vendor_link;
    DROP TABLE breach_vendor_link;
    ALTER TABLE breach_vendor_link_new RENAME TO breach_vendor_link;
    CREATE INDEX breach_vendor_link_vendor ON breach_vendor_link(vendor_id);
  `)
}
