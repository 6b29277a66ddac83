import {
  addAction,
  createBreach,
  logNotification,
  recordAssessment,
  recordDecision,
  setBreachStatus,
  setChecklistItem,
} from '../services/breach/breachService'
import { registerDemoSeeder } from './demoSeeders'
import { activityId, missing, vendorId } from './registerNames'

// Demo breaches for Vimage S.r.l. (issue 6 item 12). Illustrative incidents invented for the demo, not
// taken from the privacy notice; times are relative to the injected clock's now, so the open breach always
// has a running 72-hour clock. One drill shows that drills never reach real lists and reports.

const DEMO_ACTOR = 'demo'
const H = 3_600_000

registerDemoSeeder({
  order: 60,
  name: 'breach',
  seed({ ws, clock, sample }) {
    // The demo breaches are Vimage's (a web agency's laptop, mailbox, invoice); other samples get none.
    if (sample !== 'vimage') return
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
    const contact = { name: 'Privacy team, Vimage S.r.l.', email: 'privacy@vimage.it' }

    // Seeded oldest first, so the references follow time order.
    // 1. Documented as not notified, with the reasons (Art. 33(5)); closed.
    const mis = createBreach(ws, {
      title: 'Invoice e-mailed to the wrong client',
      discoveredAt: ago(90 * 24),
      discoveryHow: 'The receiving client replied within ten minutes to say the invoice was not theirs.',
      awareAt: ago(90 * 24),
      awareBy: 'Giulia Rossi (office manager)',
      startedAt: ago(90 * 24 + 0.2),
      endedAt: ago(90 * 24 - 1),
      natures: ['confidentiality'],
      causeKind: 'internal_accidental',
      cause: 'Wrong recipient chosen from the address book',
      subjectCategories: ['Client (sole trader)'],
      subjectCount: 1,
      recordCount: 1,
      subjectCountries: ['IT'],
      dataCategories: [{ name: 'Name, address and invoice amount', special: false }],
      likelyConsequences: 'None expected: the recipient is a known business client who deleted the e-mail.',
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
      authorityReason:
        'One invoice sent to one known, trusted business client, who confirmed in writing the same day that it was deleted and not kept; no sensitive data, no malice: unlikely to result in a risk (Art. 33(1)).',
      subjects: 'not_required',
      subjectsReason: 'No high risk (Art. 34(1)); the client concerned was nevertheless informed by phone as a courtesy.',
      decidedBy: 'Marco Ferri (director)',
      decidedAt: ago(90 * 24 - 3),
      reasoning: 'Recipient trusted and known, deletion confirmed in writing (kept on file), single invoice with no special-category data.',
    })
    addAction(ws, { breachId: mis.id, kind: 'remediation', at: ago(89 * 24), description: 'Address-book autocomplete turned off for invoices', by: 'Office' })
    setBreachStatus(ws, { id: mis.id, status: 'closed', note: 'Documented, not notifiable.', at: ago(89 * 24 - 1) })

    // 2. Notified to the Garante within 72 hours, people told; closed. The mailboxes are Serverplan's
    // (register.json), so the breach names that vendor and the activities whose e-mails were read.
    const named = <T>(what: string, id: T | undefined): T => {
      if (id === undefined) throw missing('resources/demo/vimage/register.json', what)
      return id
    }
    const notified = createBreach(ws, {
      vendorIds: [named('vendor "Serverplan S.r.l."', vendorId(ws, 'Serverplan S.r.l.'))],
      activityIds: [
        named('activity "Website and e-mail hosting"', activityId(ws, 'Website and e-mail hosting')),
        named('activity "Contact form and replies"', activityId(ws, 'Contact form and replies')),
      ],
      title: 'Mailbox taken over through phishing',
      discoveredAt: ago(45 * 24),
      discoveryHow: 'A client asked about an e-mail changing our bank details.',
      awareAt: ago(45 * 24),
      awareBy: 'Marco Ferri (director)',
      startedAt: ago(46 * 24),
      endedAt: ago(45 * 24 - 2),
      natures: ['confidentiality'],
      causeKind: 'external_malicious',
      cause: 'An employee entered the mailbox password on a fake login page; the attacker read the mailbox for a day',
      subjectCategories: ['Clients', 'Suppliers'],
      subjectCount: 340,
      recordCount: 2600,
      subjectCountries: ['IT'],
      dataCategories: [
        { name: 'Contact details', special: false },
        { name: 'Invoices with bank details (IBAN)', special: false },
      ],
      likelyConsequences: 'Invoice fraud: clients asked to pay to the attacker’s account; further phishing.',
      contact,
    })
    addAction(ws, { breachId: notified.id, kind: 'containment', at: ago(45 * 24 - 1), description: 'Password reset, all sessions ended, forwarding rule removed', by: 'IT' })
    addAction(ws, { breachId: notified.id, kind: 'remediation', at: ago(40 * 24), description: 'Two-factor authentication made mandatory for all mailboxes', by: 'IT' })
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
      decidedBy: 'Marco Ferri (director)',
      decidedAt: ago(45 * 24 - 20),
      reasoning: 'Bank details in the hands of an attacker: risk of invoice fraud against identified clients (high risk).',
    })
    logNotification(ws, DEMO_ACTOR, {
      breachId: notified.id,
      clockId: 'gdpr.sa',
      phase: 'initial',
      recipientKind: 'supervisory_authority',
      authorityCode: 'IT',
      channel: 'online_form',
      sentAt: ago(45 * 24 - 30),
      reference: 'Demo reference 2026/0412',
      content: 'Initial notification through the Garante’s online procedure: facts known so far, 340 people, bank details exposed; follow-up to come.',
    })
    logNotification(ws, DEMO_ACTOR, {
      breachId: notified.id,
      phase: 'initial',
      recipientKind: 'individuals',
      recipientName: 'Clients and suppliers affected',
      channel: 'email',
      sentAt: ago(45 * 24 - 48),
      content: 'E-mail to each client and supplier: do not pay to new bank details; call us to confirm any change.',
    })
    logNotification(ws, DEMO_ACTOR, {
      breachId: notified.id,
      clockId: 'gdpr.sa',
      phase: 'final',
      recipientKind: 'supervisory_authority',
      authorityCode: 'IT',
      channel: 'online_form',
      sentAt: ago(38 * 24),
      reference: 'Demo reference 2026/0412',
      content: 'Final information: root cause, two-factor authentication rolled out, no payment diverted.',
    })
    setBreachStatus(ws, { id: notified.id, status: 'closed', note: 'No payment was diverted; measures in place.', at: ago(38 * 24 - 1) })

    // 3. Open, clock running: aware 19 hours ago, 53 hours left.
    const open = createBreach(ws, {
      title: 'Laptop stolen from a designer’s car',
      discoveredAt: ago(20),
      discoveryHow: 'The designer phoned the office manager the same evening.',
      awareAt: ago(19),
      awareBy: 'Giulia Rossi (office manager)',
      awareReasoning: 'IT confirmed an hour after the call that client project folders were synchronised on the laptop.',
      startedAt: ago(21),
      endedAt: ago(21),
      natures: ['confidentiality', 'availability'],
      causeKind: 'external_malicious',
      cause: 'The laptop was stolen from a parked car in Mestre',
      subjectCategories: ['Contact persons at client companies'],
      subjectCount: 120,
      recordCount: 900,
      subjectCountries: ['IT'],
      dataCategories: [
        { name: 'Names, business e-mail addresses and phone numbers', special: false },
        { name: 'Project briefs and quotes', special: false },
      ],
      likelyConsequences: 'Targeted phishing against client contacts using real project details.',
      contact,
    })
    addAction(ws, { breachId: open.id, kind: 'containment', at: ago(18.5), description: 'Remote lock and wipe sent through the device manager', by: 'IT' })
    addAction(ws, { breachId: open.id, kind: 'containment', at: ago(18), description: 'Passwords of the accounts used on the laptop changed', by: 'IT' })
    for (const item of ['recordAwareness', 'contain', 'assembleTeam'] as const) setChecklistItem(ws, DEMO_ACTOR, { breachId: open.id, item, done: true })
    recordAssessment(ws, {
      breachId: open.id,
      enisa: { data: [{ type: 'simple' }], easeOfIdentification: 'maximum', confidentiality: 'unknown_recipients', availability: 'temporary', malicious: true },
      answers: answers({ maliciousIntent: 'yes', untrustedRecipients: 'unknown', unintelligible: 'unknown' }),
      assessedBy: 'Giulia Rossi',
      assessedAt: ago(17),
      notes: 'Disk encryption status still being checked with IT.',
    })

    // 4. A drill: kept out of every real list, report and statistic.
    createBreach(ws, {
      title: 'Drill: ransomware on the file server',
      drill: true,
      discoveredAt: ago(5),
      awareAt: ago(5),
      awareBy: 'Drill facilitator',
      natures: ['availability', 'confidentiality'],
      causeKind: 'external_malicious',
      cause: 'Simulated scenario (EDPB Guidelines 01/2021, ransomware)',
    })
  },
})
