import type { TFunction } from 'i18next'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Tia } from '../../../../shared/domain/transfers/tia'
import { formatDateTime } from '../../../../shared/format/dateTime'
import { translator } from '../../../../shared/i18n/translate'
import type { Language } from '../../../../shared/reference/regimes'
import { findMeasure } from '../../../../shared/reference/supplementaryMeasures'
import { suggestConclusion } from '../../../../shared/rules/transfers/conclusion'
import {
  buildReportDoc,
  COLORS,
  dataTable,
  keyValueTable,
  note,
  paragraph,
  type KeyValueRow,
  type ReportMeta,
  type ReportSection,
} from '../layout'
import { countryLabel, small, sourceLine } from './reportText'

export interface TiaReportData {
  meta: Omit<ReportMeta, 'title' | 'lang'>
  tia: Tia
  packPublisher: string
  /** The version this one replaces, when it does. */
  supersedesVersion?: number
}

/** The TIA as a pdfmake document: each of the six EDPB steps under its own heading, conclusion, sign-off, version. */
export function buildTiaReport(data: TiaReportData, lang: Language): TDocumentDefinitions {
  const t = translator(lang, 'report')
  const tt = translator(lang, 'transfers')
  const { tia } = data
  const c = tia.content
  const r = (k: string, o: Record<string, unknown> = {}) => tt(`report.${k}`, o)
  const f = (k: string) => tt(`fields.${k}`)
  const yesNo = (b: boolean | undefined) => (b === undefined ? null : b ? t('layout.yes') : t('layout.no'))
  const answer = (a: string | undefined) => (a ? tt(`answers.${a}`) : null)
  const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : null)
  const countries = (xs: readonly string[]) => list(xs.map((x) => countryLabel(x, lang)))
  const kv = (rows: KeyValueRow[]) => keyValueTable(rows, t as TFunction)
  const when = (iso: string) => formatDateTime(iso, data.meta.timeZone, lang)
  const isDraft = tia.status === 'draft'

  const documentSection: ReportSection = {
    title: r('versionHeading'),
    content: [
      paragraph(
        r('tiaIntro', { importer: tia.importerName, country: countryLabel(tia.importerCountry, lang) }),
      ),
      ...(isDraft ? [{ text: r('draftWatermark'), style: 'bad', margin: [0, 0, 0, 8] } as Content] : []),
      kv([
        { label: r('version'), value: String(tia.version) },
        {
          label: r('status'),
          value: { text: tt(`statuses.${tia.status}`), style: tia.status === 'final' ? 'ok' : 'bad' },
        },
        ...(data.supersedesVersion
          ? [{ label: r('supersedes'), value: String(data.supersedesVersion) }]
          : []),
        {
          label: r('countryData'),
          value: r('packLine', {
            publisher: data.packPublisher,
            version: tia.packVersion,
            asOf: tia.packAsOf,
          }),
        },
        { label: f('importer'), value: tia.importerName },
        { label: f('importerCountry'), value: countryLabel(tia.importerCountry, lang) },
      ]),
    ],
  }

  const step1: ReportSection = {
    title: r('step1'),
    newPage: false,
    content: [
      kv([
        { label: f('exporter'), value: c.step1.exporter },
        { label: f('importer'), value: c.step1.importer },
        {
          label: f('importerCountry'),
          value: c.step1.importerCountry ? countryLabel(c.step1.importerCountry, lang) : null,
        },
        {
          label: f('importerRole'),
          value: c.step1.importerRole ? tt(`importerRoles.${c.step1.importerRole}`) : null,
        },
        { label: f('sccModule'), value: c.step1.sccModule ? String(c.step1.sccModule) : null },
        { label: f('purpose'), value: c.step1.purpose },
        { label: f('dataCategories'), value: list(c.step1.dataCategories) },
        { label: f('dataSubjects'), value: list(c.step1.dataSubjects) },
        { label: f('specialCategories'), value: yesNo(c.step1.specialCategories) },
        { label: f('criminalData'), value: yesNo(c.step1.criminalData) },
        { label: f('volume'), value: c.step1.volume },
        { label: f('frequency'), value: c.step1.frequency ? tt(`frequencies.${c.step1.frequency}`) : null },
        { label: f('formats'), value: list(c.step1.formats.map((x) => tt(`formats.${x}`))) },
        { label: f('storageCountries'), value: countries(c.step1.storageCountries) },
        { label: f('onwardCountries'), value: countries(c.step1.onwardCountries) },
        { label: f('remoteAccess'), value: c.step1.remoteAccess },
        { label: f('clearTextAccess'), value: answer(c.step1.clearTextAccess) },
        { label: f('keysHeldBy'), value: c.step1.keysHeldBy ? tt(`keyHolders.${c.step1.keysHeldBy}`) : null },
      ]),
    ],
  }

  const step2: ReportSection = {
    title: r('step2'),
    newPage: false,
    content: [
      kv([
        { label: f('tool'), value: c.step2.tool ? tt(`tools.${c.step2.tool}`) : null },
        { label: f('toolDetails'), value: c.step2.toolDetails },
        { label: f('adequacyStatus'), value: c.step2.adequacyStatus },
        { label: f('dpfCertified'), value: yesNo(c.step2.dpfCertified) },
        { label: f('dpfCheckedOn'), value: c.step2.dpfCheckedOn },
      ]),
    ],
  }

  const lawRows: TableCell[][] = c.step3.laws.map((l) => [
    { stack: [{ text: l.name, bold: true }, ...(l.summary ? [small(l.summary)] : [])] },
    { text: answer(l.applies) ?? '—' },
    { text: l.note ?? '' },
  ])
  const step3: ReportSection = {
    title: r('step3'),
    newPage: false,
    content: [
      kv([
        { label: f('importerInScope'), value: answer(c.step3.importerInScope) },
        { label: f('importerInScopeNote'), value: c.step3.importerInScopeNote },
        { label: f('oversight'), value: c.step3.oversight },
        { label: f('redress'), value: c.step3.redress },
        { label: f('practice'), value: c.step3.practice },
        { label: f('practiceApplies'), value: answer(c.step3.practiceApplies) },
        { label: f('lawImpinges'), value: answer(c.step3.lawImpinges) },
        { label: f('assessment'), value: c.step3.assessment },
      ]),
    ],
    subsections: [
      {
        title: r('lawsHeading'),
        content: [
          dataTable(
            [
              { header: r('colLaw'), width: '*' },
              { header: r('colApplies'), width: 70 },
              { header: r('colNote'), width: 130 },
            ],
            lawRows,
            r('noLaws'),
          ),
        ],
      },
      {
        title: r('sourcesSub'),
        content: c.step3.sources.length
          ? [
              {
                ul: c.step3.sources.map((s) => sourceLine(s, tt)),
                fontSize: 8.5,
                margin: [0, 0, 0, 8],
              } as Content,
            ]
          : [note(r('noSources'))],
      },
    ],
  }

  const step4: ReportSection = {
    title: r('step4'),
    newPage: false,
    content: [
      dataTable(
        [
          { header: r('colMeasure'), width: '*' },
          { header: r('colKind'), width: 70 },
          { header: r('colHelps'), width: 170 },
        ],
        c.step4.measures.map((m) => {
          const known = m.key ? findMeasure(m.key) : undefined
          return [
            {
              stack: [
                { text: known ? tt(`measures.${m.key}.label`) : (m.text ?? '') },
                ...(m.note ? [small(m.note)] : []),
                ...(known && m.text ? [small(m.text)] : []),
              ],
            },
            tt(`measureKinds.${m.kind}`),
            small(known ? tt(`measures.${m.key}.helps`) : ''),
          ]
        }),
        r('noMeasures'),
      ),
      ...(c.step4.note ? [paragraph(c.step4.note)] : []),
    ],
  }

  const step5: ReportSection = {
    title: r('step5'),
    newPage: false,
    content: [
      kv([
        { label: f('sccUnmodified'), value: yesNo(c.step5.sccUnmodified) },
        { label: f('saAuthorisationNeeded'), value: yesNo(c.step5.saAuthorisationNeeded) },
        { label: f('steps'), value: c.step5.steps },
      ]),
    ],
  }

  const step6: ReportSection = {
    title: r('step6'),
    newPage: false,
    content: [
      kv([
        { label: r('nextReview'), value: c.step6.nextReviewOn },
        { label: r('triggers'), value: c.step6.triggers },
      ]),
    ],
  }

  const suggestion = suggestConclusion(c)
  const p = c.conclusion.probability
  const conclusion: ReportSection = {
    title: r('conclusionHeading'),
    newPage: false,
    content: [
      kv([
        {
          label: f('level'),
          value: c.conclusion.level
            ? {
                text: tt(`conclusions.${c.conclusion.level}`),
                style: c.conclusion.level === 'suspend' ? 'bad' : 'ok',
              }
            : null,
        },
        { label: f('reasons'), value: c.conclusion.reasons },
        {
          label: r('suggestion'),
          value: {
            stack: [
              tt(`conclusions.${suggestion.level}`),
              small(tt(`suggestionReasons.${suggestion.reason}`)),
            ],
          },
        },
      ]),
    ],
    subsections: p
      ? [
          {
            title: r('probabilityHeading'),
            content: [
              kv([
                {
                  label: f('probabilityPercent'),
                  value: r('probability', { percent: p.percent, years: p.periodYears }),
                },
                { label: f('probabilityMethod'), value: p.method },
              ]),
              note(r('probabilityNote')),
            ],
          },
        ]
      : [],
  }

  const signatureLine: Content = {
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 24, x2: 220, y2: 24, lineWidth: 0.6, lineColor: COLORS.ink }] },
      small(r('signature')),
    ],
  }
  const signature: ReportSection = {
    title: r('signatureHeading'),
    newPage: false,
    content: isDraft
      ? [{ text: r('notSigned'), style: 'bad' }, signatureLine]
      : [
          kv([
            { label: r('signedBy'), value: { text: tia.signedBy ?? '', bold: true } },
            { label: r('signedRole'), value: tia.signedRole },
            { label: r('signedAt'), value: tia.signedAt ? when(tia.signedAt) : null },
            { label: r('version'), value: `${tia.version} (${tt(`statuses.${tia.status}`)})` },
            { label: r('nextReview'), value: c.step6.nextReviewOn },
          ]),
          signatureLine,
        ],
  }

  return buildReportDoc({
    meta: { ...data.meta, title: `${r('tiaTitle')} — ${tia.importerName} (v${tia.version})`, lang },
    sections: [documentSection, step1, step2, step3, step4, step5, step6, conclusion, signature],
    t: t as TFunction,
  })
}
