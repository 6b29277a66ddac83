import type { TFunction } from 'i18next'
import { citing } from '../../../../shared/format/citing'
import { labelled } from '../../../../shared/format/labelled'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { OrganisationProfile } from '../../../../shared/domain/organisation'
import type { Activity, DpiaResult } from '../../../../shared/domain/register/activity'
import type { Finding } from '../../../../shared/domain/register/finding'
import { LAWFUL_BASES } from '../../../../shared/domain/register/legal'
import type { RegisterSystem } from '../../../../shared/domain/register/system'
import { PROCESSING_ON_BEHALF, type Vendor } from '../../../../shared/domain/register/vendor'
import { formatDate, localeFor } from '../../../../shared/format/dateTime'
import { translator } from '../../../../shared/i18n/translate'
import { findAuthority } from '../../../../shared/reference/authorities'
import { isEea } from '../../../../shared/reference/countries'
import type { Language } from '../../../../shared/reference/regimes'
import { activityExemption } from '../../../../shared/rules/register/art30Exemption'
import { buildReportDoc, dataTable, keyValueTable, note, paragraph, TEXT, type KeyValueRow, type ReportSection } from '../layout'
import { renderPdf } from '../pdfEngine'

// The register of processing activities as a PDF (Art. 30(1), and Art. 30(2) for processors; Art. 30(3)-(4):
// in writing, for the supervisory authority). Uses the shared layout: cover, contents, numbered sections,
// "Page x of y", the audit-log head hash in every footer.

export interface RopaScreening {
  result: DpiaResult
  screenedAt: string
  answeredBy: string
}

export interface RopaReportData {
  profile: OrganisationProfile
  workspaceId: string
  auditHeadHash: string | null
  activities: Activity[]
  vendors: Vendor[]
  systems: RegisterSystem[]
  screenings: ReadonlyMap<string, RopaScreening>
  findings: Finding[]
  /** UTC ISO instant from the injected Clock. */
  generatedAt: string
  appVersion: string
}

const STATUS_ORDER = { active: 0, draft: 1, retired: 2 } as const

const regionNames = new Map<Language, Intl.DisplayNames>()
function countryName(code: string, lang: Language): string {
  try {
    let names = regionNames.get(lang)
    if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([localeFor(lang)], { type: 'region' })))
    return names.of(code) ?? code
  } catch {
    return code
  }
}

/**
 * t() that remembers its answers for the length of one report: a register of 1,000 activities asks for
 * the same few hundred strings (field labels, bases, statuses, units) tens of thousands of times.
 */
function rememberingT(t: TFunction) {
  const answers = new Map<string, string>()
  return (key: string, opts?: Record<string, unknown>): string => {
    const id = opts === undefined ? key : `${key}\u0000${JSON.stringify(opts)}`
    let text = answers.get(id)
    if (text === undefined) answers.set(id, (text = opts === undefined ? t(key) : t(key, opts)))
    return text
  }
}

/** A calendar date (YYYY-MM-DD) printed like the other dates of the report. */
const localDate = (d: string, lang: Language) => formatDate(`${d}T12:00:00Z`, 'UTC', lang)

export function buildRopaReport(data: RopaReportData, lang: Language): TDocumentDefinitions {
  const t = rememberingT(translator(lang, 'register'))
  const tr = translator(lang, 'report')
  const r = (key: string, opts: Record<string, unknown> = {}) => t(`report.${key}`, opts)
  const f = (key: string, opts: Record<string, unknown> = {}) => t(`report.fields.${key}`, opts)
  const p = data.profile
  const tz = p.timeZone
  const vendors = new Map(data.vendors.map((v) => [v.id, v]))
  const systems = new Map(data.systems.map((s) => [s.id, s]))
  const findingsOf = new Map<string, Finding[]>()
  for (const x of data.findings) findingsOf.set(x.activityId, [...(findingsOf.get(x.activityId) ?? []), x])
  const sorted = [...data.activities].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.name.localeCompare(b.name, localeFor(lang)),
  )
  const asProcessor = sorted.filter((a) => a.role === 'processor')
  const asController = sorted.filter((a) => a.role !== 'processor')
  const processorRegister = p.roles.includes('processor') || asProcessor.length > 0
  const title = processorRegister ? r('titleProcessor') : r('title')
  const vendorName = (id: string | undefined) => (id ? (vendors.get(id)?.name ?? id) : '')
  const statusText = (a: Activity) => t(`status.${a.status}`)
  const headingOf = (a: Activity) => (a.status === 'active' ? a.name : `${a.name} (${statusText(a)})`)
  // Values are single text nodes (lines joined, inline runs for style) rather than lists and stacks: a
  // register of 1,000 activities lays out about a third faster (bench/registerBench.ts).
  const list = (items: string[]): Content | null =>
    items.length === 0 ? null : items.length === 1 ? items[0] : items.map((i) => `•  ${i}`).join('\n')

  const retentionText = (d: Activity['dataCategories'][number]): string => {
    const x = d.retention
    const parts: string[] = []
    if (x.period !== undefined && x.unit) {
      const period = t(`retention.units.${x.unit}`, { count: x.period })
      parts.push(x.trigger ? t('retention.periodFrom', { period, trigger: x.trigger }) : period)
    }
    if (x.criteria) parts.push(x.criteria)
    if (parts.length === 0) return f('retentionNone')
    parts.push(t(`retention.action.${x.action}`))
    return parts.join(', ') + (x.legalSource ? ` — ${x.legalSource}` : '')
  }

  const purposesContent = (a: Activity): Content | null => {
    if (a.purposes.length === 0) return null
    const runs: Content[] = []
    a.purposes.forEach((pu, i) => {
      runs.push({ text: `${i > 0 ? '\n' : ''}${pu.text}\n`, bold: true })
      if (pu.bases.length === 0) runs.push({ text: `${t('findings.noLawfulBasis.problem', { purpose: pu.text })}\n`, ...TEXT.bad })
      for (const b of pu.bases) {
        runs.push(`${t(`bases.${b.basis}`)}\n`)
        const details = [
          b.legitimateInterest && f('interest', { text: b.legitimateInterest }),
          b.balancingTest && f('balancing', { text: b.balancingTest }),
          b.consentCollection && f('consentHow', { text: b.consentCollection }),
          b.consentWithdrawal && f('consentWithdraw', { text: b.consentWithdrawal }),
          b.legalReference && f('legalRef', { text: b.legalReference }),
        ].filter((x): x is string => !!x)
        if (details.length) runs.push({ text: `${details.join('\n')}\n`, ...TEXT.small })
      }
    })
    return { text: runs as never }
  }

  const dataContent = (a: Activity): Content | null =>
    list(
      a.dataCategories.map((d) => {
        const tags = [d.special ? f('special', { category: t(`special.${d.special}`) }) : '', d.criminal ? f('criminal') : '']
          .filter(Boolean)
          .join('; ')
        return labelled(lang, `${d.name}${tags ? ` (${tags})` : ''}`, retentionText(d))
      }),
    )

  const vendorLine = (v: Vendor) => {
    const dpa = PROCESSING_ON_BEHALF.includes(v.role)
      ? v.dpa.signed
        ? v.dpa.signedOn
          ? f('dpaSignedOn', { date: localDate(v.dpa.signedOn, lang) })
          : f('dpaSigned')
        : f('dpaMissing')
      : ''
    return [v.name, t(`vendorRoles.${v.role}`), f('vendorCountry', { country: countryName(v.country, lang) }), dpa].filter(Boolean).join(' — ')
  }
  const externalRecipients = (a: Activity, onlyProcessors = false): Content | null =>
    list(
      a.recipients
        .filter((x) => x.kind !== 'internal')
        .flatMap((x) => {
          if (x.kind === 'vendor') {
            const v = vendors.get(x.vendorId ?? '')
            if (!v || (onlyProcessors && !PROCESSING_ON_BEHALF.includes(v.role))) return []
            return [vendorLine(v) + (x.note ? ` (${x.note})` : '')]
          }
          if (onlyProcessors) return []
          return [
            [x.name, t(`recipientKinds.${x.kind}`), x.country ? countryName(x.country, lang) : '', x.note ?? ''].filter(Boolean).join(' — '),
          ]
        }),
    )
  const transfersContent = (a: Activity): Content =>
    list(
      a.transfers.map((x) =>
        [
          `${countryName(x.country, lang)} (${x.country})`,
          x.tools.length ? x.tools.map((tool) => t(`tools.${tool}`)).join(' + ') : t('findings.transferWithoutTool.problem', { country: x.country }),
          x.derogation ? t(`derogations.${x.derogation}`) : '',
          x.vendorId ? f('via', { vendor: vendorName(x.vendorId) }) : '',
          x.safeguards ? f('safeguards', { text: x.safeguards }) : '',
          x.note ?? '',
        ]
          .filter(Boolean)
          .join(' — '),
      ),
    ) ?? { text: f('transfersNone'), ...TEXT.muted }
  const securityContent = (a: Activity): Content | null =>
    list(
      a.securityMeasures.map((m) => {
        const label = m.key ? t(`measures.${m.key}`) : ''
        // "Regular backups: Regular backups" says it twice: print the user's words only when they add something.
        const own = m.text && m.text.toLowerCase() !== label.toLowerCase() ? m.text : ''
        return label && own ? labelled(lang, label, own) : label || own
      }),
    )
  const dpiaContent = (a: Activity): Content => {
    const s = data.screenings.get(a.id)
    if (!s) return { text: f('dpiaNone'), ...TEXT.muted }
    return f('dpiaScreened', { result: t(`dpiaResult.${s.result}`), date: formatDate(s.screenedAt, tz, lang), who: s.answeredBy })
  }
  const findingsContent = (a: Activity): Content | null => {
    const fs = findingsOf.get(a.id) ?? []
    if (fs.length === 0) return null
    return {
      text: fs.map((x, i) => ({
        text: `${i > 0 ? '\n' : ''}•  ${citing(t(`findings.${x.code}.problem`, x.params), t(`findings.${x.code}.source`))}`,
        ...(x.severity === 'error' ? TEXT.bad : TEXT.muted),
      })) as never,
    }
  }
  const exemptionText = (a: Activity): string => {
    const e = activityExemption(a, data.profile.employees, data.screenings.get(a.id)?.result)
    return e.exempt ? f('exemptionExempt') : f('exemptionKept', { blockers: e.blockers.map((b) => t(`exemption.${b}`)).join('; ') })
  }
  const reviewText = (a: Activity) =>
    a.lastReviewedOn || a.nextReviewOn
      ? `${a.lastReviewedOn ? localDate(a.lastReviewedOn, lang) : '—'} / ${a.nextReviewOn ? localDate(a.nextReviewOn, lang) : '—'}`
      : null

  const dpiaRow = (a: Activity): Content =>
    a.dpiaRef ? { text: [dpiaContent(a) as never, `\n${labelled(lang, f('dpiaRef'), a.dpiaRef)}`] } : dpiaContent(a)

  // Rows with nothing to say are left out unless Art. 30(1) requires the field (then "Not given" shows
  // the gap): an inspector reads less, and a 1,000-activity register lays out faster.
  const controllerRows = (a: Activity): KeyValueRow[] => {
    const special = a.dataCategories.some((d) => d.special)
    const criminal = a.dataCategories.some((d) => d.criminal)
    const internal = a.recipients.filter((x) => x.kind === 'internal')
    const rows: (KeyValueRow | false)[] = [
      !!a.description && { label: f('description'), value: a.description },
      { label: f('statusRoleOwner'), value: [statusText(a), t(`role.${a.role}`), a.owner ?? f('noOwner')].join(' · ') },
      a.role === 'joint_controller' && { label: f('jointControllers'), value: list(a.jointControllers.map((j) => [j.name, j.contact].filter(Boolean).join(' — '))) },
      a.role === 'joint_controller' && { label: f('jointArrangement'), value: a.jointArrangement },
      { label: f('purposes'), value: purposesContent(a) },
      { label: f('subjects'), value: list(a.dataSubjectCategories) },
      { label: f('dataCategories'), value: dataContent(a) },
      (special || a.art9Conditions.length > 0) && {
        label: f('art9'),
        value: list(a.art9Conditions.map((c) => [t(`art9.${c.condition}`), c.note].filter(Boolean).join(' — '))),
      },
      criminal && { label: f('art10'), value: a.criminalDataAuthority },
      (!a.collectedFromSubject || a.sources.length > 0) && {
        label: f('sources'),
        value: list(a.sources.map((x) => x.description + (x.publiclyAvailable ? ` (${f('publicSource')})` : ''))),
      },
      internal.length > 0 && { label: f('recipientsInternal'), value: list(internal.map((x) => [x.name, x.note].filter(Boolean).join(' — '))) },
      { label: f('recipientsExternal'), value: externalRecipients(a) },
      { label: f('transfers'), value: transfersContent(a) },
      a.systemIds.length > 0 && { label: f('systems'), value: list(a.systemIds.map((id) => systems.get(id)?.name ?? id)) },
      { label: f('security'), value: securityContent(a) },
      a.automatedDecision.exists && {
        label: f('automated'),
        value: [a.automatedDecision.logic, a.automatedDecision.consequences].filter(Boolean).join(' — '),
      },
      { label: f('dpia'), value: dpiaRow(a) },
      { label: f('exemption'), value: exemptionText(a) },
      !!reviewText(a) && { label: f('review'), value: reviewText(a) },
      !!a.notes && { label: f('notes'), value: a.notes },
      !!findingsOf.get(a.id)?.length && { label: f('findings'), value: findingsContent(a) },
    ]
    return rows.filter((x): x is KeyValueRow => !!x)
  }

  const processorRows = (a: Activity): KeyValueRow[] => {
    const rows: (KeyValueRow | false)[] = [
      !!a.description && { label: f('description'), value: a.description },
      { label: f('status'), value: statusText(a) },
      {
        label: f('controllersServed'),
        value: a.controllersServed.length
          ? {
              text: a.controllersServed.flatMap((c, i): Content[] => [
                { text: `${i > 0 ? '\n\n' : ''}${c.name}`, bold: true },
                ...(c.contact ? [{ text: `\n${c.contact}`, ...TEXT.small }] : []),
                ...(c.processingCategories ? [`\n${labelled(lang, f('processingCategories'), c.processingCategories)}`] : []),
              ]) as never,
            }
          : null,
      },
      { label: f('dataCategories'), value: dataContent(a) },
      { label: f('subProcessors'), value: externalRecipients(a, true) },
      { label: f('transfers'), value: transfersContent(a) },
      { label: f('security'), value: securityContent(a) },
      { label: f('dpia'), value: dpiaRow(a) },
      !!reviewText(a) && { label: f('review'), value: reviewText(a) },
      !!a.notes && { label: f('notes'), value: a.notes },
      !!findingsOf.get(a.id)?.length && { label: f('findings'), value: findingsContent(a) },
    ]
    return rows.filter((x): x is KeyValueRow => !!x)
  }

  // 1. Controller (Art. 30(1)(a) and 30(2)(a)).
  const authority = p.leadAuthority ? findAuthority(p.leadAuthority) : undefined
  const controller: ReportSection = {
    title: r('controller.heading'),
    content: [
      paragraph(r('controller.intro')),
      keyValueTable(
        [
          { label: r('controller.name'), value: { text: p.legalName, bold: true } },
          {
            label: r('controller.address'),
            value: [p.address.street, [p.address.postalCode, p.address.city].filter(Boolean).join(' '), p.address.region, countryName(p.country, lang)]
              .filter(Boolean)
              .join(', '),
          },
          { label: r('controller.contact'), value: p.contactEmail },
          {
            label: r('controller.dpo'),
            value: p.dpo.appointed
              ? [p.dpo.name, p.dpo.email, p.dpo.phone].filter(Boolean).join(' — ')
              : r('controller.dpoNone', { reason: p.dpo.reasonNotAppointed ?? '' }),
          },
          {
            label: r('controller.representative'),
            value: p.euRepresentative
              ? [p.euRepresentative.name, p.euRepresentative.address, p.euRepresentative.email].filter(Boolean).join(' — ')
              : isEea(p.country)
                ? { text: r('controller.representativeNone'), ...TEXT.muted }
                : null,
          },
          { label: r('controller.roles'), value: p.roles.map((x) => t(`role.${x}`)).join(', ') },
          { label: r('controller.authority'), value: authority ? `${authority.name} (${authority.code})` : p.leadAuthority },
        ],
        tr,
      ),
    ],
  }

  // 2. Summary tables.
  const count = (s: Activity['status']) => sorted.filter((a) => a.status === s).length
  const errors = data.findings.filter((x) => x.severity === 'error').length
  const warnings = data.findings.length - errors
  const basesOf = (a: Activity) => new Set(a.purposes.flatMap((pu) => pu.bases.map((b) => b.basis)))
  const usedBases = LAWFUL_BASES.filter((b) => sorted.some((a) => basesOf(a).has(b)))
  const vendorUse = new Map<string, Set<string>>()
  const vendorTools = new Map<string, Set<string>>()
  for (const a of sorted) {
    for (const x of a.recipients) if (x.vendorId) vendorUse.set(x.vendorId, (vendorUse.get(x.vendorId) ?? new Set()).add(a.id))
    for (const x of a.transfers)
      if (x.vendorId) {
        vendorUse.set(x.vendorId, (vendorUse.get(x.vendorId) ?? new Set()).add(a.id))
        const tools = vendorTools.get(x.vendorId) ?? new Set()
        x.tools.forEach((tool) => tools.add(tool))
        vendorTools.set(x.vendorId, tools)
      }
  }
  const activityName = new Map(sorted.map((a) => [a.id, a.name]))
  const vendorsByCountry = [...data.vendors].sort(
    (a, b) => countryName(a.country, lang).localeCompare(countryName(b.country, lang), localeFor(lang)) || a.name.localeCompare(b.name, localeFor(lang)),
  )
  const s = (key: string) => r(`summary.${key}`)
  const summary: ReportSection = {
    title: s('heading'),
    content: [
      paragraph(r('summary.intro', { count: sorted.length, active: count('active'), draft: count('draft'), retired: count('retired') })),
      paragraph(errors + warnings === 0 ? s('findingsNone') : r('summary.findingsSome', { errors, warnings })),
    ],
    subsections: [
      {
        title: s('activitiesHeading'),
        content: [
          dataTable(
            [
              { header: s('colActivity'), width: '*' },
              { header: s('colStatus'), width: 52 },
              { header: s('colBases'), width: 130 },
              { header: s('colReview'), width: 62 },
              { header: s('colMissing'), width: 50, alignment: 'right' },
            ],
            sorted.map((a) => {
              const fs = findingsOf.get(a.id) ?? []
              const e = fs.filter((x) => x.severity === 'error').length
              return [
                a.name,
                statusText(a),
                [...basesOf(a)].map((b) => t(`basesShort.${b}`)).join(', '),
                a.nextReviewOn ? localDate(a.nextReviewOn, lang) : '—',
                { text: `${e} / ${fs.length - e}`, ...(e > 0 ? TEXT.bad : {}) },
              ]
            }),
            tr('layout.noEntries'),
          ),
        ],
      },
      {
        title: s('basesHeading'),
        content: [
          note(s('basesNote')),
          dataTable(
            [{ header: s('colActivity'), width: '*' }, ...usedBases.map((b) => ({ header: t(`basesShort.${b}`), width: 52, alignment: 'center' as const }))],
            sorted.map((a) => {
              const bs = basesOf(a)
              return [a.name, ...usedBases.map((b): TableCell => (bs.has(b) ? { text: 'X', bold: true } : ''))]
            }),
            tr('layout.noEntries'),
          ),
        ],
      },
      {
        title: s('vendorsHeading'),
        content: [
          dataTable(
            [
              { header: s('colVendor'), width: '*' },
              { header: s('colRole'), width: 72 },
              { header: s('colCountry'), width: 64 },
              { header: s('colLocations'), width: 64 },
              { header: s('colTools'), width: 80 },
              { header: s('colDpa'), width: 30, alignment: 'center' },
              // Wide enough for the word in every language ("Trattamenti", "Traitements") on one line.
              { header: s('colUsedBy'), width: 56, alignment: 'right' },
            ],
            vendorsByCountry.map((v) => [
              v.name,
              t(`vendorRoles.${v.role}`),
              countryName(v.country, lang),
              v.dataLocations.map((c) => countryName(c, lang)).join(', '),
              [...(vendorTools.get(v.id) ?? [])].map((x) => x.toUpperCase()).join(' + '),
              PROCESSING_ON_BEHALF.includes(v.role) ? (v.dpa.signed ? tr('layout.yes') : { text: tr('layout.no'), ...TEXT.bad }) : '—',
              String(vendorUse.get(v.id)?.size ?? 0),
            ]),
            tr('layout.noEntries'),
          ),
        ],
      },
    ],
  }

  // 3. One entry per activity (controller / joint controller), 4. processor register, 5. vendors. Each entry
  // is a numbered subsection (a contents entry) that the layout keeps with the entry's first row.
  const entry = (rows: (a: Activity) => KeyValueRow[]) => (a: Activity) => ({ title: headingOf(a), content: [keyValueTable(rows(a), tr)] })
  const sections: ReportSection[] = [
    controller,
    summary,
    { title: r('activities.heading'), content: [paragraph(r('activities.intro'))], subsections: asController.map(entry(controllerRows)) },
  ]
  if (processorRegister)
    sections.push({
      title: r('activities.processorHeading'),
      content: [paragraph(r('activities.processorIntro')), ...(asProcessor.length === 0 ? [{ text: tr('layout.noEntries'), ...TEXT.muted }] : [])],
      subsections: asProcessor.map(entry(processorRows)),
    })
  sections.push({
    title: r('vendors.heading'),
    content: [
      paragraph(r('vendors.intro')),
      dataTable(
        [
          { header: s('colVendor'), width: 104 },
          { header: s('colRole'), width: 62 },
          { header: s('colCountry'), width: 62 },
          { header: s('colServices'), width: '*' },
          { header: s('colUsedBy'), width: 100 },
        ],
        [...data.vendors]
          .sort((a, b) => a.name.localeCompare(b.name, localeFor(lang)))
          .map((v) => [
            { stack: [{ text: v.name, bold: true }, ...(v.contactEmail ? [{ text: v.contactEmail, ...TEXT.small }] : [])] },
            t(`vendorRoles.${v.role}`),
            [v.country, ...v.dataLocations.filter((c) => c !== v.country)].map((c) => countryName(c, lang)).join(', '),
            {
              stack: [
                v.services.join(', '),
                ...(PROCESSING_ON_BEHALF.includes(v.role)
                  ? [{ text: v.dpa.signed ? (v.dpa.reference ? labelled(lang, f('dpaSigned'), v.dpa.reference) : f('dpaSigned')) : f('dpaMissing'), ...(v.dpa.signed ? TEXT.small : TEXT.bad) }]
                  : []),
                ...(v.certifications.length ? [{ text: v.certifications.join(', '), ...TEXT.small }] : []),
              ],
            },
            { text: [...(vendorUse.get(v.id) ?? [])].map((id) => activityName.get(id) ?? id).join(', '), ...TEXT.small },
          ]),
        tr('layout.noEntries'),
      ),
    ],
  })

  return buildReportDoc({
    meta: {
      title,
      organisationName: p.legalName,
      generatedAt: data.generatedAt,
      timeZone: tz,
      lang,
      workspaceId: data.workspaceId,
      auditHeadHash: data.auditHeadHash,
      appVersion: data.appVersion,
    },
    sections,
    t: tr,
  })
}


export function renderRopaReport(data: RopaReportData, lang: Language, fontsDir: string): Promise<Buffer> {
  return renderPdf(buildRopaReport(data, lang), fontsDir)
}
