import type { TFunction } from 'i18next'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { AuditEntry } from '../../../../shared/domain/audit'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import type { OrganisationProfile } from '../../../../shared/domain/organisation'
import { formatDate, formatDateTime, formatTime } from '../../../../shared/format/dateTime'
import { timelineText } from '../../../../shared/format/dsarText'
import { translator } from '../../../../shared/i18n/translate'
import type { Language } from '../../../../shared/reference/regimes'
import { renderDsarMessage } from '../../../../shared/rules/dsar'
import {
  buildReportDoc,
  dataTable,
  keyValueTable,
  note,
  paragraph,
  shortHash,
  type KeyValueRow,
  type ReportSection,
  type ReportSubsection,
} from '../layout'
import { dsarFormat } from './dsarFormat'

// The DSAR closing pack (issue 5 item 6): the proof that a request was handled and answered in time —
// the request, the clock with pauses and extension, the identity check, the search log, the decisions,
// the letters and files, and the audit entries about the case.

export interface ClosingPackData {
  view: DsarCaseView
  profile: OrganisationProfile
  audit: AuditEntry[]
  workspaceId: string
  auditHeadHash: string | null
  generatedAt: string
  appVersion: string
}

function requestSection(d: ClosingPackData, f: ReturnType<typeof dsarFormat>): ReportSection {
  const { t, r, tz } = f
  const c = d.view.case
  const s = (k: string, o: Record<string, unknown> = {}) => t(`report.summary.${k}`, o)
  const rows: KeyValueRow[] = [
    { label: s('reference'), value: { text: c.id, bold: true } },
    { label: s('requester'), value: c.requesterName },
    {
      label: s('contact'),
      value: [c.requesterEmail, c.requesterPhone, c.requesterAddress].filter(Boolean).join('\n') || null,
    },
    { label: s('relationship'), value: t(`relationships.${c.relationship}`) },
    { label: s('channel'), value: t(`channels.${c.channel}`) },
    { label: s('receivedAt'), value: formatDateTime(c.receivedAt, tz, f.lang) },
    { label: s('regime'), value: r(`regimes.${c.regime}`) },
    { label: s('calendar'), value: f.calendar(d.view.clock.calendar) },
    { label: s('types'), value: c.requestTypes.map((x) => r(`types.${x}`)).join(', ') },
    { label: s('description'), value: c.description },
    { label: s('status'), value: t(`status.${c.status}`) },
  ]
  const content: Content[] = [paragraph(s('intro', { timeZone: tz })), keyValueTable(rows, f.layout)]
  if (c.purgedAt)
    content.unshift({
      text: s('purged', { when: formatDate(c.purgedAt, tz, f.lang) }),
      style: 'bad',
      margin: [0, 0, 0, 8],
    })
  return { title: s('heading'), content }
}

function clockSection(d: ClosingPackData, f: ReturnType<typeof dsarFormat>): ReportSection {
  const { t, r } = f
  const k = d.view.clock
  const c = d.view.case
  const x = (key: string, o: Record<string, unknown> = {}) => t(`report.clock.${key}`, o)
  const rows: KeyValueRow[] = [
    {
      label: x('clockStart'),
      value: f.day(k.perType.find((p) => p.requestType === k.mainType)?.clockStart ?? k.receivedDate),
    },
    { label: x('target'), value: f.day(k.target) },
    { label: x('due'), value: { text: f.day(k.due), bold: true } },
  ]
  if (k.extended) {
    rows.push({ label: x('firstDue'), value: f.day(k.firstDue) })
    rows.push({ label: x('extensionGiven'), value: c.extension ? f.day(c.extension.on) : null })
    rows.push({ label: x('extensionReason'), value: c.extension?.reason })
  } else if (k.extendedDue) rows.push({ label: x('extendedDue'), value: f.day(k.extendedDue) })
  if (k.extensionNoticeBy) rows.push({ label: x('extensionNoticeBy'), value: f.day(k.extensionNoticeBy) })
  if (k.refusalNoticeBy) rows.push({ label: x('refusalNoticeBy'), value: f.day(k.refusalNoticeBy) })
  if (k.acknowledgeBy) rows.push({ label: x('acknowledgeBy'), value: f.day(k.acknowledgeBy) })
  if (k.unpausedTarget && k.unpausedDue)
    rows.push({ label: x('unpaused'), value: `${f.day(k.unpausedTarget)} / ${f.day(k.unpausedDue)}` })
  if (k.pausedDays !== undefined) rows.push({ label: x('pausedDays'), value: String(k.pausedDays) })
  if (k.waiting)
    rows.push({
      label: x('waiting'),
      value: { text: t(`next.waiting.${k.waiting.kind}`, { since: f.day(k.waiting.since) }), style: 'bad' },
    })
  if (k.pauses.length)
    rows.push({
      label: x('pauses'),
      value: k.pauses
        .map((p) =>
          p.to
            ? x('pause', { from: f.day(p.from), to: f.day(p.to) })
            : x('pauseOpen', { from: f.day(p.from) }),
        )
        .join('\n'),
    })
  rows.push({
    label: x('answeredOn'),
    value: c.answeredOn ? f.day(c.answeredOn) : { text: x('notReplied'), style: 'muted' },
  })
  if (k.onTime !== null)
    rows.push({
      label: x('onTime'),
      value: k.onTime ? { text: t('report.yes'), style: 'ok' } : { text: x('late'), style: 'bad' },
    })
  if (c.lateReason) rows.push({ label: x('lateReason'), value: c.lateReason })

  const why: Content = {
    ul: k.messages.map((m) => renderDsarMessage(m, f.catalogue, f.locale)),
    margin: [0, 0, 0, 10],
  }
  const subsections: ReportSubsection[] = [{ title: x('why'), content: [why] }]
  if (k.readings.length)
    subsections.push({
      title: x('readings'),
      content: [
        {
          ul: k.readings.map((rd) =>
            x('reading', {
              question: renderDsarMessage(
                { key: `readings.${rd.id}.question`, params: rd.params },
                f.catalogue,
                f.locale,
              ),
              chosen: renderDsarMessage(
                { key: `readings.${rd.id}.chosen`, params: rd.params },
                f.catalogue,
                f.locale,
              ),
              alternative: renderDsarMessage(
                { key: `readings.${rd.id}.alternative`, params: rd.params },
                f.catalogue,
                f.locale,
              ),
              why: renderDsarMessage(
                { key: `readings.${rd.id}.why`, params: rd.params },
                f.catalogue,
                f.locale,
              ),
            }),
          ),
          margin: [0, 0, 0, 10],
        },
      ],
    })
  if (k.perType.length > 1)
    subsections.push({
      title: x('perType'),
      content: [
        dataTable(
          [
            { header: x('colType'), width: '*' },
            { header: x('colTarget'), width: 90 },
            { header: x('colDue'), width: 90 },
            { header: x('colExtended'), width: 90 },
          ],
          k.perType.map((p) => [
            f.cap(r(`types.${p.requestType}`)),
            f.day(p.target),
            f.day(p.due),
            p.extendedDue ? f.day(p.extendedDue) : '—',
          ]),
          t('report.none'),
        ),
      ],
    })
  return { title: x('heading'), content: [paragraph(x('intro')), keyValueTable(rows, f.layout)], subsections }
}

function timelineSection(d: ClosingPackData, f: ReturnType<typeof dsarFormat>): ReportSection {
  const x = (key: string) => f.t(`report.timeline.${key}`)
  const rows: TableCell[][] = d.view.timeline.map((item) => {
    const { what, detail } = timelineText(item, f.text)
    return [f.day(item.date), what, detail ? { text: detail, style: 'small' } : '']
  })
  return {
    title: x('heading'),
    content: [
      dataTable(
        [
          { header: x('colDate'), width: 80 },
          { header: x('colWhat'), width: '*' },
          { header: x('colDetail'), width: 170 },
        ],
        rows,
        f.t('report.none'),
      ),
    ],
  }
}

function identitySection(d: ClosingPackData, f: ReturnType<typeof dsarFormat>): ReportSection {
  const { t } = f
  const c = d.view.case
  const x = (key: string) => t(`report.identity.${key}`)
  const content: Content[] = [
    keyValueTable(
      [
        { label: x('status'), value: t(`identityStatuses.${c.identity.status}`) },
        { label: x('method'), value: c.identity.method ? t(`identityMethods.${c.identity.method}`) : null },
        { label: x('checkedOn'), value: c.identity.checkedOn ? f.day(c.identity.checkedOn) : null },
        { label: x('notes'), value: c.identity.notes },
      ],
      f.layout,
    ),
  ]
  if (d.view.clock.keepsRunning) content.push(note(t('ui.case.keepsRunning')))
  const events = dataTable(
    [
      { header: x('colDate'), width: 80 },
      { header: x('colKind'), width: 170 },
      { header: x('colReason'), width: '*' },
    ],
    c.events.map((e) => [f.day(e.on), t(`events.${e.kind}`), e.reason ?? '']),
    t('report.none'),
  )
  const subsections: ReportSubsection[] = [{ title: x('events'), content: [events] }]
  if (c.art125.assessment !== 'none')
    subsections.push({
      title: x('art125'),
      content: [
        keyValueTable(
          [
            { label: x('art125'), value: t(`art125.${c.art125.assessment}`) },
            {
              label: x('art125Handling'),
              value: c.art125.handling ? t(`art125.handling.${c.art125.handling}`) : null,
            },
            { label: x('art125Reason'), value: c.art125.reason },
            { label: x('art125Fee'), value: c.art125.fee },
            { label: x('art125Warned'), value: c.art125.warnedOn ? f.day(c.art125.warnedOn) : null },
          ],
          f.layout,
        ),
      ],
    })
  return { title: x('heading'), content, subsections }
}

function searchSection(d: ClosingPackData, f: ReturnType<typeof dsarFormat>): ReportSection {
  const x = (key: string) => f.t(`report.search.${key}`)
  const rows: TableCell[][] = d.view.case.searches.map((s) => [
    {
      stack: [
        s.systemName ?? '—',
        ...(s.registerSystemId || s.registerActivityId ? [{ text: x('register'), style: 'small' }] : []),
      ],
    },
    f.t(`searchResults.${s.result}`),
    s.searchedBy ?? '',
    s.searchedOn ? f.day(s.searchedOn) : '',
    s.findings ?? '',
  ])
  return {
    title: x('heading'),
    content: [
      dataTable(
        [
          { header: x('colSystem'), width: 110 },
          { header: x('colResult'), width: 80 },
          { header: x('colBy'), width: 70 },
          { header: x('colOn'), width: 62 },
          { header: x('colFindings'), width: '*' },
        ],
        rows,
        f.t('report.none'),
      ),
    ],
  }
}

function decisionsSection(d: ClosingPackData, f: ReturnType<typeof dsarFormat>): ReportSection {
  const { t, r } = f
  const c = d.view.case
  const x = (key: string, o: Record<string, unknown> = {}) => t(`report.decisions.${key}`, o)
  const rows: TableCell[][] = c.decisions.map((dec) => [
    f.cap(r(`types.${dec.type}`)),
    {
      stack: [
        t(`outcomes.${dec.outcome}`),
        ...(dec.ground ? [{ text: t(`grounds.${dec.ground}`), style: 'small' }] : []),
      ],
    },
    dec.reason ?? '',
    f.day(dec.decidedOn),
  ])
  const content: Content[] = [
    dataTable(
      [
        { header: x('colType'), width: 110 },
        { header: x('colOutcome'), width: 120 },
        { header: x('colReason'), width: '*' },
        { header: x('colOn'), width: 70 },
      ],
      rows,
      t('report.none'),
    ),
  ]
  if (c.decisions.some((dec) => dec.outcome === 'refused' || dec.outcome === 'partly_granted')) {
    // Art. 12(4): the refusal letter (or an answer refusing in part) states the right to complain and to a judicial remedy.
    const letter = [...c.letters].reverse().find((l) => l.kind === 'refusal' || l.kind === 'answer')
    content.push(
      keyValueTable(
        [
          {
            label: x('rights'),
            value: letter
              ? x('rightsGiven', { date: f.day(letter.date) })
              : { text: x('rightsMissing'), style: 'bad' },
          },
        ],
        f.layout,
      ),
    )
  }
  return { title: x('heading'), content }
}

function lettersSection(d: ClosingPackData, f: ReturnType<typeof dsarFormat>): ReportSection {
  const c = d.view.case
  const x = (key: string) => f.t(`report.letters.${key}`)
  const letters = dataTable(
    [
      { header: x('colDate'), width: 80 },
      { header: x('colKind'), width: 110 },
      { header: x('colLang'), width: 50 },
      { header: x('colSubject'), width: '*' },
    ],
    c.letters.map((l) => [
      f.day(l.date),
      f.t(`letterKinds.${l.kind}`),
      l.lang.toUpperCase(),
      l.subject ?? '—',
    ]),
    f.t('report.none'),
  )
  const files = dataTable(
    [
      { header: x('colFile'), width: '*' },
      { header: x('colSize'), width: 60, alignment: 'right' },
      { header: x('colSha'), width: 90 },
      { header: x('colAdded'), width: 80 },
    ],
    c.attachments.map((a) => [
      { stack: [a.fileName ?? '—', ...(a.note ? [{ text: a.note, style: 'small' }] : [])] },
      f.bytes(a.size),
      { text: shortHash(a.sha256, 16), style: 'hash' },
      formatDate(a.addedAt, f.tz, f.lang),
    ]),
    f.t('report.none'),
  )
  return {
    title: x('heading'),
    content: [letters],
    subsections: [{ title: x('attachments'), content: [files] }],
  }
}

function auditSection(d: ClosingPackData, f: ReturnType<typeof dsarFormat>, rt: TFunction): ReportSection {
  const x = (key: string, o: Record<string, unknown> = {}) => f.t(`report.audit.${key}`, o)
  const rows: TableCell[][] = d.audit.map((e) => [
    String(e.id),
    {
      stack: [
        formatDate(e.at, f.tz, f.lang),
        { text: formatTime(e.at, f.tz, f.lang, { seconds: true }), style: 'small' },
      ],
    },
    e.actor,
    { text: e.entityId, style: 'small' },
    {
      stack: [
        rt(`actions.${e.action}`, { defaultValue: e.action }),
        ...(e.redactedAt
          ? [
              {
                text: rt('summary.audit.redacted', { when: formatDate(e.redactedAt, f.tz, f.lang) }),
                style: 'small',
              },
            ]
          : []),
      ],
    },
    { text: shortHash(e.hash, 10), style: 'hash' },
  ])
  return {
    title: x('heading'),
    content: [
      note(x('intro', { timeZone: f.tz })),
      dataTable(
        [
          { header: x('colId'), width: 24, alignment: 'right' },
          { header: x('colWhen'), width: 84 },
          { header: x('colWho'), width: 60 },
          { header: x('colRecord'), width: '*' },
          { header: x('colAction'), width: 96 },
          { header: x('colHash'), width: 56 },
        ],
        rows,
        f.t('report.none'),
      ),
    ],
  }
}

export function buildClosingPack(d: ClosingPackData, lang: Language): TDocumentDefinitions {
  const f = dsarFormat(lang, d.profile.timeZone)
  const rt = translator(lang, 'report')
  return buildReportDoc({
    meta: {
      title: f.t('report.caseTitle', { id: d.view.case.id }),
      organisationName: d.profile.legalName,
      generatedAt: d.generatedAt,
      timeZone: d.profile.timeZone,
      lang,
      workspaceId: d.workspaceId,
      auditHeadHash: d.auditHeadHash,
      appVersion: d.appVersion,
    },
    sections: [
      requestSection(d, f),
      { ...clockSection(d, f), newPage: false },
      timelineSection(d, f),
      identitySection(d, f),
      { ...searchSection(d, f), newPage: false },
      decisionsSection(d, f),
      { ...lettersSection(d, f), newPage: false },
      auditSection(d, f, rt),
    ],
    t: rt,
  })
}
