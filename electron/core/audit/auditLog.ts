import type Database from 'better-sqlite3'
import type { AuditEntry, AuditVerify } from '../../../shared/domain/audit'
import { all, cachedStatement, first, qb, run } from '../store/queryBuilder'
import type { AuditLogTable } from '../store/schema'
import { GENESIS_HASH, rowHash, sha256 } from './auditHash'

export interface AuditWrite {
  entity: string
  entityId: string
  action: AuditEntry['action']
  before?: unknown
  after?: unknown
  redacts?: number
}

/** Appends one chained row. Call it inside the transaction of the write it records. */
export function appendAudit(db: Database.Database, at: string, actor: string, w: AuditWrite): AuditLogTable {
  return appendAudits(db, at, actor, [w])[0]
}

/**
 * Appends chained rows in order, inside the transaction of the write they record. The head is read and
 * recorded once for the lot (an import of 10,000 activities writes 10,000 rows).
 */
export function appendAudits(db: Database.Database, at: string, actor: string, writes: readonly AuditWrite[]): AuditLogTable[] {
  if (!db.inTransaction) throw new Error('appendAudit must run inside the write transaction')
  if (writes.length === 0) return []
  // Hot path (every write): plain cached statements rather than building the query each time.
  const last = cachedStatement(db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; hash: string }
    | undefined
  const insert = cachedStatement(
    db,
    `INSERT INTO audit_log (id, at, actor, entity, entity_id, action, redacts, payload_hash, prev_hash, hash, payload)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  let id = last?.id ?? 0
  let prev = last?.hash ?? GENESIS_HASH
  const rows = writes.map((w) => {
    const payload = JSON.stringify({ before: w.before ?? null, after: w.after ?? null })
    const row: AuditLogTable = {
      id: ++id,
      at,
      actor,
      entity: w.entity,
      entity_id: w.entityId,
      action: w.action,
      redacts: w.redacts ?? null,
      payload_hash: sha256(payload),
      prev_hash: prev,
      hash: '',
      payload,
    }
    row.hash = prev = rowHash(row)
    const r = row
    insert.run(r.id, r.at, r.actor, r.entity, r.entity_id, r.action, r.redacts, r.payload_hash, r.prev_hash, r.hash, r.payload)
    return row
  })
  // The head is recorded apart from the rows so that removing the newest entries is detected too.
  const head = rows[rows.length - 1]
  cachedStatement(
    db,
    `INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  ).run(`${head.id}:${head.hash}`)
  return rows
}

export function toEntry(r: AuditLogTable): AuditEntry {
  let payload: unknown = null
  if (r.payload !== null) {
    try {
      payload = JSON.parse(r.payload)
    } catch {
      payload = r.payload // a damaged payload is shown as stored; verify reports it
    }
  }
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action as AuditEntry['action'],
    payload,
    redactedAt: null,
    hash: r.hash,
  }
}

export function listAudit(db: Database.Database, limit: number): { rows: AuditEntry[]; total: number } {
  const rows = all(db, qb.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit))
  const redactions = new Map(
    all(db, qb.selectFrom('audit_log').select(['redacts', 'at']).where('redacts', 'is not', null)).map((r) => [
      r.redacts,
      r.at,
    ]),
  )
  const total = first(db, qb.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0
  return {
    rows: rows.map((r) => ({ ...toEntry(r), redactedAt: redactions.get(r.id) ?? null })),
    total,
  }
}

export function auditHead(db: Database.Database): string | null {
  return first(db, qb.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1))?.hash ?? null
}

/** Walks the whole chain; names the first row that does not verify. */
export function verifyAudit(db: Database.Database): AuditVerify {
  const integrity = String(db.pragma('integrity_check', { simple: true }))
  const stmt = db.prepare('SELECT * FROM audit_log ORDER BY id')
  let prev = GENESIS_HASH
  let expectedId = 1
  let rows = 0
  const redacted: number[] = []
  const redactionsOf = new Set<number>()
  const broken = (id: number, problem: string): AuditVerify => ({
    ok: false,
    rows,
    headHash: prev === GENESIS_HASH ? null : prev,
    brokenRowId: id,
    problem,
    integrity,
  })
  for (const r of stmt.iterate() as IterableIterator<AuditLogTable>) {
    rows++
    if (r.id !== expectedId) return broken(r.id, `entry ${expectedId} is missing before entry ${r.id}`)
    if (r.prev_hash !== prev) return broken(r.id, 'it does not link to the entry before it (an entry was changed or removed)')
    if (r.payload === null) redacted.push(r.id)
    else if (sha256(r.payload) !== r.payload_hash) return broken(r.id, 'its recorded change (payload) was edited')
    if (rowHash(r) !== r.hash) return broken(r.id, 'its fields were edited (hash mismatch)')
    if (r.redacts !== null) redactionsOf.add(r.redacts)
    prev = r.hash
    expectedId++
  }
  for (const id of redacted)
    if (!redactionsOf.has(id)) return broken(id, 'its payload was removed without an audited redaction')
  const head = first(db, qb.selectFrom('meta').select('value').where('key', '=', 'audit_head'))?.value
  if (rows > 0 && head !== `${rows}:${prev}`)
    return broken(rows, 'the last entries were removed (the recorded head does not match)')
  return { ok: integrity === 'ok', rows, headHash: rows ? prev : null, integrity, ...(integrity === 'ok' ? {} : { problem: `integrity_check: ${integrity}` }) }
}

/** Clears the payload of one entry (retention ended) and records who did it and why, in one transaction. */
export function redactAudit(db: Database.Database, at: string, actor: string, id: number, reason: string): void {
  db.transaction(() => {
    const row = first(db, qb.selectFrom('audit_log').selectAll().where('id', '=', id))
    if (!row || row.payload === null) return
    run(db, qb.updateTable('audit_log').set({ payload: null }).where('id', '=', id))
    appendAudit(db, at, actor, {
      entity: 'audit_log',
      entityId: String(id),
      action: 'redact',
      redacts: id,
      after: { reason, payloadHash: row.payload_hash },
    })
  })()
}
