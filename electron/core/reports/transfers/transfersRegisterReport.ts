import type { TFunction } from 'i18next'
import { labelled } from '../../../../shared/format/labelled'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { TransferFinding } from '../../../../shared/domain/transfers/finding'
import type { Transfer } from '../../../../shared/domain/transfers/transfer'
import type { PackStatus, TransferSummary } from '../../../../shared/domain/transfers/views'
import { translator } from '../../../../shared/i18n/translate'
import type { CountryAssessment } from '../../../../shared/reference/countryPack'
import type { Language } from '../../../../shared/reference/regimes'
import {
  buildReportDoc,
  dataTable,
  keyValueTable,
  note,
  paragraph,
  type ReportMeta,
  type ReportSection,
} from '../layout'
import { countryLabel, small, sourceLine, toolLabel } from './reportText'

export interface TransfersRegisterData {
  meta: Omit<ReportMeta, 'title' | 'lang'>
  pack: PackStatus
  summaries: TransferSummary[]
  transfers: Transfer[]
  findings: TransferFinding[]
  /** Assessments of the destinations, as used (the workspace's own or the pack's). */
  assessments: { assessment: CountryAssessment; overridden: boolean }[]
}

/** The transfers register as a pdfmake document: every transfer, its tool, TIA status and the country data's date. */
export function buildTransfersRegister(data: TransfersRegisterData, lang: Language): TDocumentDefinitions {
  const t = translator(lang, 'report')
  const tt = translator(lang, 'transfers')
  const r = (k: string, o: Record<string, unknown> = {}) => tt(`report.${k}`, o)
  const active = data.summaries.filter((s) => s.status === 'active')
  const byId = new Map(data.transfers.map((x) => [x.id, x]))
  const packLine = r('packLine', {
    publisher: data.pack.publisher,
    version: data.pack.version,
    asOf: data.pack.asOf,
  })

  const overview: ReportSection = {
    title: r('summaryHeading'),
    content: [
      paragraph(
        r('registerIntro', {
          publisher: data.pack.publisher,
          version: data.pack.version,
          asOf: data.pack.asOf,
        }),
      ),
      ...(data.pack.stale
        ? [
            {
              text: r('packStale', { until: data.pack.currentUntil }),
              style: 'bad',
              margin: [0, 0, 0, 8],
            } as Content,
          ]
        : []),
      keyValueTable(
        [
          { label: r('countTransfers'), value: String(active.length) },
          {
            label: r('countOutside'),
            value: String(active.filter((s) => s.need.thirdCountries.length > 0).length),
          },
          { label: r('countNeedTia'), value: String(active.filter((s) => s.need.required).length) },
          { label: r('countSigned'), value: String(active.filter((s) => s.tia?.status === 'final').length) },
          {
            label: r('countFindings'),
            value: String(data.findings.filter((f) => f.severity === 'error').length),
          },
          { label: r('packVersion'), value: packLine },
        ],
        t,
      ),
    ],
  }

  const rows: TableCell[][] = data.summaries.map((s) => {
    const tr = byId.get(s.id)
    const tools = tr?.tools ?? []
    return [
      {
        stack: [
          { text: s.importerName, bold: true },
          ...(s.activityName ? [small(s.activityName)] : []),
          ...(s.exporterVendorName ? [small(labelled(lang, tt('fields.exporterVendor'), s.exporterVendorName))] : []),
          ...(s.status === 'ended' ? [small(tt('transferStatuses.ended'))] : []),
        ],
      },
      { text: countryLabel(s.importerCountry, lang) },
      tools.length
        ? { stack: tools.map((x) => ({ text: toolLabel(x, tt) })) }
        : s.need.reason === 'eea' || s.need.reason === 'onward'
          ? { text: r('notInEea'), style: 'muted' }
          : { text: tt('toolsShort.none'), style: 'bad' },
      {
        stack: [
          { text: s.need.required ? t('layout.yes') : t('layout.no'), bold: s.need.required },
          small(tt(`reasonsShort.${s.need.reason}`)),
        ],
      },
      s.tia
        ? {
            stack: [
              { text: r('tiaVersion', { version: s.tia.version, status: tt(`statuses.${s.tia.status}`) }) },
              ...(s.tia.conclusion ? [small(tt(`conclusions.${s.tia.conclusion}`))] : []),
            ],
          }
        : { text: tt('statuses.none'), style: s.need.required ? 'bad' : 'muted' },
      s.tia?.nextReviewOn
        ? { text: s.tia.nextReviewOn, ...(s.reviewOverdue ? { style: 'bad' } : {}) }
        : { text: '—', style: 'muted' },
    ]
  })
  const transfersSection: ReportSection = {
    title: r('transfersHeading'),
    newPage: false,
    content: [
      dataTable(
        [
          { header: r('colImporter'), width: '*' },
          { header: r('colCountry'), width: 64 },
          { header: r('colTools'), width: 72 },
          { header: r('colTiaNeeded'), width: 78 },
          { header: r('colTia'), width: 82 },
          { header: r('colReview'), width: 52 },
        ],
        rows,
        r('noTransfers'),
      ),
    ],
  }

  const onward = data.transfers.flatMap((x) => x.onward.map((o) => ({ exporter: x.importerName, ...o })))
  const onwardSection: ReportSection = {
    title: r('onwardHeading'),
    newPage: false,
    content: [
      dataTable(
        [
          { header: r('colExporter'), width: '*' },
          { header: r('colRecipient'), width: '*' },
          { header: r('colCountry'), width: 90 },
          { header: r('colTools'), width: 90 },
        ],
        onward.map((o) => [
          o.exporter,
          o.recipient,
          countryLabel(o.country, lang),
          o.tool ? toolLabel({ tool: o.tool }, tt) : { text: tt('toolsShort.none'), style: 'muted' },
        ]),
        r('noOnward'),
      ),
    ],
  }

  const findingsSection: ReportSection = {
    title: r('findingsHeading'),
    newPage: false,
    content: [
      dataTable(
        [
          { header: r('colProblem'), width: '*' },
          { header: r('colWhat'), width: 150 },
          { header: r('colArticle'), width: 90 },
        ],
        data.findings.map((f) => [
          {
            text: tt(`findings.${f.code}.problem`, f.params),
            ...(f.severity === 'error' ? { bold: true } : {}),
          },
          tt(`findings.${f.code}.fix`, f.params),
          small(tt(`findings.${f.code}.source`)),
        ]),
        r('noFindings'),
      ),
    ],
  }

  const sourcesSection: ReportSection = {
    title: r('sourcesHeading'),
    newPage: false,
    content: [paragraph(packLine)],
    subsections: data.assessments.map(({ assessment: a, overridden }) => ({
      title: `${countryLabel(a.country, lang)} — ${tt('report.asOf', { date: a.asOf })}${overridden ? ` (${tt('ui.countries.own')})` : ''}`,
      content: [
        paragraph(a.summary),
        { ul: a.sources.map((s) => sourceLine(s, tt)), fontSize: 8.5, margin: [0, 0, 0, 8] } as Content,
      ],
    })),
  }
  if (data.assessments.length === 0) sourcesSection.content.push(note(r('noSources')))

  return buildReportDoc({
    meta: { ...data.meta, title: r('registerTitle'), lang },
    sections: [overview, transfersSection, onwardSection, findingsSection, sourcesSection],
    t: t as TFunction,
  })
}
