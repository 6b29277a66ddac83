import type { Generated } from 'kysely'

// Kysely table types of the register module (issue 4); DB (store/schema.ts) extends this.
// Columns as stored (snake_case); booleans are 0/1; optional text is NULL. See migrations/003_register.ts.

export interface RegisterVendorTable {
  id: string
  name: string
  country: string
  role: string
  dpa_signed: number
  dpa_signed_on: string | null
  dpa_reference: string | null
  contact_name: string | null
  contact_email: string | null
  website: string | null
  notes: string | null
  created_at: string
  updated_at: string
}

export interface RegisterVendorServiceTable {
  vendor_id: string
  position: number
  service: string
}

export interface RegisterVendorLocationTable {
  vendor_id: string
  position: number
  country: string
}

export interface RegisterVendorCertificationTable {
  vendor_id: string
  position: number
  name: string
}

export interface RegisterSystemTable {
  id: string
  name: string
  type: string
  location: string | null
  country: string | null
  internal: number
  vendor_id: string | null
  notes: string | null
  created_at: string
  updated_at: string
}

export interface RegisterActivityTable {
  id: string
  name: string
  description: string | null
  status: string
  role: string
  owner: string | null
  criminal_data_authority: string | null
  collected_from_subject: number
  joint_arrangement: string | null
  automated_exists: number
  automated_logic: string | null
  automated_consequences: string | null
  occasional: number
  dpia_ref: string | null
  last_reviewed_on: string | null
  next_review_on: string | null
  notes: string | null
  template_id: string | null
  created_at: string
  updated_at: string
}

export interface ActivityPurposeTable {
  id: Generated<number>
  activity_id: string
  position: number
  text: string
}

export interface ActivityLawfulBasisTable {
  purpose_id: number
  position: number
  basis: string
  legitimate_interest: string | null
  balancing_test: string | null
  consent_collection: string | null
  consent_withdrawal: string | null
  legal_reference: string | null
}

export interface ActivitySubjectCategoryTable {
  activity_id: string
  position: number
  name: string
}

export interface ActivityDataCategoryTable {
  activity_id: string
  position: number
  name: string
  special: string | null
  criminal: number
  retention_period: number | null
  retention_unit: string | null
  retention_criteria: string | null
  retention_trigger: string | null
  retention_legal_source: string | null
  retention_action: string
}

export interface ActivityArt9ConditionTable {
  activity_id: string
  position: number
  condition: string
  note: string | null
}

export interface ActivitySourceTable {
  activity_id: string
  position: number
  description: string
  publicly_available: number
}

export interface ActivityRecipientTable {
  activity_id: string
  position: number
  kind: string
  vendor_id: string | null
  name: string | null
  country: string | null
  note: string | null
}

export interface ActivityTransferTable {
  id: Generated<number>
  activity_id: string
  position: number
  country: string
  vendor_id: string | null
  derogation: string | null
  safeguards: string | null
  note: string | null
}

export interface ActivityTransferToolTable {
  transfer_id: number
  position: number
  tool: string
}

export interface ActivitySystemTable {
  activity_id: string
  position: number
  system_id: string
}

export interface ActivitySecurityMeasureTable {
  activity_id: string
  position: number
  measure_key: string | null
  text: string | null
}

export interface ActivityJointControllerTable {
  activity_id: string
  position: number
  name: string
  contact: string | null
}

export interface ActivityControllerServedTable {
  activity_id: string
  position: number
  name: string
  contact: string | null
  processing_categories: string | null
}

export interface DpiaScreeningTable {
  activity_id: string
  screened_at: string
  answered_by: string
  result: string
  list_country: string | null
  list_checked: number
  reasoning: string | null
}

export interface DpiaScreeningAnswerTable {
  activity_id: string
  question: string
}

export interface RegisterTables {
  register_vendor: RegisterVendorTable
  register_vendor_service: RegisterVendorServiceTable
  register_vendor_location: RegisterVendorLocationTable
  register_vendor_certification: RegisterVendorCertificationTable
  register_system: RegisterSystemTable
  register_activity: RegisterActivityTable
  activity_purpose: ActivityPurposeTable
  activity_lawful_basis: ActivityLawfulBasisTable
  activity_subject_category: ActivitySubjectCategoryTable
  activity_data_category: ActivityDataCategoryTable
  activity_art9_condition: ActivityArt9ConditionTable
  activity_source: ActivitySourceTable
  activity_recipient: ActivityRecipientTable
  activity_transfer: ActivityTransferTable
  activity_transfer_tool: ActivityTransferToolTable
  activity_system: ActivitySystemTable
  activity_security_measure: ActivitySecurityMeasureTable
  activity_joint_controller: ActivityJointControllerTable
  activity_controller_served: ActivityControllerServedTable
  dpia_screening: DpiaScreeningTable
  dpia_screening_answer: DpiaScreeningAnswerTable
}
