import type { BreachTables } from './tables/breach'
import type { DsarTables } from './tables/dsar'
import type { RegisterTables } from './tables/register'
import type { TransfersTables } from './tables/transfers'

// Kysely table types for the workspace file. Column names are snake_case as stored.
export interface MetaTable {
  key: string
  value: string
}

export interface OrganisationTable {
  id: number
  legal_name: string
  country: string
  time_zone: string
  language: string
  /** The whole profile, validated by OrganisationProfileSchema on every read and write. */
  profile_json: string
  updated_at: string
}

export interface AuditLogTable {
  id: number
  at: string
  actor: string
  entity: string
  entity_id: string
  action: string
  redacts: number | null
  payload_hash: string
  prev_hash: string
  hash: string
  // Last text column on purpose: the only one a redaction may clear (to NULL).
  payload: string | null
}

export interface ReminderLogTable {
  key: string
  fired_at: string
  due_at: string
}

export interface DB extends RegisterTables, DsarTables, BreachTables, TransfersTables {
  meta: MetaTable
  organisation: OrganisationTable
  audit_log: AuditLogTable
  reminder_log: ReminderLogTable
}
