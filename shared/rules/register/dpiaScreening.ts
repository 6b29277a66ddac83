import type { DpiaResult } from '../../domain/register/activity'
import type { Art353Case, DpiaReason, Wp248Criterion } from '../../domain/register/dpia'
import { nationalDpiaList } from '../../reference/dpiaLists'

// DPIA screening (Art. 35 GDPR; WP29 Guidelines on DPIA, WP248 rev.01, 4 Oct 2017, endorsed by the EDPB;
// REFERENCE.md §2 and §8 item 25):
// - any Art. 35(3) case -> required, whatever else is answered;
// - any entry of the Art. 35(4) list of the organisation's authority -> required;
// - two or more WP248 criteria -> required ("in most cases");
// - exactly one criterion -> recommended, and the screener must write down the reasoning;
// - none -> not required, with the reasons listed.
// For an authority whose national list this app does not keep, the result says so.

export interface ScreeningAnswers {
  wp248: readonly Wp248Criterion[]
  art35_3: readonly Art353Case[]
  nationalItems: readonly string[]
}

export interface ScreeningOutcome {
  result: DpiaResult
  reasons: DpiaReason[]
  /** Country whose Art. 35(4) list applies (the lead authority); undefined when none is set. */
  listCountry: string | undefined
  /** True when this app keeps that list and its entries were asked. */
  listChecked: boolean
  /** National entries answered that are not on the list kept here (to refuse them). */
  unknownItems: string[]
}

export function screenDpia(answers: ScreeningAnswers, authorityCode: string | undefined): ScreeningOutcome {
  const list = nationalDpiaList(authorityCode)
  const known = new Set(list?.items.map((i) => i.id) ?? [])
  const unknownItems = answers.nationalItems.filter((id) => !known.has(id))
  const items = answers.nationalItems.filter((id) => known.has(id))
  const reasons: DpiaReason[] = []

  for (const c of answers.art35_3) reasons.push({ code: 'art35_3', params: { case: c } })
  for (const id of items) reasons.push({ code: 'nationalList', params: { country: list?.country ?? '', item: id } })

  const n = answers.wp248.length
  if (n >= 2) reasons.push({ code: 'wp248Two', params: { count: String(n), criteria: answers.wp248.join(',') } })
  else if (n === 1) reasons.push({ code: 'wp248One', params: { criterion: answers.wp248[0] } })
  else reasons.push({ code: 'wp248None', params: {} })

  if (!list) reasons.push({ code: 'nationalListNotKept', params: { country: authorityCode ?? '' } })
  else if (items.length === 0) reasons.push({ code: 'nationalListNone', params: { country: list.country } })

  const result: DpiaResult =
    answers.art35_3.length > 0 || items.length > 0 || n >= 2 ? 'required' : n === 1 ? 'recommended' : 'not_required'
  return { result, reasons, listCountry: authorityCode, listChecked: !!list, unknownItems }
}
