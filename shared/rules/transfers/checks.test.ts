import { describe, expect, it } from 'vitest'
import { BUILTIN_PACK } from '../../reference/countryPack'
import { resources } from '../../i18n/resources'
import { checkTransfer as check, type CheckedTia, type CheckedTransfer, type TransferCheckContext } from './checks'
import type { TransferFinding } from '../../domain/transfers/finding'

// Every finding these tests produce is kept, to check at the end that the screens and reports, which show
// a finding's source from the catalogue in the workspace's language, show in English what the rule cites.
const produced: TransferFinding[] = []
const checkTransfer = (...a: Parameters<typeof check>) => {
  const f = check(...a)
  produced.push(...f)
  return f
}

const base: CheckedTransfer = {
  id: 't1',
  importerName: 'Anthropic, PBC',
  importerVendorId: 'v1',
  importerCountry: 'US',
  exporterRole: 'controller',
  importerRole: 'processor',
  status: 'active',
  tools: [],
  onward: [],
}
const ctx = (c: Partial<TransferCheckContext> = {}): TransferCheckContext => ({
  today: '2026-11-23',
  pack: BUILTIN_PACK,
  tias: [],
  vendorCountries: new Map([['v1', 'US']]),
  ...c,
})
const codes = (t: Partial<CheckedTransfer>, c?: Partial<TransferCheckContext>) =>
  checkTransfer({ ...base, ...t }, ctx(c)).map((f) => f.code)
const finalTia = (t: Partial<CheckedTia> = {}): CheckedTia => ({
  id: 'a',
  transferId: 't1',
  status: 'final',
  version: 1,
  importerCountry: 'US',
  nextReviewOn: '2027-11-23',
  ...t,
})

describe('transfer checks (issue 7 item 4)', () => {
  it('Art. 44/46: a transfer outside the EEA with no tool is an error', () => {
    const f = checkTransfer(base, ctx())
    expect(f).toContainEqual(
      expect.objectContaining({
        code: 'noTool',
        severity: 'error',
        field: 'tools',
        article: 'Art. 44, 46 GDPR',
      }),
    )
  })

  it('no tool needed inside the EEA', () => {
    expect(codes({ importerCountry: 'IE' }, { vendorCountries: new Map([['v1', 'IE']]) })).toEqual([])
  })

  it('C-311/18: SCCs relied on without a TIA are flagged; a draft is not enough', () => {
    expect(codes({ tools: [{ tool: 'scc', sccModule: 2 }] })).toEqual(['sccWithoutTia'])
    const withDraft = checkTransfer(
      { ...base, tools: [{ tool: 'scc', sccModule: 2 }] },
      ctx({ tias: [finalTia({ status: 'draft' })] }),
    )
    expect(withDraft).toEqual([
      expect.objectContaining({ code: 'sccWithoutTia', params: expect.objectContaining({ draft: 'yes' }) }),
    ])
  })

  it('SCCs with a final TIA pass', () => {
    expect(codes({ tools: [{ tool: 'scc', sccModule: 2 }] }, { tias: [finalTia()] })).toEqual([])
  })

  it('Decision (EU) 2023/1795: DPF relied on without a recorded certification check', () => {
    expect(codes({ tools: [{ tool: 'dpf' }] })).toContain('dpfWithoutCheck')
    expect(
      codes({ tools: [{ tool: 'dpf' }], dpfCheck: { certified: false, checkedOn: '2026-11-01' } }),
    ).toContain('dpfNotCertified')
  })

  it('§8 Q28: SCC + checked DPF needs no TIA; SCC + unchecked DPF does', () => {
    const both = [{ tool: 'scc' as const, sccModule: 2 }, { tool: 'dpf' as const }]
    expect(codes({ tools: both, dpfCheck: { certified: true, checkedOn: '2026-06-01' } })).toEqual([])
    expect(codes({ tools: both })).toEqual(expect.arrayContaining(['dpfWithoutCheck', 'sccWithoutTia']))
  })

  it('DPF is for US importers only', () => {
    expect(
      codes(
        {
          importerCountry: 'IN',
          tools: [{ tool: 'dpf' }],
          dpfCheck: { certified: true, checkedOn: '2026-11-01' },
        },
        { vendorCountries: new Map() },
      ),
    ).toContain('dpfNotUs')
  })

  it('a DPF check older than 12 months is a warning', () => {
    const f = checkTransfer(
      { ...base, tools: [{ tool: 'dpf' }], dpfCheck: { certified: true, checkedOn: '2025-10-01' } },
      ctx(),
    )
    expect(f).toContainEqual(expect.objectContaining({ code: 'dpfCheckOld', severity: 'warning' }))
  })

  it('Art. 45: adequacy claimed where there is none (India)', () => {
    expect(
      codes(
        { importerCountry: 'IN', tools: [{ tool: 'adequacy', decisionId: 'JP' }] },
        { vendorCountries: new Map() },
      ),
    ).toContain('adequacyNotAvailable')
    expect(
      codes(
        { importerCountry: 'JP', tools: [{ tool: 'adequacy', decisionId: 'JP' }] },
        { vendorCountries: new Map([['v1', 'JP']]) },
      ),
    ).toEqual([])
  })

  it('EDPB Rec. 01/2020 step 6: a TIA past its review date', () => {
    const f = checkTransfer(
      { ...base, tools: [{ tool: 'scc', sccModule: 2 }] },
      ctx({ tias: [finalTia({ nextReviewOn: '2026-11-22' })] }),
    )
    expect(f).toEqual([
      expect.objectContaining({
        code: 'tiaReviewOverdue',
        params: expect.objectContaining({ reviewOn: '2026-11-22' }),
      }),
    ])
    expect(
      codes({ tools: [{ tool: 'scc', sccModule: 2 }] }, { tias: [finalTia({ nextReviewOn: '2026-11-23' })] }),
    ).toEqual([])
  })

  it('a vendor whose country changed since the TIA', () => {
    const f = checkTransfer(
      { ...base, tools: [{ tool: 'scc', sccModule: 2 }] },
      ctx({ tias: [finalTia()], vendorCountries: new Map([['v1', 'IN']]) }),
    )
    expect(f).toEqual([
      expect.objectContaining({
        code: 'vendorCountryChanged',
        params: expect.objectContaining({ assessed: 'US', now: 'IN' }),
      }),
    ])
  })

  it('Decision (EU) 2021/914: module 1 for a controller→processor transfer is a warning (expected 2)', () => {
    const f = checkTransfer({ ...base, tools: [{ tool: 'scc', sccModule: 1 }] }, ctx({ tias: [finalTia()] }))
    expect(f).toEqual([
      expect.objectContaining({
        code: 'sccModuleMismatch',
        params: expect.objectContaining({ expected: '2' }),
      }),
    ])
  })

  it('Art. 44: an onward transfer outside the EEA with no tool', () => {
    expect(
      codes(
        { importerCountry: 'IE', onward: [{ recipient: 'Google LLC', country: 'US' }] },
        { vendorCountries: new Map([['v1', 'IE']]) },
      ),
    ).toEqual(['onwardWithoutTool'])
  })

  it('ended transfers are kept for history and not checked', () => {
    expect(codes({ status: 'ended' })).toEqual([])
  })
})

describe('the sources the screens show', () => {
  it('the English catalogue cites, for every finding, what the rule cites; Italian and French have theirs', () => {
    const codes = new Set(produced.map((f) => f.code))
    expect(codes.size).toBe(11) // every finding code was produced above
    for (const f of produced) expect([f.code, resources.en.transfers.findings[f.code].source]).toEqual([f.code, f.article])
    for (const code of codes) for (const lang of ['it', 'fr'] as const) expect(resources[lang].transfers.findings[code].source).not.toBe('')
  })
})
