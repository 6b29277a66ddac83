// Kysely table types of the breach module (issue 6), as created by migrations/005_breach.ts.
// DB (store/schema.ts) extends this. Booleans are INTEGER 0/1; instants are UTC ISO strings.

export interface BreachTable {
  id: string
  ref: string
  drill: number
  status: string
  title: string
  discovered_at: string
  discovery_how: string | null
  aware_at: string
  aware_by: string
  aware_reasoning: string | null
  processor_aware_at: string | null
  started_at: string | null
  ended_at: string | null
  ongoing: number
  cause_kind: string | null
  cause: string | null
  subject_count: number | null
  record_count: number | null
  role: string
  controller_name: string | null
  controller_contact: string | null
  likely_consequences: string | null
  contact_name: string | null
  contact_email: string | null
  contact_phone: string | null
  nis2_significant: number
  dora_major: number
  dora_classified_at: string | null
  eprivacy_service: number
  hipaa_phi: number
  lgpd_small_agent: number
  hipaa_max_residents: number | null
  processor_target_hours: number | null
  fadp_target_hours: number | null
  authority_code: string | null
  close_note: string | null
  closed_at: string | null
  created_at: string
  updated_at: string
}

export interface BreachNatureTable {
  breach_id: string
  nature: string
}
export interface BreachSubjectCategoryTable {
  breach_id: string
  position: number
  name: string
}
export interface BreachSubjectCountryTable {
  breach_id: string
  country: string
}
export interface BreachDataCategoryTable {
  breach_id: string
  position: number
  name: string
  special: number
}
export interface BreachActivityLinkTable {
  breach_id: string
  activity_id: string
}
export interface BreachVendorLinkTable {
  breach_id: string
  vendor_id: string
}
export interface BreachRegimeExclusionTable {
  breach_id: string
  regime: string
  reason: string
}
export interface BreachActionTable {
  id: string
  breach_id: string
  kind: string
  at: string
  description: string
  by_name: string | null
}
export interface BreachAssessmentTable {
  id: string
  breach_id: string
  assessed_at: string
  assessed_by: string
  ease_of_identification: string
  confidentiality: string
  integrity: string
  availability: string
  malicious: number
  unintelligible: number
  art34_exception: string | null
  dpc: number
  dpc_from: string
  ei: number
  cb: number
  score: number
  level: string
  severity_explanation: string
  proposed_risk: string
  edpb_level: string
  enisa_risk: string
  propose_authority: number
  propose_subjects: string
  reason_required_to_skip: number
  proposal_explanation: string
  notes: string | null
}
export interface BreachAssessmentDataTable {
  assessment_id: string
  position: number
  data_type: string
  delta: number
  reason: string | null
}
export interface BreachRiskAnswerTable {
  assessment_id: string
  question: string
  answer: string
}
export interface BreachDecisionTable {
  id: string
  breach_id: string
  assessment_id: string | null
  risk_level: string
  notify_authority: number
  authority_reason: string | null
  subjects: string
  art34_exception: string | null
  subjects_reason: string | null
  decided_by: string
  decided_at: string
  reasoning: string
  follows_proposal: number | null
  recorded_at: string
}
export interface BreachNotificationTable {
  id: string
  breach_id: string
  clock_id: string | null
  regime: string | null
  phase: string
  recipient_kind: string
  authority_code: string | null
  recipient_name: string
  channel: string
  sent_at: string
  reference: string | null
  content: string
  recorded_at: string
  recorded_by: string
}
export interface BreachDelayReasonTable {
  breach_id: string
  clock_id: string
  reason: string
  recorded_at: string
  recorded_by: string
}
export interface BreachChecklistTable {
  breach_id: string
  item: string
  done_at: string
  done_by: string
}

export interface BreachTables {
  breach: BreachTable
  breach_nature: BreachNatureTable
  breach_subject_category: BreachSubjectCategoryTable
  breach_subject_country: BreachSubjectCountryTable
  breach_data_category: BreachDataCategoryTable
  breach_activity_link: BreachActivityLinkTable
  breach_vendor_link: BreachVendorLinkTable
  breach_regime_exclusion: BreachRegimeExclusionTable
  breach_action: BreachActionTable
  breach_assessment: BreachAssessmentTable
  breach_assessment_data: BreachAssessmentDataTable
  breach_risk_answer: BreachRiskAnswerTable
  breach_decision: BreachDecisionTable
  breach_notification: BreachNotificationTable
  breach_delay_reason: BreachDelayReasonTable
  breach_checklist: BreachChecklistTable
}
