import type { TFunction } from 'i18next'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { AuditEntry } from '../../../shared/domain/audit'
import type { OrganisationProfile } from '../../../shared/domain/organisation'
import { formatDate, formatDateTime, formatTime, localeFor } from '../../../shared/format/dateTime'
import { translator } from '../../../shared/i18n/translate'
import { findAuthority } from '../../../shared/reference/authorities'
import { isEea } from '../../../shared/reference/countries'
import type { Language } from '../../../shared/reference/regimes'
import {
  buildReportDoc,
  dataTable,
  keyValueTable,
  note,
  paragraph,
  shortHash,
  type KeyValueRow,
  type ReportSection,
} from './layout'
import { renderPdf } from './pdfEngine'

export interface SummaryReportData {
  profile: OrganisationProfile
  workspace: { id: string; createdAt: string; schemaVersion: number; path: string }
  audit: {
    total: number
    headHash: string | null
    verifiedOk: boolean
    /** Newest first, up to 50 (the caller chooses how many). */
    recent: AuditEntry[]
  }
  /** UTC ISO instant from the injected Clock. */
  generatedAt: string
  appVersion: string
}

const lines = (...parts: (string | undefined)[]): string | null => {
  const kept = parts.map((p) => p?.trim()).filter((p): p is string => !!p)
  return kept.length > 0 ? kept.join('\n') : null
}

function displayName(type: 'region' | 'language', code: string, lang: Language): string {
  try {
    return new Intl.DisplayNames([localeFor(lang)], { type }).of(code) ?? code
  } catch {
    return code
  }
}

function organisationRows(p: OrganisationProfile, t: TFunction, lang: Language): KeyValueRow[] {
  const o = (key: string) => t(`summary.organisation.${key}`)
  const rows: KeyValueRow[] = [
    { label: o('legalName'), value: { text: p.legalName, bold: true } },
    { label: o('tradingName'), value: p.tradingName },
    { label: o('legalForm'), value: p.legalForm },
    { label: o('registrationNumber'), value: p.registrationNumber },
    { label: o('vatNumber'), value: p.vatNumber },
    { label: o('employees'), value: p.employees === undefined ? undefined : String(p.employees) },
    {
      label: o('address'),
      value: lines(
        p.address.street,
        [p.address.postalCode, p.address.city].filter(Boolean).join(' '),
        p.address.region,
      ),
    },
    { label: o('country'), value: `${displayName('region', p.country, lang)} (${p.country})` },
    { label: o('timeZone'), value: p.timeZone },
    { label: o('language'), value: displayName('language', p.language, lang) },
    { label: o('contactEmail'), value: p.contactEmail },
    { label: o('dpo'), value: p.dpo.appointed ? o('dpoAppointed') : o('dpoNotAppointed') },
  ]
  if (p.dpo.appointed) {
    rows.push(
      { label: o('dpoName'), value: p.dpo.name },
      { label: o('dpoEmail'), value: p.dpo.email },
      { label: o('dpoPhone'), value: p.dpo.phone },
    )
  } else {
    rows.push({ label: o('dpoReason'), value: p.dpo.reasonNotAppointed })
  }
  const rep = p.euRepresentative
  if (rep) {
    rows.push(
      { label: o('representative'), value: rep.name },
      { label: o('representativeAddress'), value: rep.address },
      { label: o('representativeEmail'), value: rep.email },
    )
  } else {
    rows.push({
      label: o('representative'),
      value: {
        text: isEea(p.country) ? o('representativeNotNeeded') : o('representativeNone'),
        style: 'muted',
      },
    })
  }
  const authority = p.leadAuthority ? findAuthority(p.leadAuthority) : undefined
  rows.push(
    {
      label: o('leadAuthority'),
      value: authority
        ? { text: [`${authority.name} (${authority.code})\n`, { text: authority.website, style: 'small' }] }
        : p.leadAuthority
          ? p.leadAuthority
          : { text: o('leadAuthorityNone'), style: 'muted' },
    },
    { label: o('roles'), value: p.roles.map((r) => t(`roles.${r}`)).join(', ') },
    { label: o('regimes'), value: { ul: p.regimes.map((r) => t(`regimes.${r}`)), margin: [0, 0, 0, 0] } },
  )
  return rows
}

function auditContent(data: SummaryReportData, t: TFunction, lang: Language): ReportSection {
  const a = (key: string, opts: Record<string, unknown> = {}) => t(`summary.audit.${key}`, opts)
  const tz = data.profile.timeZone
  const when = (iso: string) => formatDateTime(iso, tz, lang)
  const integrity = keyValueTable(
    [
      {
        label: a('status'),
        value: data.audit.verifiedOk
          ? { text: a('statusOk'), style: 'ok' }
          : { text: a('statusBroken'), style: 'bad' },
      },
      { label: a('entries'), value: data.audit.total.toLocaleString(localeFor(lang)) },
      {
        label: a('headHash'),
        value: data.audit.headHash
          ? { text: data.audit.headHash, style: 'hash' }
          : { text: t('layout.auditHeadNone'), style: 'muted' },
      },
      { label: a('workspaceFile'), value: { text: data.workspace.path, style: 'hash' } },
      { label: a('workspaceCreated'), value: when(data.workspace.createdAt) },
      { label: a('schemaVersion'), value: String(data.workspace.schemaVersion) },
    ],
    t,
  )

  const rows: TableCell[][] = data.audit.recent.map((e) => {
    const action: Content[] = [{ text: t(`actions.${e.action}`, { defaultValue: e.action }) }]
    if (e.redactedAt)
      action.push({ text: a('redacted', { when: formatDate(e.redactedAt, tz, lang) }), style: 'small' })
    return [
      { text: String(e.id) },
      {
        stack: [
          formatDate(e.at, tz, lang),
          { text: formatTime(e.at, tz, lang, { seconds: true }), style: 'small' },
        ],
      },
      { text: e.actor },
      {
        stack: [
          { text: t(`entities.${e.entity}`, { defaultValue: e.entity }) },
          ...(e.entityId ? [{ text: e.entityId, style: 'small' }] : []),
        ],
      },
      { stack: action },
      { text: shortHash(e.hash, 10), style: 'hash' },
    ]
  })

  const recent = dataTable(
    [
      { header: a('colId'), width: 24, alignment: 'right' },
      { header: a('colWhen'), width: 84 },
      { header: a('colWho'), width: 76 },
      { header: a('colEntity'), width: '*' },
      { header: a('colAction'), width: 96 },
      { header: a('colHash'), width: 56 },
    ],
    rows,
    t('layout.noEntries'),
  )

  return {
    title: a('heading'),
    content: [paragraph(a('intro'))],
    subsections: [
      { title: a('integrityHeading'), content: [integrity] },
      {
        title: a('recentHeading'),
        content: [
          note(a('recentNote', { shown: data.audit.recent.length, total: data.audit.total, timeZone: tz })),
          recent,
        ],
      },
    ],
  }
}

/** The workspace summary as a pdfmake document (exposed for tests and for batch reports). */
export function buildSummaryReport(data: SummaryReportData, lang: Language): TDocumentDefinitions {
  const t = translator(lang, 'report')
  const organisation: ReportSection = {
    title: t('summary.organisation.heading'),
    content: [
      paragraph(t('summary.organisation.intro')),
      keyValueTable(organisationRows(data.profile, t, lang), t),
    ],
  }
  return buildReportDoc({
    meta: {
      title: t('summary.title'),
      organisationName: data.profile.legalName,
      generatedAt: data.generatedAt,
      timeZone: data.profile.timeZone,
      lang,
      workspaceId: data.workspace.id,
      auditHeadHash: data.audit.headHash,
      appVersion: data.appVersion,
    },
    sections: [organisation, auditContent(data, t, lang)],
    t,
  })
}

/** Renders the workspace summary to PDF bytes; fontsDir is `${resourcesDir}/fonts`. */
export function renderSummaryReport(
  data: SummaryReportData,
  lang: Language,
  fontsDir: string,
): Promise<Buffer> {
  return renderPdf(buildSummaryReport(data, lang), fontsDir)
}
