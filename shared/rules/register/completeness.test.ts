import { describe, expect, it } from 'vitest'
import { ActivityInputSchema, type ActivityInput } from '../../domain/register/activity'
import { FINDING_CODES, type Finding, type FindingCode } from '../../domain/register/finding'
import { resources } from '../../i18n/resources'
import { checkActivity, vendorThirdCountries, type CompletenessContext, type VendorFacts } from './completeness'

// Each test names the article the check comes from (REFERENCE.md §1.3, §1.4, §7.2).

const vendor = (v: Partial<VendorFacts> & Pick<VendorFacts, 'id' | 'name'>): VendorFacts => ({
  country: 'IT',
  role: 'processor',
  dpa: { signed: true },
  dataLocations: [],
  ...v,
})
const vendors = new Map<string, VendorFacts>([
  ['aruba', vendor({ id: 'aruba', name: 'Aruba S.p.A.' })],
  ['calendly', vendor({ id: 'calendly', name: 'Calendly LLC', country: 'US' })],
  ['google', vendor({ id: 'google', name: 'Google Ireland Limited', country: 'IE', dataLocations: ['IE', 'US'] })],
  ['nodpa', vendor({ id: 'nodpa', name: 'Mailer Ltd', dpa: { signed: false } })],
  ['indep', vendor({ id: 'indep', name: 'Bank', role: 'independent_controller', dpa: { signed: false } })],
])
const ctx: CompletenessContext = { today: '2026-11-23', vendors, screening: 'not_required' }

/** An entry with nothing missing: every test removes or breaks one thing. */
const complete: ActivityInput = {
  name: 'Appointment booking',
  status: 'active',
  role: 'controller',
  owner: 'Office manager',
  purposes: [{ text: 'Book a call', bases: [{ basis: 'contract' }] }],
  dataSubjectCategories: ['Prospects'],
  dataCategories: [{ name: 'Contact data', retention: { period: 24, unit: 'months', trigger: 'the appointment' } }],
  recipients: [
    { kind: 'internal', name: 'Sales' },
    { kind: 'vendor', vendorId: 'calendly' },
  ],
  transfers: [{ country: 'US', vendorId: 'calendly', tools: ['scc', 'dpf'] }],
  securityMeasures: [{ key: 'access_control' }],
  nextReviewOn: '2027-06-01',
}

/** Every finding the tests below produced, to check the citations the screens show for them. */
const produced: Finding[] = []
function check(change: (a: ActivityInput) => ActivityInput | void, c: Partial<CompletenessContext> = {}) {
  const draft = structuredClone(complete)
  const changed = change(draft) ?? draft
  const found = checkActivity({ id: 'a1', ...ActivityInputSchema.parse(changed) }, { ...ctx, ...c })
  produced.push(...found)
  return found
}
const codes = (fs: { code: FindingCode }[]) => fs.map((f) => f.code)

describe('register completeness checks', () => {
  it('finds nothing in a complete entry', () => {
    expect(check(() => undefined)).toEqual([])
  })

  it('Art. 30(1)(b): an entry without purposes', () => {
    const f = check((a) => void (a.purposes = []))
    expect(f).toMatchObject([{ code: 'noPurpose', field: 'purposes', severity: 'error', article: 'Art. 30(1)(b)', activityName: 'Appointment booking' }])
  })

  it('Art. 6(1): a purpose without a lawful basis names the purpose and its field', () => {
    const f = check((a) => void a.purposes!.push({ text: 'Follow-up e-mails', bases: [] }))
    expect(f).toMatchObject([{ code: 'noLawfulBasis', field: 'purposes.1.bases', params: { purpose: 'Follow-up e-mails' } }])
  })

  it('Art. 7(3): consent with no way to withdraw it; Art. 7(1): no record of how it is asked', () => {
    const f = check((a) => void (a.purposes = [{ text: 'Newsletter', bases: [{ basis: 'consent' }] }]))
    expect(f.map((x) => [x.code, x.severity, x.field])).toEqual([
      ['consentWithdrawalMissing', 'error', 'purposes.0.bases.0.consentWithdrawal'],
      ['consentCollectionMissing', 'warning', 'purposes.0.bases.0.consentCollection'],
    ])
    expect(check((a) => void (a.purposes = [{ text: 'Newsletter', bases: [{ basis: 'consent', consentWithdrawal: 'Unsubscribe link', consentCollection: 'Checkbox' }] }]))).toEqual([])
  })

  it('Art. 6(1)(f), 13(1)(d): legitimate interests need the interest (error) and a balancing test (warning)', () => {
    const f = check((a) => void (a.purposes = [{ text: 'Bot protection', bases: [{ basis: 'legitimate_interests' }] }]))
    expect(codes(f)).toEqual(['legitimateInterestMissing', 'balancingTestMissing'])
    expect(f[0].severity).toBe('error')
    expect(f[1].severity).toBe('warning')
  })

  it('Art. 6(3): a legal obligation should name the law', () => {
    expect(codes(check((a) => void (a.purposes = [{ text: 'Invoices', bases: [{ basis: 'legal_obligation' }] }])))).toEqual(['legalReferenceMissing'])
  })

  it('Art. 30(1)(c): categories of data subjects and of data', () => {
    expect(codes(check((a) => void (a.dataSubjectCategories = [])))).toEqual(['noSubjectCategory'])
    expect(codes(check((a) => void (a.dataCategories = [])))).toEqual(['noDataCategory'])
  })

  it('Art. 30(1)(f), 13(2)(a): a data category without retention; criteria count as retention', () => {
    const f = check((a) => void (a.dataCategories = [{ name: 'Messages' }]))
    expect(f).toMatchObject([{ code: 'retentionMissing', field: 'dataCategories.0.retention', params: { category: 'Messages' } }])
    expect(check((a) => void (a.dataCategories = [{ name: 'Messages', retention: { criteria: 'Until the request is closed' } }]))).toEqual([])
  })

  it('Art. 5(1)(e): a period without the event it runs from is a warning', () => {
    expect(check((a) => void (a.dataCategories = [{ name: 'Invoices', retention: { period: 10, unit: 'years' } }]))).toMatchObject([
      { code: 'retentionTriggerMissing', severity: 'warning' },
    ])
  })

  it('Art. 9(2): special-category data needs a condition besides the Art. 6 basis', () => {
    const special = (a: ActivityInput) => void a.dataCategories!.push({ name: 'Sick notes', special: 'health', retention: { criteria: 'Employment law' } })
    expect(check(special)).toMatchObject([{ code: 'specialWithoutCondition', field: 'art9Conditions', params: { categories: 'Sick notes' } }])
    expect(check((a) => { special(a); a.art9Conditions = [{ condition: 'b' }] })).toEqual([])
  })

  it('Art. 10: criminal-offence data needs the authority or law that allows it', () => {
    const crim = (a: ActivityInput) => void a.dataCategories!.push({ name: 'Criminal record', criminal: true, retention: { criteria: 'Hiring' } })
    expect(codes(check(crim))).toEqual(['criminalWithoutAuthority'])
    expect(check((a) => { crim(a); a.criminalDataAuthority = 'D.Lgs. 196/2003 Art. 2-octies' })).toEqual([])
  })

  it('Art. 14(2)(f): data not from the person needs its sources', () => {
    expect(codes(check((a) => void (a.collectedFromSubject = false)))).toEqual(['sourcesMissing'])
    expect(check((a) => { a.collectedFromSubject = false; a.sources = [{ description: 'LinkedIn', publiclyAvailable: true }] })).toEqual([])
  })

  it('Art. 28(3): a processor recipient without a signed DPA; an independent controller needs none', () => {
    const f = check((a) => void a.recipients!.push({ kind: 'vendor', vendorId: 'nodpa' }))
    expect(f).toMatchObject([{ code: 'processorWithoutDpa', field: 'recipients.2', params: { vendor: 'Mailer Ltd' } }])
    expect(check((a) => void a.recipients!.push({ kind: 'vendor', vendorId: 'indep' }))).toEqual([])
  })

  it('Art. 30(1)(e), 44: a recipient outside the EEA (or keeping data there) with no transfer recorded', () => {
    expect(check((a) => void (a.transfers = []))).toMatchObject([
      { code: 'recipientOutsideEeaWithoutTransfer', params: { recipient: 'Calendly LLC', country: 'US' } },
    ])
    // Google Ireland is in the EEA but keeps data in the US too.
    const f = check((a) => void a.recipients!.push({ kind: 'vendor', vendorId: 'google' }))
    expect(f).toMatchObject([{ code: 'recipientOutsideEeaWithoutTransfer', params: { recipient: 'Google Ireland Limited', country: 'US' } }])
    expect(vendorThirdCountries(vendors.get('google')!)).toEqual(['US'])
    // A transfer tied to Calendly does not cover another US recipient; a transfer without a vendor does.
    const partner = { kind: 'third_party' as const, name: 'US partner', country: 'US' }
    expect(codes(check((a) => void a.recipients!.push(partner)))).toEqual(['recipientOutsideEeaWithoutTransfer'])
    expect(check((a) => { a.recipients!.push(partner); a.transfers!.push({ country: 'US', tools: ['scc'] }) })).toEqual([])
    expect(codes(check((a) => void a.recipients!.push({ kind: 'third_party', name: 'CH partner', country: 'CH' })))).toEqual([
      'recipientOutsideEeaWithoutTransfer',
    ])
  })

  it('Art. 44, 46: a transfer outside the EEA with no transfer tool', () => {
    const f = check((a) => void (a.transfers![0].tools = []))
    expect(f).toMatchObject([{ code: 'transferWithoutTool', field: 'transfers.0.tools', params: { country: 'US' } }])
    // A "transfer" inside the EEA needs no tool.
    expect(check((a) => void a.transfers!.push({ country: 'FR' }))).toEqual([])
  })

  it('Art. 49(1) second subparagraph, 30(1)(e): compelling legitimate interests need documented safeguards', () => {
    const t = { country: 'JP', tools: ['art49_derogation' as const], derogation: 'compelling' as const }
    expect(codes(check((a) => void a.transfers!.push(t)))).toEqual(['derogationWithoutSafeguards'])
    expect(check((a) => void a.transfers!.push({ ...t, safeguards: 'Memo 2026-04' }))).toEqual([])
  })

  it('Art. 30(1)(a), 26(1): joint controllers and their arrangement', () => {
    expect(codes(check((a) => void (a.role = 'joint_controller')))).toEqual(['jointWithoutControllers', 'jointWithoutArrangement'])
    expect(check((a) => { a.role = 'joint_controller'; a.jointControllers = [{ name: 'Partner Srl' }]; a.jointArrangement = 'Agreement 2026-01' })).toEqual([])
  })

  it('Art. 30(2)(a): a processor activity names the controllers served', () => {
    expect(codes(check((a) => void (a.role = 'processor')))).toEqual(['processorWithoutControllers'])
  })

  it('Art. 30(1)(g): no security measures is a warning ("where possible")', () => {
    expect(check((a) => void (a.securityMeasures = []))).toMatchObject([{ code: 'noSecurityMeasures', severity: 'warning' }])
  })

  it('Art. 30(1)(d): no recipients at all is a warning', () => {
    expect(codes(check((a) => { a.recipients = []; a.transfers = [] }))).toEqual(['noRecipients'])
  })

  it('Art. 13(2)(f), 22: automated decisions need their logic and consequences', () => {
    expect(codes(check((a) => void (a.automatedDecision = { exists: true, logic: 'Score' })))).toEqual(['automatedDecisionUndescribed'])
  })

  it('Art. 35(1): not screened (warning); screening says required but no DPIA (error)', () => {
    expect(check(() => undefined, { screening: undefined })).toMatchObject([{ code: 'dpiaNotScreened', severity: 'warning' }])
    expect(check(() => undefined, { screening: 'required' })).toMatchObject([{ code: 'dpiaRequiredMissing', severity: 'error' }])
    expect(check((a) => void (a.dpiaRef = 'DPIA-2026-01'), { screening: 'required' })).toEqual([])
  })

  it('Art. 24(1): a review date that has passed, or none; Art. 5(2): no owner', () => {
    expect(check((a) => void (a.nextReviewOn = '2026-11-22'))).toMatchObject([{ code: 'reviewOverdue', params: { date: '2026-11-22' } }])
    expect(check((a) => void (a.nextReviewOn = '2026-11-23'))).toEqual([])
    expect(codes(check((a) => void (a.nextReviewOn = undefined)))).toEqual(['noReviewDate'])
    expect(codes(check((a) => void (a.owner = undefined)))).toEqual(['noOwner'])
  })

  it('does not check retired activities (kept for history)', () => {
    expect(check((a) => { a.status = 'retired'; a.purposes = [] })).toEqual([])
  })
})

// The screens, the register PDF and `pwb list` print a finding's citation from the catalogue in the
// workspace's language ("art. 35(1)", "artt. 44 e 46"): in English it must be what the rule cites, and in
// every language the same articles and paragraphs.
describe('the citations the screens show', () => {
  const numbers = (s: string) => s.match(/\d+(\(\w+\))*/g)
  it('the English catalogue cites what the rule cites, for every finding; Italian and French cite the same articles', () => {
    expect(new Set(produced.map((f) => f.code))).toEqual(new Set(FINDING_CODES)) // every code was produced above
    for (const f of produced) expect([f.code, resources.en.register.findings[f.code].source]).toEqual([f.code, f.article])
    for (const code of FINDING_CODES)
      for (const lang of ['it', 'fr'] as const) {
        const source = resources[lang].register.findings[code].source
        expect([code, lang, source.startsWith('art')]).toEqual([code, lang, true])
        expect(numbers(source)).toEqual(numbers(resources.en.register.findings[code].source))
      }
  })
})
