import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { DsarCase, DsarListRow } from '../../../../shared/domain/dsar/views'
import type { OrganisationProfile } from '../../../../shared/domain/organisation'
import { formatDate } from '../../../../shared/format/dateTime'
import { translator } from '../../../../shared/i18n/translate'
import type { Language } from '../../../../shared/reference/regimes'
import {
  buildReportDoc,
  dataTable,
  keyValueTable,
  note,
  paragraph,
  type ReportSection,
  type TableColumn,
} from '../layout'
import { dsarFormat } from './dsarFormat'
import { dsarStats, statsRow } from './dsarStats'

// The DSAR register (issue 5 item 6): statistics (requests per type and month, on-time rate, median days
// to reply) and the list of every request with its legal limit and reply.

export interface RegisterReportData {
  profile: OrganisationProfile
  rows: { row: DsarListRow; receivedDate: string; case: Pick<DsarCase, 'answeredOn'> }[]
  workspaceId: string
  auditHeadHash: string | null
  generatedAt: string
  appVersion: string
}

/** A type × month matrix while the types fit across the page; a long list (month, type, count) beyond. */
const MAX_TYPE_COLUMNS = 5

export function buildRegisterReport(d: RegisterReportData, lang: Language): TDocumentDefinitions {
  const f = dsarFormat(lang, d.profile.timeZone)
  const { t, r } = f
  const x = (key: string, o: Record<string, unknown> = {}) => t(`report.register.${key}`, o)
  const stats = dsarStats(d.rows.map((e) => statsRow(e.row, e.receivedDate, e.case.answeredOn)))
  const figures = keyValueTable(
    [
      { label: x('total'), value: String(stats.total) },
      { label: x('open'), value: String(stats.open) },
      { label: x('overdue'), value: stats.overdue ? { text: String(stats.overdue), style: 'bad' } : '0' },
      { label: x('replied'), value: String(stats.replied) },
      {
        label: x('onTimeRate'),
        value:
          stats.onTimePercent === null
            ? x('none')
            : x('onTimeValue', {
                onTime: stats.onTime,
                replied: stats.replied,
                percent: stats.onTimePercent.toLocaleString(f.locale),
              }),
      },
      {
        label: x('medianDays'),
        value: stats.medianDays === null ? x('none') : stats.medianDays.toLocaleString(f.locale),
      },
    ],
    f.layout,
  )
  let perMonth: Content
  if (stats.types.length <= MAX_TYPE_COLUMNS) {
    const columns: TableColumn[] = [
      { header: x('colMonth'), width: 70 },
      ...stats.types.map((type): TableColumn => ({
        header: f.cap(r(`types.${type}`)),
        width: '*',
        alignment: 'right',
      })),
      { header: x('colTotal'), width: 45, alignment: 'right' },
    ]
    perMonth = dataTable(
      columns,
      stats.perMonth.map((m): TableCell[] => [
        f.month(m.month),
        ...stats.types.map((type) => String(m.byType[type] ?? 0)),
        { text: String(m.total), bold: true },
      ]),
      t('report.none'),
    )
  } else {
    perMonth = dataTable(
      [
        { header: x('colMonth'), width: 80 },
        { header: x('colTypes'), width: '*' },
        { header: x('colTotal'), width: 60, alignment: 'right' },
      ],
      stats.perMonth.flatMap((m) =>
        Object.entries(m.byType).map(([type, n]): TableCell[] => [
          f.month(m.month),
          r(`types.${type}`),
          String(n),
        ]),
      ),
      t('report.none'),
    )
  }
  const statsSection: ReportSection = {
    title: x('statsHeading'),
    content: [paragraph(x('statsIntro')), figures],
    subsections: [{ title: x('perMonth'), content: [perMonth] }],
  }
  const list = dataTable(
    [
      { header: `${x('colRef')} / ${x('colRequester')}`, width: '*' },
      { header: x('colReceived'), width: 54 },
      { header: x('colLaw'), width: 44 },
      { header: x('colTypes'), width: 84 },
      { header: x('colStatus'), width: 56 },
      { header: x('colDue'), width: 56 },
      { header: x('colReplied'), width: 60 },
    ],
    d.rows.map(({ row, case: c }): TableCell[] => [
      {
        stack: [
          { text: row.id, bold: true },
          row.requesterName ? { text: row.requesterName } : { text: x('erased'), style: 'muted' },
        ],
      },
      formatDate(row.receivedAt, f.tz, f.lang),
      t(`regimeShort.${row.regime}`),
      row.requestTypes.map((type) => r(`types.${type}`)).join(', '),
      t(`status.${row.status}`),
      row.overdue ? { text: f.day(row.due), style: 'bad' } : f.day(row.due),
      c.answeredOn
        ? {
            stack: [
              f.day(c.answeredOn),
              row.onTime === false
                ? { text: t('report.clock.late'), style: 'bad' }
                : { text: x('inTime'), style: ['small', 'ok'] },
            ],
          }
        : '—',
    ]),
    t('report.none'),
  )
  return buildReportDoc({
    meta: {
      title: t('report.registerTitle'),
      organisationName: d.profile.legalName,
      generatedAt: d.generatedAt,
      timeZone: d.profile.timeZone,
      lang,
      workspaceId: d.workspaceId,
      auditHeadHash: d.auditHeadHash,
      appVersion: d.appVersion,
    },
    sections: [
      statsSection,
      { title: x('listHeading'), content: [note(x('listIntro', { timeZone: f.tz })), list] },
    ],
    t: translator(lang, 'report'),
  })
}
