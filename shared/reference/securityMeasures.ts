// The Art. 32 catalogue a user ticks in the activity editor (and extends with free text). Keys are stable;
// labels are in shared/i18n/*/register.ts. Grouped after Art. 32(1)(a)–(d) and the CNIL register's
// security checklist (REFERENCE.md §1.2: access control, logging, software protection, backups,
// encryption, processor contracts).
export const SECURITY_MEASURES_AS_OF = '2026-11-01'

export const SECURITY_MEASURES = [
  // Art. 32(1)(a): pseudonymisation and encryption
  'pseudonymisation',
  'encryption_at_rest',
  'encryption_in_transit',
  // Art. 32(1)(b): confidentiality, integrity, availability and resilience
  'access_control',
  'multi_factor_auth',
  'least_privilege',
  'logging',
  'network_protection',
  'antimalware',
  'patching',
  'physical_security',
  'confidentiality_commitments',
  'staff_training',
  'processor_contracts',
  // Art. 32(1)(c): restoring availability after an incident
  'backups',
  'incident_response',
  // Art. 32(1)(d): regular testing and evaluation
  'security_testing',
  // Art. 5(1)(c), (e): minimisation and deletion support the same goal
  'data_minimisation',
  'retention_deletion',
] as const
export type SecurityMeasureKey = (typeof SECURITY_MEASURES)[number]
