import { z } from 'zod'

// Enumerations of the law the register records (REFERENCE.md §1.4). Codes are stable (stored, imported,
// exported); their labels live in shared/i18n/*/register.ts.

/** Art. 6(1)(a)–(f) GDPR. */
export const LAWFUL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const
export const LawfulBasisCodeSchema = z.enum(LAWFUL_BASES, { message: 'validation.invalid' })
export type LawfulBasisCode = z.infer<typeof LawfulBasisCodeSchema>

/** The letter of Art. 6(1) for each basis, printed beside it. */
export const ART6_LETTER: Record<LawfulBasisCode, string> = {
  consent: 'a',
  contract: 'b',
  legal_obligation: 'c',
  vital_interests: 'd',
  public_task: 'e',
  legitimate_interests: 'f',
}

/** Art. 9(1) special categories of personal data. */
export const SPECIAL_CATEGORIES = [
  'racial_ethnic_origin',
  'political_opinions',
  'religious_beliefs',
  'trade_union',
  'genetic',
  'biometric',
  'health',
  'sex_life_orientation',
] as const
export const SpecialCategorySchema = z.enum(SPECIAL_CATEGORIES, { message: 'validation.invalid' })
export type SpecialCategory = z.infer<typeof SpecialCategorySchema>

/** Art. 9(2)(a)–(j) conditions; one is needed besides an Art. 6(1) basis. */
export const ART9_CONDITIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const
export const Art9ConditionCodeSchema = z.enum(ART9_CONDITIONS, { message: 'validation.invalid' })
export type Art9ConditionCode = z.infer<typeof Art9ConditionCodeSchema>

/**
 * Chapter V transfer tools. `dpf` = the EU-US Data Privacy Framework (adequacy decision (EU) 2023/1795,
 * for a certified importer); `adequacy` = any other Art. 45 decision; the rest Art. 46 and Art. 49.
 */
export const TRANSFER_TOOLS = [
  'adequacy',
  'dpf',
  'scc',
  'bcr',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'public_authority_arrangement',
  'art49_derogation',
] as const
export const TransferToolSchema = z.enum(TRANSFER_TOOLS, { message: 'validation.invalid' })
export type TransferTool = z.infer<typeof TransferToolSchema>

/** Art. 49(1)(a)–(g) derogations; "compelling" is the second subparagraph (documented safeguards, Art. 30(1)(e)). */
export const ART49_DEROGATIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'compelling'] as const
export const Art49DerogationSchema = z.enum(ART49_DEROGATIONS, { message: 'validation.invalid' })
export type Art49Derogation = z.infer<typeof Art49DerogationSchema>
