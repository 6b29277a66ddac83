import { join } from 'node:path'
import type { LetterKind } from '../../../shared/domain/dsar/enums'
import { addDays, instantOfLocal, localDateOf } from '../../../shared/rules/calendar'
import { readProfile } from '../services/profileService'
import { extendCase, saveCase, saveIdentity, transitionCase } from '../services/dsar/caseService'
import { addEvent, saveDecision, saveSearch } from '../services/dsar/caseRecords'
import { createLetter, type LetterDeps } from '../services/dsar/letterService'
import { searchSources } from '../repositories/dsar/registerSources'
import type { Workspace } from '../store/workspace'
import { registerDemoSeeder } from './demoSeeders'
import { DSAR_DEMO_TEXT } from './dsarDemoText'
import { localizeDemo, type Localized } from './localizeDemo'

// Demo data-subject requests for Vimage S.r.l. (issue 5 item 8): fictional requesters, dated relative to
// the injected clock's "now" so the demo always shows one request overdue, one paused under UK GDPR (the
// case's regime: a UK website user; the organisation profile is unchanged), one extended and one answered
// in time. Every record goes through the services, so it is validated and audited like a user's.
// Each case also has the letters a real case at its stage would have (acknowledgment, identity request,
// extension, answer), made by createLetter at their point in the case's history, since a letter is filled
// from the case as it stands (due date, clock note): in Italian for the Italian requesters, English for
// the UK one, in every language of the demo (a requester is written to in a language they understand).
// The texts the letters quote (decision and extension reasons, why an ID is asked for) are written in the
// letter's language, as the office would write them for the requester; the office's own texts
// (descriptions, notes, search logs) are in the demo's language (dsarDemoText.ts).

interface Days {
  ws: Workspace
  today: string
  tz: string
  letters: LetterDeps
  text: Localized<typeof DSAR_DEMO_TEXT>
}

const at = ({ today, tz }: Days, daysAgo: number, time: string) =>
  instantOfLocal(addDays(today, -daysAgo), time, tz)
const on = ({ today }: Days, daysAgo: number) => addDays(today, -daysAgo)

/** A letter of the case, dated daysAgo, printed and stored as the letters panel would. */
async function letter(d: Days, caseId: string, kind: LetterKind, lang: 'en' | 'it', daysAgo: number) {
  await createLetter(d.ws, { caseId, kind, lang, date: on(d, daysAgo) }, d.letters)
}

/** The register's first systems (when the register module seeded them), else free-text names. */
function systemsToSearch({ ws, text }: Days): { systemName: string; registerSystemId?: string }[] {
  const sources = ws.read(searchSources)
  if (sources.systems.length)
    return sources.systems.slice(0, 3).map((s) => ({ systemName: s.name, registerSystemId: s.id }))
  return text.fallbackSystems.map((systemName) => ({ systemName }))
}

async function seedAnswered(d: Days): Promise<void> {
  const { ws } = d
  const text = d.text.answered
  const { case: c } = saveCase(ws, {
    requesterName: 'Sara Conti',
    requesterEmail: 'sara.conti@example.org',
    requesterCountry: 'IT',
    relationship: 'customer',
    channel: 'email',
    receivedAt: at(d, 62, '09:40'),
    regime: 'gdpr',
    requestTypes: ['access', 'rectification'],
    description: text.description,
  })
  await letter(d, c.id, 'acknowledgment', 'it', 62)
  saveIdentity(ws, {
    id: c.id,
    status: 'verified',
    method: 'email_confirmation',
    checkedOn: on(d, 61),
    notes: text.identityNotes,
  })
  transitionCase(ws, { id: c.id, to: 'in_progress' })
  for (const s of systemsToSearch(d))
    saveSearch(ws, {
      caseId: c.id,
      ...s,
      result: 'found',
      searchedBy: text.searchedBy,
      searchedOn: on(d, 55),
      findings: text.findings,
    })
  saveDecision(ws, {
    caseId: c.id,
    type: 'access',
    outcome: 'granted',
    reason: 'Le abbiamo inviato in formato PDF una copia di tutti i dati che la riguardano.',
    decidedOn: on(d, 45),
  })
  saveDecision(ws, {
    caseId: c.id,
    type: 'rectification',
    outcome: 'granted',
    reason: 'Abbiamo corretto il suo indirizzo di fatturazione nel nostro programma di fatturazione.',
    decidedOn: on(d, 45),
  })
  await letter(d, c.id, 'answer', 'it', 44)
  transitionCase(ws, { id: c.id, to: 'answered', on: on(d, 44) })
}

async function seedExtended(d: Days): Promise<void> {
  const { ws } = d
  const text = d.text.extended
  const { case: c } = saveCase(ws, {
    requesterName: 'Luca Ferrari',
    requesterEmail: 'luca.ferrari@example.net',
    requesterCountry: 'IT',
    relationship: 'former_employee',
    channel: 'post',
    receivedAt: at(d, 24, '11:05'),
    regime: 'gdpr',
    requestTypes: ['access', 'erasure'],
    description: text.description,
  })
  await letter(d, c.id, 'acknowledgment', 'it', 23)
  saveIdentity(ws, { id: c.id, status: 'verified', method: 'knowledge_questions', checkedOn: on(d, 22) })
  transitionCase(ws, { id: c.id, to: 'in_progress' })
  saveSearch(ws, { caseId: c.id, systemName: text.archive, result: 'pending' })
  extendCase(ws, {
    id: c.id,
    on: on(d, 5),
    reason:
      'Dobbiamo esaminare sei anni di caselle di posta condivise per separare i suoi dati da quelli di clienti e colleghi.',
  })
  await letter(d, c.id, 'extension', 'it', 5)
}

async function seedPausedUk(d: Days): Promise<void> {
  const { ws } = d
  const text = d.text.pausedUk
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
    description: text.description,
  })
  transitionCase(ws, { id: c.id, to: 'identity_check' })
  addEvent(ws, {
    caseId: c.id,
    kind: 'id_requested',
    on: on(d, 11),
    reason: 'The form gave only a first name and a free e-mail address.',
  })
  await letter(d, c.id, 'identity_request', 'en', 11)
  addEvent(ws, {
    caseId: c.id,
    kind: 'id_received',
    on: on(d, 8),
    reason: text.idReceived,
  })
  saveIdentity(ws, { id: c.id, status: 'verified', method: 'email_confirmation', checkedOn: on(d, 8) })
  transitionCase(ws, { id: c.id, to: 'in_progress' })
  // Under Art. 12A the month runs from the identity information: acknowledged with the reply date then.
  await letter(d, c.id, 'acknowledgment', 'en', 8)
  addEvent(ws, {
    caseId: c.id,
    kind: 'clarification_requested',
    on: on(d, 3),
    reason: text.clarification,
  })
}

async function seedOverdue(d: Days): Promise<void> {
  const { ws } = d
  const text = d.text.overdue
  const { case: c } = saveCase(ws, {
    requesterName: 'Giulia Bianchi',
    requesterEmail: 'giulia.bianchi@example.it',
    requesterCountry: 'IT',
    relationship: 'prospect',
    channel: 'email',
    receivedAt: at(d, 40, '18:55'),
    regime: 'gdpr',
    requestTypes: ['access'],
    description: text.description,
  })
  // Received at 18:55: acknowledged the next morning.
  await letter(d, c.id, 'acknowledgment', 'it', 39)
  transitionCase(ws, { id: c.id, to: 'in_progress' })
  saveSearch(ws, {
    caseId: c.id,
    systemName: text.newsletterTool,
    result: 'found',
    searchedBy: text.searchedBy,
    searchedOn: on(d, 30),
    findings: text.findings,
  })
  saveSearch(ws, { caseId: c.id, systemName: text.crm, result: 'pending' })
}

registerDemoSeeder({
  order: 30,
  name: 'dsar',
  async seed({ ws, sample, resourcesDir, language }) {
    // The demo requests are addressed to Vimage; other samples get none.
    if (sample !== 'vimage') return
    const tz = readProfile(ws).timeZone
    const d: Days = {
      ws,
      today: localDateOf(ws.now(), tz),
      tz,
      letters: { resourcesDir, fontsDir: join(resourcesDir, 'fonts') },
      text: localizeDemo(DSAR_DEMO_TEXT, language),
    }
    // Oldest first, so the references follow the order of receipt.
    await seedAnswered(d)
    await seedOverdue(d)
    await seedExtended(d)
    await seedPausedUk(d)
  },
})
