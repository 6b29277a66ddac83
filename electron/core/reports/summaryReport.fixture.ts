import { createHash } from 'node:crypto'
import type { AuditEntry } from '../../../shared/domain/audit'
import { OrganisationProfileSchema } from '../../../shared/domain/organisation'
import type { SummaryReportData } from './summaryReport'

// A realistic workspace for report tests and previews: a small Italian web agency (DESIGN.md's first user).

const hex = (s: string) => createHash('sha256').update(s).digest('hex')

const ACTIONS: AuditEntry['action'][] = ['create', 'update', 'update', 'delete', 'redact']
const ENTITIES = ['organisation', 'activity', 'vendor', 'dsar', 'breach', 'transfer']
const ACTORS = ['giulia.bianchi', 'marco.rossi', 'niccolò.ferrà']

/** `count` audit rows, newest first, one every 37 minutes back from 2026-11-23 15:00 UTC. */
export function auditRows(count: number): AuditEntry[] {
  const start = Date.parse('2026-11-23T15:00:00Z')
  const rows: AuditEntry[] = []
  for (let id = count; id >= 1; id--) {
    const action = id === 1 ? 'create' : ACTIONS[id % ACTIONS.length]
    const entity = id === 1 ? 'workspace' : ENTITIES[id % ENTITIES.length]
    rows.push({
      id,
      at: new Date(start - (count - id) * 37 * 60_000).toISOString(),
      actor: ACTORS[id % ACTORS.length],
      entity,
      entityId: entity === 'workspace' ? 'ws' : `${entity.slice(0, 3)}-${String(1000 + id)}`,
      action,
      payload: null,
      // Every 7th older row had its details erased at the end of their retention period.
      redactedAt: id % 7 === 0 && action !== 'redact' ? '2026-11-23T09:30:00Z' : null,
      hash: hex(`row-${id}`),
    })
  }
  return rows
}

export function vimageSummary(auditCount = 80): SummaryReportData {
  const recent = auditRows(auditCount)
  return {
    profile: OrganisationProfileSchema.parse({
      legalName: 'Vimage S.r.l.',
      tradingName: 'Vimage – Città dell’Immagine',
      legalForm: 'Società a responsabilità limitata (capitale sociale € 10.000)',
      registrationNumber: 'FO-318245',
      vatNumber: 'IT04213560401',
      address: {
        street: 'Via Giorgio Regnoli 41',
        postalCode: '47121',
        city: 'Forlì',
        region: 'Emilia-Romagna',
      },
      country: 'IT',
      timeZone: 'Europe/Rome',
      language: 'it',
      contactEmail: 'privacy@vimage.example',
      dpo: {
        appointed: false,
        reasonNotAppointed:
          'Dieci dipendenti; nessun monitoraggio su larga scala né categorie particolari di dati: l’art. 37 non si applica, perché l’attività principale è lo sviluppo di siti web.',
      },
      leadAuthority: 'IT',
      roles: ['controller', 'processor'],
      regimes: ['gdpr', 'eprivacy'],
    }),
    workspace: {
      id: '8d0f6c4e-3b1a-4f7e-9c2d-5a6b7c8d9e0f',
      createdAt: '2026-09-01T07:12:00Z',
      schemaVersion: 1,
      path: '/home/giulia/Documenti/Privacy Workbench/Vimage S.r.l.pwb',
    },
    audit: { total: auditCount, headHash: recent[0]?.hash ?? null, verifiedOk: true, recent },
    generatedAt: '2026-11-23T15:05:00Z',
    appVersion: '0.1.0',
  }
}
