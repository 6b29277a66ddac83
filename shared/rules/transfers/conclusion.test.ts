import { describe, expect, it } from 'vitest'
import { TiaContentSchema, type TiaContentInput } from '../../domain/transfers/tia'
import { conclusionProblems, suggestConclusion } from './conclusion'
import { tiaGaps } from './tiaCompleteness'

const content = (c: TiaContentInput = {}) => TiaContentSchema.parse(c)

describe('TIA conclusion (REFERENCE §5.6, §8 Q27; EDPB Rec. 01/2020 v2.0)', () => {
  it('law that does not impinge → proceed', () => {
    expect(suggestConclusion(content({ step3: { lawImpinges: 'no' } }))).toEqual({
      level: 'proceed',
      reason: 'lawDoesNotImpinge',
    })
  })

  it('Annex 2 use case 1: encryption with keys in the EEA, no clear-text access → proceed with measures', () => {
    const c = content({
      step1: { clearTextAccess: 'no' },
      step3: { lawImpinges: 'yes' },
      step4: { measures: [{ key: 'encryption_keys_eea', kind: 'technical' }] },
    })
    expect(suggestConclusion(c)).toEqual({ level: 'proceed_with_measures', reason: 'effectiveMeasures' })
  })

  it('Annex 2 use cases 6–7: data needed in the clear, only contractual measures → suspend', () => {
    const c = content({
      step1: { clearTextAccess: 'yes' },
      step3: { lawImpinges: 'yes' },
      step4: {
        measures: [
          { key: 'encryption_keys_eea', kind: 'technical' },
          { key: 'challenge_requests', kind: 'contractual' },
        ],
      },
    })
    expect(suggestConclusion(c)).toEqual({ level: 'suspend', reason: 'noEffectiveMeasure' })
  })

  it('unclear law is read as impinging (the safer reading)', () => {
    expect(
      suggestConclusion(content({ step1: { clearTextAccess: 'yes' }, step3: { lawImpinges: 'unclear' } }))
        .level,
    ).toBe('suspend')
  })

  it('para 43.3: documented practice that the law is not applied → proceed with the listed measures', () => {
    const c = content({
      step1: { clearTextAccess: 'yes' },
      step3: { lawImpinges: 'yes', practiceApplies: 'no' },
    })
    expect(suggestConclusion(c)).toEqual({ level: 'proceed_with_measures', reason: 'practiceDocumented' })
  })

  it('§8 Q27: a probability estimate never changes the suggestion', () => {
    const without = content({ step1: { clearTextAccess: 'yes' }, step3: { lawImpinges: 'yes' } })
    const withTiny = content({ ...without, conclusion: { probability: { percent: 0.01, periodYears: 5 } } })
    expect(suggestConclusion(withTiny)).toEqual(suggestConclusion(without))
  })

  it('a conclusion needs a level and written reasons', () => {
    expect(conclusionProblems(content()).map((p) => p.problem)).toEqual(['levelMissing', 'reasonsMissing'])
    expect(
      conclusionProblems(content({ conclusion: { level: 'suspend', reasons: 'too short' } })).map(
        (p) => p.problem,
      ),
    ).toEqual(['reasonsMissing'])
  })

  it('"proceed with measures" needs the measures; "proceed" cannot contradict step 3', () => {
    const reasons = 'The reasons are written out here in full.'
    expect(
      conclusionProblems(
        content({ step3: { lawImpinges: 'no' }, conclusion: { level: 'proceed_with_measures', reasons } }),
      ),
    ).toEqual([{ field: 'step4.measures', problem: 'measuresMissing' }])
    expect(
      conclusionProblems(
        content({ step3: { lawImpinges: 'yes' }, conclusion: { level: 'proceed', reasons } }),
      ),
    ).toEqual([{ field: 'conclusion.level', problem: 'proceedAgainstAssessment' }])
  })
})

describe('what a TIA must hold before sign-off (REFERENCE §5.5)', () => {
  it('an empty draft lists every gap by field', () => {
    const fields = tiaGaps(content()).map((g) => g.field)
    expect(fields).toEqual(
      expect.arrayContaining([
        'step1.importer',
        'step1.dataCategories',
        'step2.tool',
        'step3.lawImpinges',
        'step3.sources',
        'conclusion.level',
        'conclusion.reasons',
      ]),
    )
  })

  it('a complete TIA has none', () => {
    const c = content({
      step1: {
        exporter: 'Vimage Srl',
        importer: 'Anthropic, PBC',
        importerCountry: 'US',
        purpose: 'Chatbot replies',
        dataCategories: ['Chat messages'],
        dataSubjects: ['Website visitors'],
        formats: ['in_transit'],
        clearTextAccess: 'yes',
      },
      step2: { tool: 'scc' },
      step3: {
        importerInScope: 'yes',
        lawImpinges: 'yes',
        practiceApplies: 'no',
        assessment: 'FISA 702 may apply.',
        sources: [{ title: 'EO 14086', asOf: '2026-11-01' }],
      },
      step4: { measures: [{ key: 'data_minimisation', kind: 'technical' }] },
      conclusion: { level: 'proceed_with_measures', reasons: 'Low-risk data, documented practice.' },
    })
    expect(tiaGaps(c)).toEqual([])
  })
})
