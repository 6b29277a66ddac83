import type { TiaContent } from '../../domain/transfers/tia'
import { conclusionProblems } from './conclusion'

// What a TIA must hold before it can be signed (REFERENCE.md §5.5; EDPB Rec. 01/2020 steps 1–6). A draft
// may be saved with anything missing; finalising lists every gap by field so the wizard can point at it.

export interface TiaGap {
  /** Dot path in TiaContent, e.g. 'step3.lawImpinges'. */
  field: string
  /** i18n key: 'validation.required' or 'transfers:conclusionProblems.<problem>'. */
  key: string
}

export function tiaGaps(c: TiaContent): TiaGap[] {
  const gaps: TiaGap[] = []
  const need = (field: string, ok: unknown) => {
    if (!ok || (Array.isArray(ok) && ok.length === 0)) gaps.push({ field, key: 'validation.required' })
  }
  // Step 1: know your transfer.
  need('step1.exporter', c.step1.exporter)
  need('step1.importer', c.step1.importer)
  need('step1.importerCountry', c.step1.importerCountry)
  need('step1.purpose', c.step1.purpose)
  need('step1.dataCategories', c.step1.dataCategories)
  need('step1.dataSubjects', c.step1.dataSubjects)
  need('step1.formats', c.step1.formats)
  need('step1.clearTextAccess', c.step1.clearTextAccess)
  // Step 2: the transfer tool.
  need('step2.tool', c.step2.tool)
  // Step 3: law and practice, with sources.
  need('step3.importerInScope', c.step3.importerInScope)
  need('step3.lawImpinges', c.step3.lawImpinges)
  need('step3.assessment', c.step3.assessment)
  need('step3.sources', c.step3.sources)
  // Conclusion (with step 4 measures where it relies on them).
  for (const p of conclusionProblems(c))
    gaps.push({
      field: p.field,
      key:
        p.problem === 'levelMissing' || p.problem === 'reasonsMissing'
          ? 'validation.required'
          : `transfers:conclusionProblems.${p.problem}`,
    })
  return gaps
}
