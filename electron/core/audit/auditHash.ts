import { createHash } from 'node:crypto'
import type { AuditLogTable } from '../store/schema'

export const GENESIS_HASH = '0'.repeat(64)

export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex')

/** Every audit_log column the chain covers: all but the row's own hash and the payload itself. */
export type HashedFields = Omit<AuditLogTable, 'hash' | 'payload'>

/**
 * The chain covers every column but the payload itself, and the payload through its hash: a payload
 * holding personal data can be cleared at the end of its retention and the chain still verifies.
 */
export function rowHash(r: HashedFields): string {
  return sha256(
    JSON.stringify([r.id, r.at, r.actor, r.entity, r.entity_id, r.action, r.redacts, r.payload_hash, r.prev_hash]),
  )
}
