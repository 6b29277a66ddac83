// Kysely table types of the dsar module (issue 5); DB (store/schema.ts) extends this.
// Columns as created by migrations/004_dsar.ts.
import type { Generated } from 'kysely'

export interface DsarSettingTable {
  key: string
  value: string
}

export interface DsarCaseTable {
  id: string
  requester_name: string | null
  requester_email: string | null
  requester_phone: string | null
  requester_address: string | null
  requester_country: string | null
  relationship: string
  channel: string
  received_at: string
  regime: string
  country: string | null
  description: string | null
  notes: string | null
  status: string
  identity_method: string | null
  identity_status: string
  identity_checked_on: string | null
  identity_notes: string | null
  art125_assessment: string
  art125_handling: string | null
  art125_reason: string | null
  art125_fee: string | null
  art125_warned_on: string | null
  extended_on: string | null
  extension_reason: string | null
  extended_to: string | null
  answered_on: string | null
  late_reason: string | null
  closed_on: string | null
  purged_at: string | null
  created_at: string
  updated_at: string
}

export interface DsarCaseTypeTable {
  case_id: string
  position: number
  type: string
}

export interface DsarStatusChangeTable {
  id: Generated<number>
  case_id: string
  from_status: string | null
  to_status: string
  at: string
  reason: string | null
}

export interface DsarEventTable {
  id: Generated<number>
  case_id: string
  kind: string
  on_date: string
  reason: string | null
  created_at: string
}

export interface DsarDecisionTable {
  case_id: string
  type: string
  outcome: string
  ground: string | null
  reason: string | null
  decided_on: string
}

export interface DsarSearchTable {
  id: Generated<number>
  case_id: string
  position: number
  system_name: string | null
  register_system_id: string | null
  register_activity_id: string | null
  result: string
  searched_by: string | null
  searched_on: string | null
  findings: string | null
}

export interface DsarBlobTable {
  sha256: string
  size: number
  created_at: string
  data: Buffer
}

export interface DsarAttachmentTable {
  id: Generated<number>
  case_id: string
  blob_sha256: string
  file_name: string | null
  original_path: string | null
  media_type: string | null
  size: number
  note: string | null
  added_at: string
}

export interface DsarLetterTable {
  id: Generated<number>
  case_id: string
  kind: string
  lang: string
  letter_date: string
  subject: string | null
  body: string | null
  blob_sha256: string | null
  bytes: number
  created_at: string
}

export interface DsarTables {
  dsar_setting: DsarSettingTable
  dsar_case: DsarCaseTable
  dsar_case_type: DsarCaseTypeTable
  dsar_status_change: DsarStatusChangeTable
  dsar_event: DsarEventTable
  dsar_decision: DsarDecisionTable
  dsar_search: DsarSearchTable
  dsar_blob: DsarBlobTable
  dsar_attachment: DsarAttachmentTable
  dsar_letter: DsarLetterTable
}
