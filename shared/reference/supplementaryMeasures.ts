// The catalogue of supplementary measures for TIA step 4 (EDPB Recommendations 01/2020 v2.0, 18 June 2021,
// Annex 2). Keys are stable (stored in TIAs); labels and "when it helps" texts are in
// shared/i18n/*/transfers.ts under measures.<key>. `useCases` are the Annex 2 use cases in which the
// EDPB found the measure effective (1 storage with keys in the EEA, 2 pseudonymised data, 3 encrypted
// transit, 4 protected recipient, 5 split processing); contractual and organisational measures are
// never effective on their own where the law of the destination impinges (Rec. 01/2020 paras 99, 128).
export const SUPPLEMENTARY_MEASURES_AS_OF = '2021-06-18'
export const SUPPLEMENTARY_MEASURES_SOURCE =
  'EDPB Recommendations 01/2020 on supplementary measures, v2.0, Annex 2'

export const MEASURE_KINDS = ['technical', 'contractual', 'organisational'] as const
export type MeasureKind = (typeof MEASURE_KINDS)[number]

export interface SupplementaryMeasure {
  key: string
  kind: MeasureKind
  /** Annex 2 use cases (1–5) in which the EDPB considered it an effective measure. */
  useCases: readonly number[]
}

export const SUPPLEMENTARY_MEASURES = [
  { key: 'encryption_keys_eea', kind: 'technical', useCases: [1, 3] },
  { key: 'pseudonymisation', kind: 'technical', useCases: [2] },
  { key: 'transport_encryption', kind: 'technical', useCases: [3] },
  { key: 'protected_recipient', kind: 'technical', useCases: [4] },
  { key: 'split_processing', kind: 'technical', useCases: [5] },
  { key: 'data_minimisation', kind: 'technical', useCases: [] },
  { key: 'transparency_obligations', kind: 'contractual', useCases: [] },
  { key: 'challenge_requests', kind: 'contractual', useCases: [] },
  { key: 'notify_requests', kind: 'contractual', useCases: [] },
  { key: 'audit_rights', kind: 'contractual', useCases: [] },
  { key: 'no_training_use', kind: 'contractual', useCases: [] },
  { key: 'request_policy', kind: 'organisational', useCases: [] },
  { key: 'transparency_reports', kind: 'organisational', useCases: [] },
  { key: 'access_minimisation', kind: 'organisational', useCases: [] },
  { key: 'review_requests_log', kind: 'organisational', useCases: [] },
] as const satisfies readonly SupplementaryMeasure[]

export type MeasureKey = (typeof SUPPLEMENTARY_MEASURES)[number]['key']
export const MEASURE_KEYS = SUPPLEMENTARY_MEASURES.map((m) => m.key) as unknown as readonly [
  MeasureKey,
  ...MeasureKey[],
]

export const findMeasure = (key: string): SupplementaryMeasure | undefined =>
  (SUPPLEMENTARY_MEASURES as readonly SupplementaryMeasure[]).find((m) => m.key === key)

/** Annex 2 use cases 6 and 7: no effective technical measure was found (data needed in the clear). */
export const NO_EFFECTIVE_MEASURE_USE_CASES = [6, 7] as const
