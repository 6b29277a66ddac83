import type { DpfCheck, TransferToolCode } from '../../domain/transfers/transfer'
import { ART46_TOOLS } from '../../domain/transfers/transfer'
import { adequacyFor, findAdequacy, packIsEea, type CountryPack } from '../../reference/countryPack'
import { TIA_REASON_ARTICLE, type TiaReason } from './tiaReasons'
import { addMonthsClamp, type LocalDate } from '../calendar'

// Which transfers need a transfer impact assessment, and why (issue 7; REFERENCE.md §5.1, §5.4, §8 Q28).
// App order (§5.1): adequacy → Art. 46 tool + TIA → Art. 49 as an exception.
//  - Inside the EEA there is no Chapter V transfer (Art. 44), unless the data go on outside it.
//  - An adequacy decision (Art. 45) in force for the country on the date needs no TIA.
//  - The DPF is an adequacy decision only for a certified importer: the user must have recorded a
//    check of the DPF List showing it certified (Decision (EU) 2023/1795; §8 Q28). Otherwise SCCs + TIA.
//  - An Art. 46 tool (SCCs, BCRs, ...) needs a TIA (CJEU C-311/18 Schrems II; SCC 2021/914 clause 14;
//    EDPB Recommendations 01/2020 steps 3-4).
//  - Art. 49 derogations are exceptions for occasional transfers; no TIA, but the derogation must be
//    justified (EDPB Guidelines 2/2018).
//  - Onward transfers are part of step 1 (Art. 44 "including onward transfers").

export { TIA_REASON_ARTICLE, type TiaReason } from './tiaReasons'

export interface ToolFact {
  tool: TransferToolCode
  decisionId?: string
}

export interface TransferFacts {
  importerCountry: string
  tools: readonly ToolFact[]
  dpfCheck?: Pick<DpfCheck, 'certified' | 'checkedOn'>
  onward: readonly { country: string; tool?: TransferToolCode }[]
}

export interface TiaNeed {
  required: boolean
  reason: TiaReason
  article: string
  /** Countries outside the EEA the data reach (importer and onward). */
  thirdCountries: string[]
}

/** A DPF check counts while it is a "certified" answer no older than 12 months (certification is yearly). */
export function dpfCheckValid(check: TransferFacts['dpfCheck'], today: LocalDate): boolean {
  return !!check?.certified && addMonthsClamp(check.checkedOn, 12) >= today
}

function legNeed(
  country: string,
  tools: readonly ToolFact[],
  dpfCheck: TransferFacts['dpfCheck'],
  pack: CountryPack,
  today: LocalDate,
): { required: boolean; reason: TiaReason } {
  if (packIsEea(pack, country)) return { required: false, reason: 'eea' }
  if (tools.length === 0) return { required: true, reason: 'no_tool' }
  const codes = tools.map((t) => t.tool)
  const adequacyOk = tools.some((t) => {
    if (t.tool !== 'adequacy' || !t.decisionId) return false
    const d = findAdequacy(pack, t.decisionId)
    return !!d && d.country === country && d.validFrom <= today && (!d.validUntil || today <= d.validUntil)
  })
  if (adequacyOk) return { required: false, reason: 'adequacy' }
  if (codes.includes('dpf') && country === 'US' && dpfCheckValid(dpfCheck, today))
    return { required: false, reason: 'dpf' }
  if (codes.some((c) => ART46_TOOLS.includes(c))) return { required: true, reason: 'art46' }
  if (codes.includes('dpf')) return { required: true, reason: 'dpf_unchecked' }
  if (codes.includes('art49_derogation')) return { required: false, reason: 'derogation' }
  return { required: true, reason: 'adequacy_not_available' }
}

export function needsTia(t: TransferFacts, pack: CountryPack, today: LocalDate): TiaNeed {
  const thirdCountries = [...new Set([t.importerCountry, ...t.onward.map((o) => o.country)])].filter(
    (c) => !packIsEea(pack, c),
  )
  const main = legNeed(t.importerCountry, t.tools, t.dpfCheck, pack, today)
  const done = (required: boolean, reason: TiaReason): TiaNeed => ({
    required,
    reason,
    article: TIA_REASON_ARTICLE[reason],
    thirdCountries,
  })
  if (main.required) return done(true, main.reason)
  // The onward leg is the importer's own transfer under its contract with us (SCC clause 8.7/8.8), with
  // the tool it uses: 'adequacy' means the destination's decision in force, and 'dpf' the onward
  // importer's certification, which the importer (not the exporter) must check.
  const onwardNeeds = t.onward.some((o) => {
    if (o.tool === 'dpf' && o.country === 'US') return false
    const decisionId = o.tool === 'adequacy' ? adequacyFor(pack, o.country, today)[0]?.id : undefined
    return legNeed(o.country, o.tool ? [{ tool: o.tool, decisionId }] : [], undefined, pack, today).required
  })
  if (onwardNeeds) return done(true, 'onward')
  return done(false, main.reason)
}
