import type { ActivityFields, DpiaResult } from '../../domain/register/activity'
import type { Finding, FindingCode } from '../../domain/register/finding'
import { PROCESSING_ON_BEHALF, type Vendor } from '../../domain/register/vendor'
import { isEea } from '../../reference/countries'
import type { LocalDate } from '../calendar'
import { FINDING_ARTICLE } from './findingArticles'

// Completeness checks of one register entry. Each finding cites the article it comes from (findingArticles.ts; REFERENCE.md
// §1.3 field table, §1.4, §7.2). 'error' = something the GDPR requires is missing; 'warning' = "where
// possible" items and accountability good practice (Art. 5(2), 24(1)). Retired activities are kept for
// history and not checked.

export type VendorFacts = Pick<Vendor, 'id' | 'name' | 'country' | 'role' | 'dpa' | 'dataLocations'>

export interface CompletenessContext {
  /** Today in the organisation's time zone (from the injected clock). */
  today: LocalDate
  vendors: ReadonlyMap<string, VendorFacts>
  /** Result of the activity's DPIA screening, if one was saved. */
  screening: DpiaResult | undefined
}

export type CheckedActivity = ActivityFields & { id: string }

/** Countries outside the EEA a vendor is established in or keeps the data in (Chapter V). */
export function vendorThirdCountries(v: Pick<VendorFacts, 'country' | 'dataLocations'>): string[] {
  return [...new Set([v.country, ...v.dataLocations])].filter((c) => !isEea(c))
}

export function checkActivity(a: CheckedActivity, ctx: CompletenessContext): Finding[] {
  if (a.status === 'retired') return []
  const out: Finding[] = []
  const add = (
    code: FindingCode,
    severity: Finding['severity'],
    field: string,
    params: Record<string, string> = {},
  ) => out.push({ activityId: a.id, activityName: a.name, code, severity, field, article: FINDING_ARTICLE[code], params })

  // Art. 30(1)(b): purposes; Art. 6(1): a lawful basis for each.
  if (a.purposes.length === 0) add('noPurpose', 'error', 'purposes')
  a.purposes.forEach((p, i) => {
    if (p.bases.length === 0) add('noLawfulBasis', 'error', `purposes.${i}.bases`, { purpose: p.text })
    p.bases.forEach((b, j) => {
      const f = `purposes.${i}.bases.${j}`
      const params = { purpose: p.text }
      if (b.basis === 'legitimate_interests') {
        if (!b.legitimateInterest) add('legitimateInterestMissing', 'error', `${f}.legitimateInterest`, params)
        if (!b.balancingTest) add('balancingTestMissing', 'warning', `${f}.balancingTest`, params)
      }
      if (b.basis === 'consent') {
        if (!b.consentWithdrawal) add('consentWithdrawalMissing', 'error', `${f}.consentWithdrawal`, params)
        if (!b.consentCollection) add('consentCollectionMissing', 'warning', `${f}.consentCollection`, params)
      }
      if ((b.basis === 'legal_obligation' || b.basis === 'public_task') && !b.legalReference)
        add('legalReferenceMissing', 'warning', `${f}.legalReference`, params)
    })
  })

  // Art. 30(1)(c): categories of data subjects and of personal data.
  if (a.dataSubjectCategories.length === 0) add('noSubjectCategory', 'error', 'dataSubjectCategories')
  if (a.dataCategories.length === 0) add('noDataCategory', 'error', 'dataCategories')

  // Art. 30(1)(f), 13(2)(a), 5(1)(e): a period or the criteria for it, per category (CNIL/Garante practice).
  a.dataCategories.forEach((d, i) => {
    const r = d.retention
    if (r.period === undefined && !r.criteria)
      add('retentionMissing', 'error', `dataCategories.${i}.retention`, { category: d.name })
    else if (r.period !== undefined && !r.trigger)
      add('retentionTriggerMissing', 'warning', `dataCategories.${i}.retention.trigger`, { category: d.name })
  })

  // Art. 9(2): a condition besides the Art. 6(1) basis; Art. 10: official authority or a law.
  const special = a.dataCategories.filter((d) => d.special !== undefined)
  if (special.length > 0 && a.art9Conditions.length === 0)
    add('specialWithoutCondition', 'error', 'art9Conditions', { categories: special.map((d) => d.name).join(', ') })
  if (a.dataCategories.some((d) => d.criminal) && !a.criminalDataAuthority)
    add('criminalWithoutAuthority', 'error', 'criminalDataAuthority')

  // Art. 14(2)(f): where the data comes from, when not from the person.
  if (!a.collectedFromSubject && a.sources.length === 0) add('sourcesMissing', 'error', 'sources')

  // Art. 30(1)(d): recipients; Art. 28(3): a contract with every processor; Art. 30(1)(e), 44: transfers.
  if (a.recipients.length === 0) add('noRecipients', 'warning', 'recipients')
  const coveredCountry = (country: string, vendorId?: string) =>
    a.transfers.some((t) => t.country === country && (t.vendorId === undefined || t.vendorId === vendorId))
  a.recipients.forEach((r, i) => {
    if (r.kind === 'vendor' && r.vendorId) {
      const v = ctx.vendors.get(r.vendorId)
      if (!v) return
      if (PROCESSING_ON_BEHALF.includes(v.role) && !v.dpa.signed)
        add('processorWithoutDpa', 'error', `recipients.${i}`, { vendor: v.name })
      for (const c of vendorThirdCountries(v))
        if (!coveredCountry(c, v.id))
          add('recipientOutsideEeaWithoutTransfer', 'error', `recipients.${i}`, { recipient: v.name, country: c })
    } else if (r.country && !isEea(r.country) && !coveredCountry(r.country)) {
      add('recipientOutsideEeaWithoutTransfer', 'error', `recipients.${i}`, { recipient: r.name ?? '', country: r.country })
    }
  })
  a.transfers.forEach((t, i) => {
    if (!isEea(t.country) && t.tools.length === 0)
      add('transferWithoutTool', 'error', `transfers.${i}.tools`, { country: t.country })
    if (t.derogation === 'compelling' && !t.safeguards)
      add('derogationWithoutSafeguards', 'error', `transfers.${i}.safeguards`, { country: t.country })
  })

  // Art. 30(1)(a), 26(1): joint controllers and their arrangement; Art. 30(2)(a): controllers served.
  if (a.role === 'joint_controller') {
    if (a.jointControllers.length === 0) add('jointWithoutControllers', 'error', 'jointControllers')
    if (!a.jointArrangement) add('jointWithoutArrangement', 'error', 'jointArrangement')
  }
  if (a.role === 'processor' && a.controllersServed.length === 0)
    add('processorWithoutControllers', 'error', 'controllersServed')

  // Art. 30(1)(g), 32(1): a general description of the security measures ("where possible").
  if (a.securityMeasures.length === 0) add('noSecurityMeasures', 'warning', 'securityMeasures')

  // Art. 13(2)(f), 22: the logic and consequences of automated decisions.
  if (a.automatedDecision.exists && (!a.automatedDecision.logic || !a.automatedDecision.consequences))
    add('automatedDecisionUndescribed', 'error', 'automatedDecision')

  // Art. 35(1): screen for a DPIA; when required, the DPIA must exist before the processing.
  if (ctx.screening === undefined) add('dpiaNotScreened', 'warning', 'dpia')
  else if (ctx.screening === 'required' && !a.dpiaRef) add('dpiaRequiredMissing', 'error', 'dpiaRef')

  // Art. 5(2), 24(1): measures "reviewed and updated where necessary"; someone answers for the entry.
  if (!a.nextReviewOn) add('noReviewDate', 'warning', 'nextReviewOn')
  else if (a.nextReviewOn < ctx.today) add('reviewOverdue', 'warning', 'nextReviewOn', { date: a.nextReviewOn })
  if (!a.owner) add('noOwner', 'warning', 'owner')

  return out
}
