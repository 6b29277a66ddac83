// Kysely table types of the transfers module (issue 7); DB (store/schema.ts) extends this.
// Columns as stored (snake_case); booleans are 0/1; optional text is NULL. See migrations/006_transfers.ts.

export interface TransferTable {
  id: string
  activity_id: string | null
  exporter_vendor_id: string | null
  exporter_role: string
  importer_vendor_id: string
  importer_country: string
  importer_role: string
  purpose: string | null
  special_categories: number
  criminal_data: number
  volume: string | null
  frequency: string
  status: string
  notes: string | null
  created_at: string
  updated_at: string
}

export interface TransferNameRow {
  transfer_id: string
  position: number
  name: string
}

export interface TransferFormatTable {
  transfer_id: string
  format: string
}

export interface TransferToolTable {
  transfer_id: string
  position: number
  tool: string
  decision_id: string | null
  scc_module: number | null
  signed_on: string | null
  reference: string | null
  derogation: string | null
  derogation_reason: string | null
}

export interface TransferDpfCheckTable {
  transfer_id: string
  certified: number
  checked_on: string
  covers: string
  checked_by: string | null
  note: string | null
}

export interface TransferDpfListTable {
  transfer_id: string
  list: string
}

export interface TransferOnwardTable {
  transfer_id: string
  position: number
  recipient: string
  country: string
  tool: string | null
  note: string | null
}

export interface TransferTiaTable {
  id: string
  transfer_id: string
  version: number
  status: string
  supersedes_id: string | null
  importer_name: string
  importer_country: string
  pack_version: number
  pack_as_of: string
  s1_exporter: string | null
  s1_importer: string | null
  s1_importer_country: string | null
  s1_importer_role: string | null
  s1_scc_module: number | null
  s1_purpose: string | null
  s1_special_categories: number
  s1_criminal_data: number
  s1_volume: string | null
  s1_frequency: string | null
  s1_remote_access: string | null
  s1_clear_text_access: string | null
  s1_keys_held_by: string | null
  s2_tool: string | null
  s2_tool_details: string | null
  s2_adequacy_status: string | null
  s2_dpf_certified: number | null
  s2_dpf_checked_on: string | null
  s3_importer_in_scope: string | null
  s3_in_scope_note: string | null
  s3_oversight: string | null
  s3_redress: string | null
  s3_practice: string | null
  s3_practice_applies: string | null
  s3_law_impinges: string | null
  s3_assessment: string | null
  s4_note: string | null
  s5_scc_unmodified: number | null
  s5_sa_authorisation: number | null
  s5_steps: string | null
  s6_next_review_on: string | null
  s6_triggers: string | null
  conclusion: string | null
  conclusion_reasons: string | null
  probability_percent: number | null
  probability_years: number | null
  probability_method: string | null
  signed_by: string | null
  signed_role: string | null
  signed_at: string | null
  created_at: string
  updated_at: string
}

export interface TransferTiaValueTable {
  tia_id: string
  list: string
  position: number
  value: string
}

export interface TransferTiaLawTable {
  tia_id: string
  position: number
  law_key: string | null
  name: string
  summary: string | null
  applies: string | null
  note: string | null
}

export interface TransferTiaMeasureTable {
  tia_id: string
  position: number
  measure_key: string | null
  kind: string
  text: string | null
  note: string | null
}

export interface TransferTiaSourceTable {
  tia_id: string
  position: number
  title: string
  url: string | null
  as_of: string
  unverified: number
}

export interface TransferCountryPackTable {
  id: number
  version: number
  as_of: string
  publisher: string
  pack_json: string
  imported_at: string
}

export interface TransferCountryOverrideTable {
  country: string
  as_of: string
  assessment_json: string
  updated_at: string
}

export interface TransfersTables {
  transfer: TransferTable
  transfer_data_category: TransferNameRow
  transfer_data_subject: TransferNameRow
  transfer_format: TransferFormatTable
  transfer_tool: TransferToolTable
  transfer_dpf_check: TransferDpfCheckTable
  transfer_dpf_list: TransferDpfListTable
  transfer_onward: TransferOnwardTable
  transfer_tia: TransferTiaTable
  transfer_tia_value: TransferTiaValueTable
  transfer_tia_law: TransferTiaLawTable
  transfer_tia_measure: TransferTiaMeasureTable
  transfer_tia_source: TransferTiaSourceTable
  transfer_country_pack: TransferCountryPackTable
  transfer_country_override: TransferCountryOverrideTable
}
