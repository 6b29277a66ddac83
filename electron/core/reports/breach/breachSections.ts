import type { Content, TableCell } from 'pdfmake/interfaces'
import { labelled } from '../../../../shared/format/labelled'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import type { Decision } from '../../../../shared/domain/breach/response'
import { localeFor } from '../../../../shared/format/dateTime'
import { dataTable, keyValueTable, type KeyValueRow } from '../layout'
import type { BreachReportKit } from './breachReportData'

// Blocks shared by the breach reports: the facts of one breach, the decision, the clocks, notifications.

const list = (items: string[]): Content | null => (items.length ? { ul: items, margin: [0, 0, 0, 0] } : null)

export const fmt = (k: BreachReportKit, n: number): string => n.toLocaleString(localeFor(k.lang))

export function count(k: BreachReportKit, n: number | undefined): string | null {
  return n === undefined ? null : k.b('report.approx', { n: fmt(k, n) })
}

export function factsRows(k: BreachReportKit, d: BreachDetail): KeyValueRow[] {
  const b = d.breach
  const r = (key: string) => k.b(`report.fields.${key}`)
  return [
    { label: r('ref'), value: { text: `${b.ref} — ${b.title}`, bold: true } },
    { label: r('status'), value: k.b(`labels.status.${b.status}`) + (b.closedAt ? ` (${k.when(b.closedAt)})` : '') },
    { label: r('discovered'), value: [k.when(b.discoveredAt), b.discoveryHow].filter(Boolean).join('\n') },
    {
      label: r('aware'),
      value: [`${k.when(b.awareAt)} — ${b.awareBy}`, b.awareReasoning].filter(Boolean).join('\n'),
    },
    ...(b.processorAwareAt ? [{ label: r('processorAware'), value: k.when(b.processorAwareAt) }] : []),
    {
      label: r('period'),
      value: [
        b.startedAt ? k.b('report.startedAt', { when: k.when(b.startedAt) }) : undefined,
        b.endedAt ? k.b('report.endedAt', { when: k.when(b.endedAt) }) : undefined,
        b.ongoing ? k.b('report.ongoing') : undefined,
      ]
        .filter(Boolean)
        .join('\n'),
    },
    { label: r('nature'), value: b.natures.map((n) => k.b(`labels.nature.${n}`)).join(', ') },
    {
      label: r('cause'),
      value: b.causeKind && b.cause ? labelled(k.lang, k.b(`labels.causeKind.${b.causeKind}`), b.cause) : b.causeKind ? k.b(`labels.causeKind.${b.causeKind}`) : (b.cause ?? ''),
    },
    { label: r('subjects'), value: [b.subjectCategories.join('; '), count(k, b.subjectCount)].filter(Boolean).join(' — ') },
    {
      label: r('records'),
      value: [
        b.dataCategories.map((c) => (c.special ? `${c.name} (${k.b('report.special')})` : c.name)).join('; '),
        count(k, b.recordCount),
      ]
        .filter(Boolean)
        .join(' — '),
    },
    { label: r('countries'), value: b.subjectCountries.join(', ') },
    { label: r('role'), value: [k.b(`labels.role.${b.role}`), b.controllerName, b.controllerContact].filter(Boolean).join(' — ') },
    { label: r('consequences'), value: b.likelyConsequences },
    { label: r('contact'), value: [b.contact.name, b.contact.email, b.contact.phone].filter(Boolean).join(', ') },
    { label: r('authority'), value: d.authority ? `${d.authority.name} (${d.authority.code})` : null },
    {
      label: r('regimes'),
      value: list(
        d.regimes.map(
          (x) => `${k.b(`labels.regime.${x.regime}`)} — ${k.b(`labels.regimeWhy.${x.why}`)}${x.why === 'excluded' ? ` — ${x.reason}` : ''}`,
        ),
      ),
    },
  ]
}

export function actionsContent(k: BreachReportKit, d: BreachDetail): Content {
  return dataTable(
    [
      { header: k.b('report.col.when'), width: 110 },
      { header: k.b('report.col.kind'), width: 70 },
      { header: k.b('report.col.action'), width: '*' },
      { header: k.b('report.col.by'), width: 70 },
    ],
    d.actions.map((a) => [k.when(a.at), k.b(`labels.actionKind.${a.kind}`), a.description, a.by ?? '']),
    k.b('report.noActions'),
  )
}

export function decisionRows(k: BreachReportKit, x: Decision): KeyValueRow[] {
  const r = (key: string) => k.b(`report.fields.${key}`)
  return [
    { label: r('decidedBy'), value: `${x.decidedBy} — ${k.when(x.decidedAt)}` },
    { label: r('riskLevel'), value: k.b(`labels.risk.${x.riskLevel}`) },
    {
      label: r('notifyAuthority'),
      value: x.notifyAuthority ? k.t('layout.yes') : { text: k.t('layout.no'), bold: true },
    },
    ...(x.notifyAuthority ? [] : [{ label: r('authorityReason'), value: x.authorityReason }]),
    {
      label: r('subjectsDecision'),
      value: k.b(`labels.subjects.${x.subjects}`) + (x.art34Exception ? ` — ${k.b(`labels.art34.${x.art34Exception}`)}` : ''),
    },
    ...(x.subjectsReason ? [{ label: r('subjectsReason'), value: x.subjectsReason }] : []),
    { label: r('reasoning'), value: x.reasoning },
    ...(x.followsProposal === false ? [{ label: r('proposal'), value: { text: k.b('report.deviates'), italics: true } }] : []),
  ]
}

export function decisionContent(k: BreachReportKit, d: BreachDetail): Content {
  const x = d.decisions[0]
  if (!x) return { text: k.b('report.noDecision'), style: 'muted', margin: [0, 2, 0, 10] }
  return keyValueTable(decisionRows(k, x), k.t)
}

/** The deadlines table; `explain` adds under each name why the deadline is what it is (the per-case report). */
export function clocksContent(k: BreachReportKit, d: BreachDetail, explain = false): Content {
  const rows: TableCell[][] = d.clocks.map((c) => [
    {
      stack: [
        { text: k.clockLabel(c), bold: true },
        { text: c.clock.source, style: 'small' },
        ...(explain ? [{ text: k.rules.messages(c.clock.explanationMessages), style: 'small' }] : []),
      ],
    },
    { stack: [k.when(c.clock.deadline), ...(c.clock.isLegalPeriod ? [] : [{ text: k.b('report.target'), style: 'small' }])] },
    {
      stack: [
        { text: k.clockStatusLabel(c), style: c.status.status === 'missed' ? 'bad' : c.status.status === 'met' ? 'ok' : undefined },
        ...(c.metAt ? [{ text: k.b('report.sentAt', { when: k.when(c.metAt) }), style: 'small' }] : []),
        ...(c.status.delayReason ? [{ text: c.status.delayReason, style: 'small' }] : []),
      ],
    },
  ])
  return dataTable(
    [
      { header: k.b('report.col.deadline'), width: '*' },
      { header: k.b('report.col.due'), width: 120 },
      { header: k.b('report.col.status'), width: 120 },
    ],
    rows,
    k.b('report.noClocks'),
  )
}

export function notificationsContent(k: BreachReportKit, d: BreachDetail): Content {
  return dataTable(
    [
      { header: k.b('report.col.when'), width: 100 },
      { header: k.b('report.col.phase'), width: 55 },
      { header: k.b('report.col.recipient'), width: '*' },
      { header: k.b('report.col.channel'), width: 70 },
      { header: k.b('report.col.reference'), width: 70 },
    ],
    d.notifications.map((n) => [
      k.when(n.sentAt),
      k.b(`labels.phase.${n.phase}`),
      { stack: [n.recipientName, { text: k.b(`labels.recipient.${n.recipientKind}`), style: 'small' }] },
      k.b(`labels.channel.${n.channel}`),
      n.reference ?? '',
    ]),
    k.b('report.noNotifications'),
  )
}
