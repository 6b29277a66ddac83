import { describe, expect, it } from 'vitest'
import { BUILTIN_PACK } from '../../reference/countryPack'
import { resources } from '../../i18n/resources'
import { dpfCheckValid, needsTia, TIA_REASON_ARTICLE, type TransferFacts } from './needsTia'

const today = '2026-11-23'
const facts = (f: Partial<TransferFacts>): TransferFacts => ({
  importerCountry: 'US',
  tools: [],
  onward: [],
  ...f,
})
const need = (f: Partial<TransferFacts>) => needsTia(facts(f), BUILTIN_PACK, today)

describe('which transfers need a TIA (REFERENCE §5.1, §5.4, §8 Q28)', () => {
  it('Art. 44: a recipient inside the EEA is no transfer', () => {
    expect(need({ importerCountry: 'IE' })).toMatchObject({
      required: false,
      reason: 'eea',
      thirdCountries: [],
    })
  })

  it('Art. 44: an EEA processor with an onward transfer to the US under SCCs needs one (onward transfers)', () => {
    expect(need({ importerCountry: 'IE', onward: [{ country: 'US', tool: 'scc' }] })).toMatchObject({
      required: true,
      reason: 'onward',
      thirdCountries: ['US'],
    })
  })

  it('onward to the US relying on the onward importer’s DPF certification needs none', () => {
    expect(need({ importerCountry: 'IE', onward: [{ country: 'US', tool: 'dpf' }] })).toMatchObject({
      required: false,
      reason: 'eea',
    })
  })

  it('an onward transfer with no tool is treated as needing one (safer reading)', () => {
    expect(need({ importerCountry: 'IE', onward: [{ country: 'IN' }] })).toMatchObject({
      required: true,
      reason: 'onward',
    })
  })

  it('Art. 45: an adequacy decision in force needs no TIA (Japan, Decision (EU) 2019/419)', () => {
    expect(need({ importerCountry: 'JP', tools: [{ tool: 'adequacy', decisionId: 'JP' }] })).toMatchObject({
      required: false,
      reason: 'adequacy',
    })
  })

  it('Art. 45: an adequacy decision for another country does not count', () => {
    expect(need({ importerCountry: 'IN', tools: [{ tool: 'adequacy', decisionId: 'JP' }] })).toMatchObject({
      required: true,
      reason: 'adequacy_not_available',
    })
  })

  it('Decision (EU) 2023/1795: DPF with a recorded "certified" check needs no TIA', () => {
    expect(
      need({
        tools: [{ tool: 'scc' }, { tool: 'dpf' }],
        dpfCheck: { certified: true, checkedOn: '2026-06-01' },
      }),
    ).toMatchObject({
      required: false,
      reason: 'dpf',
    })
  })

  it('§8 Q28: DPF relied on but not checked, with SCCs → SCCs + TIA', () => {
    expect(need({ tools: [{ tool: 'scc' }, { tool: 'dpf' }] })).toMatchObject({
      required: true,
      reason: 'art46',
    })
  })

  it('§8 Q28: DPF alone and not checked cannot be relied on', () => {
    expect(need({ tools: [{ tool: 'dpf' }] })).toMatchObject({ required: true, reason: 'dpf_unchecked' })
    expect(
      need({ tools: [{ tool: 'dpf' }], dpfCheck: { certified: false, checkedOn: '2026-11-01' } }),
    ).toMatchObject({ required: true })
  })

  it('C-311/18 + SCC clause 14: SCCs alone (the Vimage notice for Anthropic) need a TIA', () => {
    expect(need({ tools: [{ tool: 'scc' }] })).toMatchObject({
      required: true,
      reason: 'art46',
      article: expect.stringContaining('C-311/18'),
    })
  })

  it('Art. 49: a derogation alone needs no TIA (EDPB Guidelines 2/2018)', () => {
    expect(need({ importerCountry: 'IN', tools: [{ tool: 'art49_derogation' }] })).toMatchObject({
      required: false,
      reason: 'derogation',
    })
  })

  it('Art. 44: no tool at all is flagged', () => {
    expect(need({ tools: [] })).toMatchObject({ required: true, reason: 'no_tool' })
  })

  it('a DPF check older than 12 months no longer counts (yearly re-certification)', () => {
    expect(dpfCheckValid({ certified: true, checkedOn: '2025-11-23' }, today)).toBe(true)
    expect(dpfCheckValid({ certified: true, checkedOn: '2025-11-22' }, today)).toBe(false)
  })
})

// The transfer screen prints what a reason rests on from the catalogue, in the workspace's language.
describe('the citations the transfer screen shows', () => {
  // Word order differs between languages ("clausola 14 delle SCC 2021/914"): the numbers, in any order.
  const numbers = (s: string) => s.match(/\d+(\/\d+)?/g)?.sort()
  it('cites in English what the rule cites, and the same articles and acts in Italian and French', () => {
    const reasons = Object.keys(TIA_REASON_ARTICLE) as (keyof typeof TIA_REASON_ARTICLE)[]
    expect(Object.keys(resources.en.transfers.reasonSources).sort()).toEqual([...reasons].sort())
    for (const r of reasons) {
      expect([r, resources.en.transfers.reasonSources[r]]).toEqual([r, TIA_REASON_ARTICLE[r]])
      for (const lang of ['it', 'fr'] as const)
        expect([r, lang, numbers(resources[lang].transfers.reasonSources[r])]).toEqual([
          r,
          lang,
          numbers(TIA_REASON_ARTICLE[r]),
        ])
    }
  })
})
