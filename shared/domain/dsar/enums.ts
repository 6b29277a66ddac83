// Value lists of the DSAR module (issue 5 item 3). The migration 004_dsar.ts freezes a copy of each in
// CHECK constraints: adding a value needs a new migration as well as a change here.

/** received → identity check → in progress → extended → answered / refused / withdrawn → closed. */
export const DSAR_STATUSES = [
  'received',
  'identity_check',
  'in_progress',
  'extended',
  'answered',
  'refused',
  'withdrawn',
  'closed',
] as const
export type DsarStatus = (typeof DSAR_STATUSES)[number]

export const DSAR_RELATIONSHIPS = [
  'customer',
  'prospect',
  'employee',
  'former_employee',
  'job_applicant',
  'supplier_contact',
  'website_user',
  'other',
] as const

export const DSAR_CHANNELS = [
  'email',
  'web_form',
  'post',
  'phone',
  'in_person',
  'social_media',
  'other',
] as const

export const IDENTITY_METHODS = [
  'account_match',
  'email_confirmation',
  'id_document',
  'knowledge_questions',
  'in_person',
  'other',
] as const
export const IDENTITY_STATUSES = ['not_started', 'not_needed', 'requested', 'verified', 'failed'] as const

/**
 * Facts that start or stop the UK clock (UK GDPR Art. 12A; REFERENCE §3.3). Under EU GDPR they are
 * recorded too, but do not move the date (§8 Q6).
 */
export const DSAR_EVENT_KINDS = [
  'id_requested',
  'id_received',
  'fee_requested',
  'fee_received',
  'clarification_requested',
  'clarification_received',
] as const
export type DsarEventKind = (typeof DSAR_EVENT_KINDS)[number]

/** The event each "received" kind answers. */
export const ANSWERS: Partial<Record<DsarEventKind, DsarEventKind>> = {
  id_received: 'id_requested',
  fee_received: 'fee_requested',
  clarification_received: 'clarification_requested',
}

export const DECISION_OUTCOMES = ['granted', 'partly_granted', 'refused', 'no_data'] as const
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number]

/** Why a request (or part of it) is refused: Art. 12(5), 11(2)/12(6), Art. 23 restrictions, Art. 15(4). */
export const REFUSAL_GROUNDS = [
  'manifestly_unfounded',
  'excessive',
  'identity_not_verified',
  'exemption',
  'rights_of_others',
  'other',
] as const

/** Art. 12(5): a request judged manifestly unfounded or excessive, and what the controller does about it. */
export const ART125_ASSESSMENTS = ['none', 'manifestly_unfounded', 'excessive'] as const
export const ART125_HANDLINGS = ['act_anyway', 'fee', 'refuse'] as const

export const SEARCH_RESULTS = ['pending', 'found', 'nothing_found'] as const

export const LETTER_KINDS = ['acknowledgment', 'identity_request', 'extension', 'answer', 'refusal'] as const
export type LetterKind = (typeof LETTER_KINDS)[number]
export const LETTER_LANGUAGES = ['en', 'it', 'fr'] as const
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number]

/** Statuses in which the clock still runs. */
export const OPEN_STATUSES: readonly DsarStatus[] = ['received', 'identity_check', 'in_progress', 'extended']
/** Statuses that record the reply (or its absence). */
export const RESPONDED_STATUSES: readonly DsarStatus[] = ['answered', 'refused', 'withdrawn']
