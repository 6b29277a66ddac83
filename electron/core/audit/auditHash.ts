import { createHash } from 'node:crypto'

export const GENESIS_HASH = '0'.repeat(64)

export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex')

export interface HashedFields {
  id: number
  at: string
  actor: string
  entity: string
  entity_id: string
  action: string
  redacts: number | null
  payload_hash: string
  prev_hash: string
}

/**
 * The chain covers every column but the payload itself, and the payload through its hash: a payload
 * holding personal data can be cleared at the end of its retention and the chain still verifies.
 */
export function rowHash(r: HashedFields): string {
  return sha256(
    JSON.stringify([r.id, r.at, r.actor, r.entity, r.entity_id, r.action, r.redacts, r.payload_hash, r.prev_hash]),
  )
}
