import type { Content } from 'pdfmake/interfaces'
import { labelled } from '../../../../shared/format/labelled'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import type { Workspace } from '../../store/workspace'
import { buildReportDoc, keyValueTable, note, paragraph, type ReportSection } from '../layout'
import { renderPdf } from '../pdfEngine'
import type { ReportContext } from '../registry'
import { caseDetail, reportKit, type BreachReportKit } from './breachReportData'
import { count } from './breachSections'

// Drafts a person checks and sends: the notification to the supervisory authority prefilled with
// Art. 33(3)(a)-(d) and the authority's name, and the communication to the data subjects in clear and
// plain language (Art. 34(2)), in the report language (en, it).

const bullets = (items: string[]): Content => ({ ul: items, margin: [0, 0, 0, 8] })

function address(k: BreachReportKit): string {
  const a = k.profile.address
  return [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, k.profile.country].filter(Boolean).join(', ')
}

function contactLines(k: BreachReportKit, d: BreachDetail): string[] {
  const c = d.breach.contact
  const p = k.profile
  const lines = [c.name, c.email, c.phone].filter((x): x is string => !!x)
  if (lines.length) return lines
  if (p.dpo.appointed) return [p.dpo.name, p.dpo.email, p.dpo.phone].filter((x): x is string => !!x)
  return [p.contactEmail].filter((x): x is string => !!x)
}

export function buildSaDraft(k: BreachReportKit, d: BreachDetail) {
  const s = (key: string, o: Record<string, unknown> = {}) => k.b(`report.sa.${key}`, o)
  const r = (key: string) => k.b(`report.fields.${key}`)
  const b = d.breach
  const gdpr = d.clocks.find((c) => c.clock.recipient === 'supervisory_authority' && !c.clock.saferReadingOf)
  const late = d.clocks.filter((c) => c.clock.recipient === 'supervisory_authority' && c.status.secondsLeft < 0 && !c.metAt)
  const sections: ReportSection[] = [
    {
      title: s('toHeading'),
      content: [
        keyValueTable(
          [
            {
              label: s('authority'),
              value: d.authority
                ? { text: [{ text: `${d.authority.name} (${d.authority.code})\n`, bold: true }, { text: d.authority.website, style: 'small' }] }
                : { text: s('noAuthority'), style: 'muted' },
            },
            { label: s('breachRef'), value: `${b.ref} — ${b.title}` },
            ...(gdpr ? [{ label: s('deadline'), value: `${k.when(gdpr.clock.deadline)} — ${k.clockStatusLabel(gdpr)}` }] : []),
          ],
          k.t,
        ),
        note(s('draftNote')),
      ],
    },
    {
      title: s('bHeading'),
      newPage: false,
      content: [
        keyValueTable(
          [
            { label: s('organisation'), value: `${k.profile.legalName}\n${address(k)}` },
            { label: s('contactPoint'), value: contactLines(k, d).join('\n') },
            {
              label: s('dpo'),
              value: k.profile.dpo.appointed
                ? [k.profile.dpo.name, k.profile.dpo.email, k.profile.dpo.phone].filter(Boolean).join(', ')
                : s('noDpo'),
            },
          ],
          k.t,
        ),
      ],
    },
    {
      title: s('aHeading'),
      newPage: false,
      content: [
        keyValueTable(
          [
            { label: r('whatHappened'), value: [b.title, b.cause].filter(Boolean).join('. ') },
            { label: r('nature'), value: b.natures.map((n) => k.b(`labels.nature.${n}`)).join(', ') },
            { label: r('cause'), value: b.causeKind ? k.b(`labels.causeKind.${b.causeKind}`) : null },
            {
              label: r('period'),
              value: [
                b.startedAt ? k.b('report.startedAt', { when: k.when(b.startedAt) }) : k.b('report.startUnknown'),
                b.endedAt ? k.b('report.endedAt', { when: k.when(b.endedAt) }) : b.ongoing ? k.b('report.ongoing') : undefined,
              ]
                .filter(Boolean)
                .join('\n'),
            },
            { label: r('discovered'), value: [k.when(b.discoveredAt), b.discoveryHow].filter(Boolean).join('\n') },
            { label: r('aware'), value: [k.when(b.awareAt), b.awareReasoning].filter(Boolean).join('\n') },
            { label: r('subjectCategories'), value: b.subjectCategories.join('; ') },
            { label: r('subjectCount'), value: count(k, b.subjectCount) },
            {
              label: r('dataCategories'),
              value: b.dataCategories.map((c) => (c.special ? `${c.name} (${k.b('report.special')})` : c.name)).join('; '),
            },
            { label: r('recordCount'), value: count(k, b.recordCount) },
            { label: r('countries'), value: b.subjectCountries.join(', ') },
          ],
          k.t,
        ),
      ],
    },
    { title: s('cHeading'), newPage: false, content: [b.likelyConsequences ? paragraph(b.likelyConsequences) : note(s('toComplete'))] },
    {
      title: s('dHeading'),
      newPage: false,
      content: [
        d.actions.length
          ? bullets(d.actions.map((a) => `${k.when(a.at)} — ${labelled(k.lang, k.b(`labels.actionKind.${a.kind}`), a.description)}`))
          : note(s('toComplete')),
      ],
    },
    {
      title: s('phasesHeading'),
      newPage: false,
      content: [
        paragraph(s('phases')),
        ...(late.length
          ? [
              paragraph(s('lateIntro')),
              bullets(late.map((c) => labelled(k.lang, k.clockLabel(c), c.status.delayReason ?? s('reasonMissing')))),
            ]
          : []),
      ],
    },
  ]
  return buildReportDoc({ meta: k.meta(s('title', { ref: b.ref })), sections, t: k.t })
}

export function buildSubjectDraft(k: BreachReportKit, d: BreachDetail) {
  const s = (key: string, o: Record<string, unknown> = {}) => k.b(`report.subjects.${key}`, o)
  const b = d.breach
  const contact = contactLines(k, d)
  const advice = [s('adviceMessages'), ...(b.natures.includes('confidentiality') ? [s('advicePasswords'), s('adviceAccounts')] : []), s('adviceAsk')]
  const sections: ReportSection[] = [
    {
      title: s('letterHeading'),
      content: [
        note(s('draftNote')),
        paragraph(s('greeting')),
        paragraph(s('opening', { organisation: k.profile.legalName, date: k.day(b.startedAt ?? b.discoveredAt) })),
      ],
      subsections: [
        { title: s('whatHappened'), content: [paragraph([b.title, b.cause].filter(Boolean).join('. ') + '.')] },
        {
          title: s('whichData'),
          content: [b.dataCategories.length ? bullets(b.dataCategories.map((c) => c.name)) : note(s('toComplete'))],
        },
        { title: s('consequences'), content: [b.likelyConsequences ? paragraph(b.likelyConsequences) : note(s('toComplete'))] },
        {
          title: s('whatWeDid'),
          content: [d.actions.length ? bullets(d.actions.map((a) => a.description)) : note(s('toComplete'))],
        },
        { title: s('whatYouCanDo'), content: [bullets(advice)] },
        {
          title: s('contact'),
          content: [paragraph(s('contactIntro')), contact.length ? bullets(contact) : note(s('toComplete')), paragraph(s('complaint'))],
        },
      ],
    },
  ]
  return buildReportDoc({ meta: k.meta(s('title')), sections, t: k.t })
}

export async function renderSaDraft(ws: Workspace, ctx: ReportContext): Promise<Buffer> {
  const k = reportKit(ws, ctx)
  return renderPdf(buildSaDraft(k, caseDetail(ws, k.profile, ctx)), ctx.fontsDir)
}

export async function renderSubjectDraft(ws: Workspace, ctx: ReportContext): Promise<Buffer> {
  const k = reportKit(ws, ctx)
  return renderPdf(buildSubjectDraft(k, caseDetail(ws, k.profile, ctx)), ctx.fontsDir)
}
