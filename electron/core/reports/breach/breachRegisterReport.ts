import type { TableCell } from 'pdfmake/interfaces'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import type { Workspace } from '../../store/workspace'
import { buildReportDoc, dataTable, keyValueTable, note, paragraph, type ReportSection } from '../layout'
import { renderPdf } from '../pdfEngine'
import type { ReportContext } from '../registry'
import { realBreaches, reportKit, type BreachReportKit } from './breachReportData'
import { actionsContent, clocksContent, decisionRows, factsRows, fmt, notificationsContent } from './breachSections'

// The breach register (Art. 33(5)): every real breach, notified or not, with the facts, effects,
// remedial action and the decision with its reasons. Drills are not in it.

function authorityCell(k: BreachReportKit, d: BreachDetail): TableCell {
  const x = d.decisions[0]
  if (!x) return { text: k.b('labels.notification.undecided'), style: 'muted' }
  if (!x.notifyAuthority) return { stack: [{ text: k.t('layout.no'), bold: true }, { text: x.authorityReason ?? '', style: 'small' }] }
  const sent = d.notifications.find((n) => n.recipientKind === 'supervisory_authority' || n.authorityCode)
  return sent
    ? { stack: [k.t('layout.yes'), { text: k.when(sent.sentAt), style: 'small' }] }
    : { text: k.b('labels.notification.to_notify') }
}

function overviewRows(k: BreachReportKit, list: BreachDetail[]): TableCell[][] {
  return list.map((d) => {
    const b = d.breach
    const a = d.assessments[0]
    const x = d.decisions[0]
    return [
      { stack: [{ text: b.ref, bold: true }, { text: k.b(`labels.status.${b.status}`), style: 'small' }] },
      {
        stack: [
          b.title,
          { text: b.natures.map((n) => k.b(`labels.nature.${n}`)).join(', '), style: 'small' },
          { text: k.b('report.awareOn', { when: k.when(b.awareAt) }), style: 'small' },
        ],
      },
      {
        stack: [
          b.subjectCount === undefined ? '—' : k.b('report.peopleCount', { count: b.subjectCount, n: fmt(k, b.subjectCount) }),
          ...(b.recordCount === undefined ? [] : [{ text: k.b('report.recordCount', { count: b.recordCount, n: fmt(k, b.recordCount) }), style: 'small' }]),
        ],
      },
      a ? `${k.b(`labels.severity.${a.severity.level}`)} (${a.severity.score})` : '—',
      authorityCell(k, d),
      x ? k.b(`labels.subjects.${x.subjects}`) : '—',
    ]
  })
}

export function buildBreachRegister(k: BreachReportKit, list: BreachDetail[]) {
  const r = (key: string, o: Record<string, unknown> = {}) => k.b(`report.register.${key}`, o)
  const notNotified = list.filter((d) => d.decisions[0] && !d.decisions[0].notifyAuthority)
  const overview: ReportSection = {
    title: r('overviewHeading'),
    content: [
      paragraph(r('intro')),
      note(r('counts', { total: list.length, notNotified: notNotified.length, timeZone: k.tz })),
      dataTable(
        [
          { header: k.b('report.col.ref'), width: 52 },
          { header: k.b('report.col.breach'), width: '*' },
          { header: k.b('report.col.people'), width: 62 },
          { header: k.b('report.col.severity'), width: 50 },
          { header: k.b('report.col.authority'), width: 120 },
          { header: k.b('report.col.subjects'), width: 66 },
        ],
        overviewRows(k, list),
        r('empty'),
      ),
    ],
  }
  const reasons: ReportSection = {
    title: r('notNotifiedHeading'),
    content: [paragraph(r('notNotifiedIntro')), ...(notNotified.length ? [] : [note(r('noneNotNotified'))])],
    subsections: notNotified.map((d) => ({
      title: `${d.breach.ref} — ${d.breach.title}`,
      content: [keyValueTable(decisionRows(k, d.decisions[0]), k.t)],
    })),
  }
  const records: ReportSection = {
    title: r('recordsHeading'),
    content: [paragraph(r('recordsIntro')), ...(list.length ? [] : [note(r('empty'))])],
    subsections: list.map((d) => ({
      title: `${d.breach.ref} — ${d.breach.title}`,
      content: [
        keyValueTable(factsRows(k, d), k.t),
        { text: k.b('report.case.actionsHeading'), bold: true, margin: [0, 6, 0, 4], headlineLevel: 3 },
        actionsContent(k, d),
        { text: k.b('report.case.decisionHeading'), bold: true, margin: [0, 6, 0, 4], headlineLevel: 3 },
        d.decisions[0] ? keyValueTable(decisionRows(k, d.decisions[0]), k.t) : note(k.b('report.noDecision')),
        { text: k.b('report.case.clocksHeading'), bold: true, margin: [0, 6, 0, 4], headlineLevel: 3 },
        clocksContent(k, d),
        { text: k.b('report.case.notificationsHeading'), bold: true, margin: [0, 6, 0, 4], headlineLevel: 3 },
        notificationsContent(k, d),
      ],
    })),
  }
  return buildReportDoc({ meta: k.meta(r('title')), sections: [overview, reasons, records], t: k.t })
}

export async function renderBreachRegister(ws: Workspace, ctx: ReportContext): Promise<Buffer> {
  const k = reportKit(ws, ctx)
  return renderPdf(buildBreachRegister(k, realBreaches(ws, k.profile)), ctx.fontsDir)
}
