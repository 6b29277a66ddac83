import {
  addAction,
  createBreach,
  logNotification,
  recordAssessment,
  recordDecision,
  setBreachStatus,
  setChecklistItem,
} from '../services/breach/breachService'
import { BREACH_DEMO_TEXT } from './breachDemoText'
import { registerDemoSeeder } from './demoSeeders'
import { localizeDemo } from './localizeDemo'
import { missing, registerNames } from './registerNames'

// Demo breaches for Vimage S.r.l. (issue 6 item 12). Illustrative incidents invented for the demo, not
// taken from the privacy notice, their texts in the demo's language (breachDemoText.ts); times are relative
// to the injected clock's now, so the open breach always has a running 72-hour clock. One drill shows that
// drills never reach real lists and reports.

const DEMO_ACTOR = 'demo'
const H = 3_600_000

registerDemoSeeder({
  order: 60,
  name: 'breach',
  seed(ctx) {
    const { ws, clock, sample } = ctx
    // The demo breaches are Vimage's (a web agency's laptop, mailbox, invoice); other samples get none.
    if (sample !== 'vimage') return
    const text = localizeDemo(BREACH_DEMO_TEXT, ctx.language)
    const { vendorId, activityId } = registerNames(ctx)
    const base = Math.floor(clock.now().getTime() / 60_000) * 60_000
    const ago = (hours: number) => new Date(base - hours * H).toISOString()
    const answers = (over: Record<string, 'yes' | 'no' | 'unknown'>) => ({
      sensitiveData: 'no',
      easilyIdentified: 'yes',
      vulnerableIndividuals: 'no',
      largeScale: 'no',
      maliciousIntent: 'no',
      untrustedRecipients: 'no',
      seriousConsequences: 'no',
      irreversible: 'no',
      unintelligible: 'no',
      recoveredBeforeMisuse: 'no',
      ...over,
    })
    const contact = { name: text.contactName, email: 'privacy@vimage.it' }

    // Seeded oldest first, so the references follow time order.
    // 1. Documented as not notified, with the reasons (Art. 33(5)); closed.
    const m = text.misdirected
    const mis = createBreach(ws, {
      title: m.title,
      discoveredAt: ago(90 * 24),
      discoveryHow: m.discoveryHow,
      awareAt: ago(90 * 24),
      awareBy: m.awareBy,
      startedAt: ago(90 * 24 + 0.2),
      endedAt: ago(90 * 24 - 1),
      natures: ['confidentiality'],
      causeKind: 'internal_accidental',
      cause: m.cause,
      subjectCategories: m.subjectCategories,
      subjectCount: 1,
      recordCount: 1,
      subjectCountries: ['IT'],
      dataCategories: [{ name: m.dataCategory, special: false }],
      likelyConsequences: m.likelyConsequences,
      contact,
    })
    const a3 = recordAssessment(ws, {
      breachId: mis.id,
      enisa: { data: [{ type: 'simple' }], easeOfIdentification: 'maximum', confidentiality: 'known_recipients' },
      answers: answers({ recoveredBeforeMisuse: 'yes' }),
      assessedBy: 'Giulia Rossi',
      assessedAt: ago(90 * 24 - 2),
    })
    recordDecision(ws, {
      breachId: mis.id,
      assessmentId: a3.id,
      riskLevel: 'no_risk',
      notifyAuthority: false,
      authorityReason: m.authorityReason,
      subjects: 'not_required',
      subjectsReason: m.subjectsReason,
      decidedBy: m.decidedBy,
      decidedAt: ago(90 * 24 - 3),
      reasoning: m.reasoning,
    })
    addAction(ws, { breachId: mis.id, kind: 'remediation', at: ago(89 * 24), description: m.remediation, by: m.remediationBy })
    setBreachStatus(ws, { id: mis.id, status: 'closed', note: m.closingNote, at: ago(89 * 24 - 1) })

    // 2. Notified to the Garante within 72 hours, people told; closed. The mailboxes are Serverplan's
    // (register.json), so the breach names that vendor and the activities whose e-mails were read.
    const named = <T>(what: string, id: T | undefined): T => {
      if (id === undefined) throw missing('resources/demo/vimage/register.json', what)
      return id
    }
    const p = text.phishing
    const notified = createBreach(ws, {
      vendorIds: [named('vendor "Serverplan S.r.l."', vendorId('Serverplan S.r.l.'))],
      activityIds: [
        named('activity "Website and e-mail hosting"', activityId('Website and e-mail hosting')),
        named('activity "Contact form and replies"', activityId('Contact form and replies')),
      ],
      title: p.title,
      discoveredAt: ago(45 * 24),
      discoveryHow: p.discoveryHow,
      awareAt: ago(45 * 24),
      awareBy: p.awareBy,
      startedAt: ago(46 * 24),
      endedAt: ago(45 * 24 - 2),
      natures: ['confidentiality'],
      causeKind: 'external_malicious',
      cause: p.cause,
      subjectCategories: p.subjectCategories,
      subjectCount: 340,
      recordCount: 2600,
      subjectCountries: ['IT'],
      dataCategories: p.dataCategories.map((name) => ({ name, special: false })),
      likelyConsequences: p.likelyConsequences,
      contact,
    })
    addAction(ws, { breachId: notified.id, kind: 'containment', at: ago(45 * 24 - 1), description: p.containment, by: p.by })
    addAction(ws, { breachId: notified.id, kind: 'remediation', at: ago(40 * 24), description: p.remediation, by: p.by })
    const assessment = recordAssessment(ws, {
      breachId: notified.id,
      enisa: { data: [{ type: 'financial' }], easeOfIdentification: 'maximum', confidentiality: 'unknown_recipients', malicious: true },
      answers: answers({ sensitiveData: 'yes', maliciousIntent: 'yes', untrustedRecipients: 'yes', seriousConsequences: 'yes' }),
      assessedBy: 'Marco Ferri',
      assessedAt: ago(45 * 24 - 6),
    })
    recordDecision(ws, {
      breachId: notified.id,
      assessmentId: assessment.id,
      riskLevel: 'high_risk',
      notifyAuthority: true,
      subjects: 'communicate',
      decidedBy: p.decidedBy,
      decidedAt: ago(45 * 24 - 20),
      reasoning: p.reasoning,
    })
    logNotification(ws, DEMO_ACTOR, {
      breachId: notified.id,
      clockId: 'gdpr.sa',
      phase: 'initial',
      recipientKind: 'supervisory_authority',
      authorityCode: 'IT',
      channel: 'online_form',
      sentAt: ago(45 * 24 - 30),
      reference: p.reference,
      content: p.initialToAuthority,
    })
    logNotification(ws, DEMO_ACTOR, {
      breachId: notified.id,
      phase: 'initial',
      recipientKind: 'individuals',
      recipientName: p.individuals,
      channel: 'email',
      sentAt: ago(45 * 24 - 48),
      content: p.toIndividuals,
    })
    logNotification(ws, DEMO_ACTOR, {
      breachId: notified.id,
      clockId: 'gdpr.sa',
      phase: 'final',
      recipientKind: 'supervisory_authority',
      authorityCode: 'IT',
      channel: 'online_form',
      sentAt: ago(38 * 24),
      reference: p.reference,
      content: p.finalToAuthority,
    })
    setBreachStatus(ws, { id: notified.id, status: 'closed', note: p.closingNote, at: ago(38 * 24 - 1) })

    // 3. Open, clock running: aware 19 hours ago, 53 hours left.
    const l = text.laptop
    const open = createBreach(ws, {
      title: l.title,
      discoveredAt: ago(20),
      discoveryHow: l.discoveryHow,
      awareAt: ago(19),
      awareBy: l.awareBy,
      awareReasoning: l.awareReasoning,
      startedAt: ago(21),
      endedAt: ago(21),
      natures: ['confidentiality', 'availability'],
      causeKind: 'external_malicious',
      cause: l.cause,
      subjectCategories: l.subjectCategories,
      subjectCount: 120,
      recordCount: 900,
      subjectCountries: ['IT'],
      dataCategories: l.dataCategories.map((name) => ({ name, special: false })),
      likelyConsequences: l.likelyConsequences,
      contact,
    })
    addAction(ws, { breachId: open.id, kind: 'containment', at: ago(18.5), description: l.wipe, by: l.by })
    addAction(ws, { breachId: open.id, kind: 'containment', at: ago(18), description: l.passwords, by: l.by })
    for (const item of ['recordAwareness', 'contain', 'assembleTeam'] as const) setChecklistItem(ws, DEMO_ACTOR, { breachId: open.id, item, done: true })
    recordAssessment(ws, {
      breachId: open.id,
      enisa: { data: [{ type: 'simple' }], easeOfIdentification: 'maximum', confidentiality: 'unknown_recipients', availability: 'temporary', malicious: true },
      answers: answers({ maliciousIntent: 'yes', untrustedRecipients: 'unknown', unintelligible: 'unknown' }),
      assessedBy: 'Giulia Rossi',
      assessedAt: ago(17),
      notes: l.assessmentNotes,
    })

    // 4. A drill: kept out of every real list, report and statistic.
    createBreach(ws, {
      title: text.drill.title,
      drill: true,
      discoveredAt: ago(5),
      awareAt: ago(5),
      awareBy: text.drill.awareBy,
      natures: ['availability', 'confidentiality'],
      causeKind: 'external_malicious',
      cause: text.drill.cause,
    })
  },
})
