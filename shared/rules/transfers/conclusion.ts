import type { ConclusionLevel, TiaContent } from '../../domain/transfers/tia'
import { findMeasure } from '../../reference/supplementaryMeasures'

// The TIA conclusion is the step-3 legal assessment (REFERENCE.md §5.6, §8 Q27; EDPB Rec. 01/2020 v2.0):
// three levels, always with written reasons. A probability estimate is supporting evidence only and
// never enters this rule.
//  - The law and practice of the destination do not impinge on the tool → the transfer may proceed.
//  - They do (or it is unclear: the safer reading), and an effective technical measure of Annex 2 use
//    cases 1–5 is adopted while the importer does not need the data in the clear → proceed with measures.
//  - They do, but documented practical experience shows the law is not applied to such data and
//    importer (para 43.3) → proceed, with the listed measures, and re-evaluate.
//  - Otherwise (Annex 2 use cases 6–7: data needed in the clear, no effective measure) → must not
//    proceed, or must be suspended.

export type SuggestionReason =
  'lawDoesNotImpinge' | 'effectiveMeasures' | 'practiceDocumented' | 'noEffectiveMeasure'

export interface ConclusionSuggestion {
  level: ConclusionLevel
  reason: SuggestionReason
}

type Step3 = Pick<TiaContent['step3'], 'lawImpinges' | 'practiceApplies'>
type Facts = {
  step1: Pick<TiaContent['step1'], 'clearTextAccess'>
  step3: Step3
  step4: Pick<TiaContent['step4'], 'measures'>
}

/** A technical measure the EDPB found effective in at least one Annex 2 use case. */
export function hasEffectiveTechnicalMeasure(measures: TiaContent['step4']['measures']): boolean {
  return measures.some(
    (m) => m.kind === 'technical' && !!m.key && (findMeasure(m.key)?.useCases.length ?? 0) > 0,
  )
}

export function suggestConclusion(c: Facts): ConclusionSuggestion {
  if (c.step3.lawImpinges === 'no') return { level: 'proceed', reason: 'lawDoesNotImpinge' }
  if (c.step1.clearTextAccess !== 'yes' && hasEffectiveTechnicalMeasure(c.step4.measures))
    return { level: 'proceed_with_measures', reason: 'effectiveMeasures' }
  if (c.step3.practiceApplies === 'no')
    return { level: 'proceed_with_measures', reason: 'practiceDocumented' }
  return { level: 'suspend', reason: 'noEffectiveMeasure' }
}

export type ConclusionProblem =
  'levelMissing' | 'reasonsMissing' | 'measuresMissing' | 'proceedAgainstAssessment'

/**
 * What keeps a chosen conclusion from being signed: a level, written reasons, the measures it relies on,
 * and no plain "proceed" while step 3 found the law impinges without documented practice.
 */
export function conclusionProblems(
  c: Facts & { conclusion: Pick<TiaContent['conclusion'], 'level' | 'reasons'> },
): { field: string; problem: ConclusionProblem }[] {
  const out: { field: string; problem: ConclusionProblem }[] = []
  const level = c.conclusion.level
  if (!level) out.push({ field: 'conclusion.level', problem: 'levelMissing' })
  if (!c.conclusion.reasons || c.conclusion.reasons.trim().length < 20)
    out.push({ field: 'conclusion.reasons', problem: 'reasonsMissing' })
  if (level === 'proceed_with_measures' && c.step4.measures.length === 0)
    out.push({ field: 'step4.measures', problem: 'measuresMissing' })
  if (level === 'proceed' && c.step3.lawImpinges !== 'no' && c.step3.practiceApplies !== 'no')
    out.push({ field: 'conclusion.level', problem: 'proceedAgainstAssessment' })
  return out
}
