import { addDays, instantOfLocal, localDateOf } from '../../../shared/rules/calendar'
import { readProfile } from '../services/profileService'
import { extendCase, saveCase, saveIdentity, transitionCase } from '../services/dsar/caseService'
import { addEvent, saveDecision, saveSearch } from '../services/dsar/caseRecords'
import { searchSources } from '../repositories/dsar/registerSources'
import type { Workspace } from '../store/workspace'
import { registerDemoSeeder } from './demoSeeders'

// Demo data-subject requests for Vimage S.r.l. (issue 5 item 8): fictional requesters, dated relative to
// the injected clock's "now" so the demo always shows one request overdue, one paused under UK GDPR (the
// case's regime: a UK website user; the organisation profile is unchanged), one extended and one answered
// in time. Every record goes through the services, so it is validated and audited like a user's.

interface Days {
  ws: Workspace
  today: string
  tz: string
}

const at = ({ today, tz }: Days, daysAgo: number, time: string) =>
  instantOfLocal(addDays(today, -daysAgo), time, tz)
const on = ({ today }: Days, daysAgo: number) => addDays(today, -daysAgo)

/** The register's first systems (when the register module seeded them), else free-text names. */
function systemsToSearch(ws: Workspace): { systemName: string; registerSystemId?: string }[] {
  const sources = ws.read(searchSources)
  if (sources.systems.length)
    return sources.systems.slice(0, 3).map((s) => ({ systemName: s.name, registerSystemId: s.id }))
  return [
    { systemName: 'Customer e-mail (Google Workspace)' },
    { systemName: 'Invoicing software' },
    { systemName: 'Website contact form' },
  ]
}

function seedAnswered(d: Days): void {
  const { ws } = d
  const { case: c } = saveCase(ws, {
    requesterName: 'Sara Conti',
    requesterEmail: 'sara.conti@example.org',
    requesterCountry: 'IT',
    relationship: 'customer',
    channel: 'email',
    receivedAt: at(d, 62, '09:40'),
    regime: 'gdpr',
    requestTypes: ['access', 'rectification'],
    description: 'Asks for a copy of her data and to correct her billing address.',
  })
  saveIdentity(ws, {
    id: c.id,
    status: 'verified',
    method: 'email_confirmation',
    checkedOn: on(d, 61),
    notes: 'Wrote from the address on her customer record.',
  })
  transitionCase(ws, { id: c.id, to: 'in_progress' })
  for (const s of systemsToSearch(ws))
    saveSearch(ws, {
      caseId: c.id,
      ...s,
      result: 'found',
      searchedBy: 'Marco (office manager)',
      searchedOn: on(d, 55),
      findings: 'Customer record, quotes and invoices 2023–2025.',
    })
  saveDecision(ws, {
    caseId: c.id,
    type: 'access',
    outcome: 'granted',
    reason: 'Copy of all records sent as a PDF export.',
    decidedOn: on(d, 45),
  })
  saveDecision(ws, {
    caseId: c.id,
    type: 'rectification',
    outcome: 'granted',
    reason: 'Billing address corrected in the invoicing software.',
    decidedOn: on(d, 45),
  })
  transitionCase(ws, { id: c.id, to: 'answered', on: on(d, 44) })
}

function seedExtended(d: Days): void {
  const { ws } = d
  const { case: c } = saveCase(ws, {
    requesterName: 'Luca Ferrari',
    requesterEmail: 'luca.ferrari@example.net',
    requesterCountry: 'IT',
    relationship: 'former_employee',
    channel: 'post',
    receivedAt: at(d, 24, '11:05'),
    regime: 'gdpr',
    requestTypes: ['access', 'erasure'],
    description:
      'Former designer: wants every e-mail mentioning him since 2019 and the erasure of his portfolio pages.',
  })
  saveIdentity(ws, { id: c.id, status: 'verified', method: 'knowledge_questions', checkedOn: on(d, 22) })
  transitionCase(ws, { id: c.id, to: 'in_progress' })
  saveSearch(ws, { caseId: c.id, systemName: 'E-mail archive 2019–2026', result: 'pending' })
  extendCase(ws, {
    id: c.id,
    on: on(d, 5),
    reason:
      'Six years of shared mailboxes must be reviewed to separate his data from that of clients and colleagues.',
  })
}

function seedPausedUk(d: Days): void {
  const { ws } = d
  const { case: c } = saveCase(ws, {
    requesterName: 'Oliver Smith',
    requesterEmail: 'oliver.smith@example.co.uk',
    requesterCountry: 'GB',
    relationship: 'website_user',
    channel: 'web_form',
    receivedAt: at(d, 12, '16:20'),
    regime: 'uk',
    country: 'GB-ENG',
    requestTypes: ['access'],
    description: 'UK visitor of the agency’s English site: “everything you hold about me”.',
  })
  transitionCase(ws, { id: c.id, to: 'identity_check' })
  addEvent(ws, {
    caseId: c.id,
    kind: 'id_requested',
    on: on(d, 11),
    reason: 'The form gave only a first name and a free e-mail address.',
  })
  addEvent(ws, {
    caseId: c.id,
    kind: 'id_received',
    on: on(d, 8),
    reason: 'Confirmed from the address used for the newsletter sign-up.',
  })
  saveIdentity(ws, { id: c.id, status: 'verified', method: 'email_confirmation', checkedOn: on(d, 8) })
  transitionCase(ws, { id: c.id, to: 'in_progress' })
  addEvent(ws, {
    caseId: c.id,
    kind: 'clarification_requested',
    on: on(d, 3),
    reason: 'Large amount of analytics data: asked which period and which services the request covers.',
  })
}

function seedOverdue(d: Days): void {
  const { ws } = d
  const { case: c } = saveCase(ws, {
    requesterName: 'Giulia Bianchi',
    requesterEmail: 'giulia.bianchi@example.it',
    requesterCountry: 'IT',
    relationship: 'prospect',
    channel: 'email',
    receivedAt: at(d, 40, '18:55'),
    regime: 'gdpr',
    requestTypes: ['access'],
    description: 'Asks how she got on the agency’s mailing list and for a copy of her data.',
  })
  transitionCase(ws, { id: c.id, to: 'in_progress' })
  saveSearch(ws, {
    caseId: c.id,
    systemName: 'Newsletter tool',
    result: 'found',
    searchedBy: 'Marco (office manager)',
    searchedOn: on(d, 30),
    findings: 'Subscriber since 2024, source: trade fair sign-up sheet.',
  })
  saveSearch(ws, { caseId: c.id, systemName: 'CRM', result: 'pending' })
}

registerDemoSeeder({
  order: 30,
  name: 'dsar',
  seed({ ws, sample }) {
    // The demo requests are addressed to Vimage; other samples get none.
    if (sample !== 'vimage') return
    const tz = readProfile(ws).timeZone
    const d: Days = { ws, today: localDateOf(ws.now(), tz), tz }
    // Oldest first, so the references follow the order of receipt.
    seedAnswered(d)
    seedOverdue(d)
    seedExtended(d)
    seedPausedUk(d)
  },
})
