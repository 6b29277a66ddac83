import type { Content, TableCell } from 'pdfmake/interfaces'
import { labelled } from '../../../../shared/format/labelled'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import { RISK_QUESTIONS } from '../../../../shared/rules/breach/riskAssessment'
import type { Workspace } from '../../store/workspace'
import { buildReportDoc, dataTable, keyValueTable, note, paragraph, type ReportSection } from '../layout'
import { renderPdf } from '../pdfEngine'
import type { ReportContext } from '../registry'
import { caseDetail, reportKit, type BreachReportKit } from './breachReportData'
import { actionsContent, clocksContent, decisionContent, decisionRows, factsRows, notificationsContent } from './breachSections'

// The per-incident report: facts, deadlines, timeline, assessment, decision, notifications.

function timelineContent(k: BreachReportKit, d: BreachDetail): Content {
  const rows: TableCell[][] = d.timeline.map((e) => {
    let what = k.b(`labels.timeline.${e.kind}`)
    if (e.kind === 'checklist' && e.refId) what = labelled(k.lang, what, k.b(`labels.checklist.${e.refId}`))
    if (e.kind === 'action' && e.refId) what = `${what} (${k.b(`labels.actionKind.${e.refId}`)})`
    if (e.kind === 'notification' && e.refId) what = `${what} (${k.b(`labels.phase.${e.refId}`)})`
    if (e.kind === 'assessment' && e.text) what = labelled(k.lang, what, k.b(`labels.severity.${e.text}`))
    const text = e.kind === 'assessment' || e.kind === 'checklist' ? '' : (e.text ?? '')
    return [k.when(e.at), { text: what, bold: true }, text, e.who ?? '']
  })
  return dataTable(
    [
      { header: k.b('report.col.when'), width: 105 },
      { header: k.b('report.col.event'), width: 120 },
      { header: k.b('report.col.details'), width: '*' },
      { header: k.b('report.col.by'), width: 70 },
    ],
    rows,
    k.t('layout.noEntries'),
  )
}

function assessmentContent(k: BreachReportKit, d: BreachDetail): Content[] {
  const a = d.assessments[0]
  if (!a) return [note(k.b('report.noAssessment'))]
  const r = (key: string) => k.b(`report.fields.${key}`)
  return [
    keyValueTable(
      [
        { label: r('assessedBy'), value: `${a.assessedBy} — ${k.when(a.assessedAt)}` },
        {
          label: r('enisa'),
          value: { text: `${k.b(`labels.severity.${a.severity.level}`)} (SE = ${a.severity.score})`, bold: true },
        },
        {
          label: r('enisaParts'),
          value: k.b('report.enisaParts', {
            dpc: a.severity.dpc,
            type: k.b(`labels.dataType.${a.severity.dpcFrom}`),
            ei: a.severity.ei,
            ease: k.b(`labels.ease.${a.enisa.easeOfIdentification}`),
            cb: a.severity.cb,
          }),
        },
        { label: r('proposedRisk'), value: { text: k.b(`labels.risk.${a.proposal.riskLevel}`), bold: true } },
        {
          label: r('proposal'),
          value: `${a.proposal.proposeAuthority ? k.b('report.proposeAuthority') : k.b('report.proposeNoAuthority')}\n${k.b(`labels.proposeSubjects.${a.proposal.proposeSubjects}`)}`,
        },
        { label: r('notes'), value: a.notes },
      ],
      k.t,
    ),
    dataTable(
      [
        { header: k.b('report.col.question'), width: '*' },
        { header: k.b('report.col.answer'), width: 70 },
      ],
      RISK_QUESTIONS.map((q) => [k.b(`labels.question.${q}`), k.b(`labels.answer.${a.answers[q]}`)]),
      '',
    ),
    note(k.b('report.proposalNote')),
  ]
}

export function buildBreachCase(k: BreachReportKit, d: BreachDetail) {
  const c = (key: string) => k.b(`report.case.${key}`)
  const sections: ReportSection[] = [
    {
      title: c('factsHeading'),
      content: [keyValueTable(factsRows(k, d), k.t)],
      subsections: [{ title: c('actionsHeading'), content: [actionsContent(k, d)] }],
    },
    { title: c('clocksHeading'), newPage: false, content: [paragraph(c('clocksIntro')), clocksContent(k, d, true)] },
    { title: c('timelineHeading'), newPage: false, content: [note(k.b('report.timesIn', { timeZone: k.tz })), timelineContent(k, d)] },
    { title: c('assessmentHeading'), newPage: false, content: assessmentContent(k, d) },
    {
      title: c('decisionHeading'),
      newPage: false,
      content: [paragraph(c('decisionIntro')), decisionContent(k, d)],
      subsections: d.decisions.slice(1).map((x) => ({
        title: k.b('report.case.earlierDecision', { when: k.when(x.recordedAt) }),
        content: [keyValueTable(decisionRows(k, x), k.t)],
      })),
    },
    {
      title: c('notificationsHeading'),
      newPage: false,
      content: [notificationsContent(k, d)],
      subsections: d.notifications.map((n) => ({
        title: `${k.b(`labels.phase.${n.phase}`)} — ${n.recipientName} — ${k.when(n.sentAt)}`,
        content: [paragraph(n.content)],
      })),
    },
  ]
  return buildReportDoc({ meta: k.meta(k.b('report.case.title', { ref: d.breach.ref })), sections, t: k.t })
}

export async function renderBreachCase(ws: Workspace, ctx: ReportContext): Promise<Buffer> {
  const k = reportKit(ws, ctx)
  return renderPdf(buildBreachCase(k, caseDetail(ws, k.profile, ctx)), ctx.fontsDir)
}
