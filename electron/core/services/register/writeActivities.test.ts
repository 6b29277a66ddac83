import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ActivityInputSchema, type ActivityFields } from '../../../../shared/domain/register/activity'
import { withoutTimes } from '../../../../shared/domain/withoutTimes'
import { ManualClock } from '../../clock'
import { loadActivities } from '../../repositories/register/activityRepo'
import type { Workspace } from '../../store/workspace'
import { tempDir } from '../../testing/tempDir'
import { verifyAudit } from '../../audit/auditLog'
import { writeActivities } from './activityService'
import { saveSystem } from './systemService'
import { saveVendor } from './vendorService'
import { createWorkspace } from '../workspaceService'

// Imports write all their activities in one transaction through multi-row statements (activityRepo's
// RowBatch, 50 rows a statement, purposes and transfers numbered in advance). Whatever the batch size and
// the mix of new and updated entries, what is read back must be exactly what was written.

let tmp: ReturnType<typeof tempDir>
let ws: Workspace
const clock = new ManualClock('2026-11-23T10:00:00Z')

beforeEach(() => {
  tmp = tempDir()
  ws = createWorkspace({ path: join(tmp.dir, 'w.pwb'), legalName: 'Acme Srl', country: 'IT', timeZone: 'Europe/Rome' }, { clock, actor: 'tester' })
})
afterEach(() => {
  ws.close()
  tmp.cleanup()
})

/** Entries of varied shape: 0-3 purposes with 1-2 bases, transfers with tools, every child list. */
function entries(n: number, vendorId: string, systemId: string, tag = ''): ActivityFields[] {
  return Array.from({ length: n }, (_, i) =>
    ActivityInputSchema.parse({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `Activity ${i}${tag}`,
      purposes: Array.from({ length: i % 4 }, (_, p) => ({
        text: `Purpose ${p} of ${i}${tag}`,
        bases: p % 2 === 0 ? [{ basis: 'contract' }] : [{ basis: 'consent', consentWithdrawal: 'Link' }, { basis: 'legal_obligation', legalReference: 'Art. 2220' }],
      })),
      dataSubjectCategories: i % 3 === 0 ? [] : ['Customers', 'Staff'],
      dataCategories: [{ name: `Data ${i}`, special: i % 5 === 0 ? 'religious_beliefs' : undefined, retention: { period: 1 + (i % 12), unit: 'months', trigger: 'the end' } }],
      art9Conditions: i % 5 === 0 ? [{ condition: 'a' }] : [],
      collectedFromSubject: i % 7 !== 0,
      sources: i % 7 === 0 ? [{ description: 'Public registers', publiclyAvailable: true }] : [],
      recipients: [{ kind: 'internal', name: 'Sales' }, ...(i % 2 ? [{ kind: 'vendor', vendorId }] : [])],
      transfers: i % 3 === 1 ? [{ country: 'US', vendorId, tools: ['scc', 'dpf'] }, { country: 'IN', tools: ['art49_derogation'], derogation: 'a' }] : [],
      systemIds: i % 4 === 0 ? [systemId] : [],
      securityMeasures: [{ key: 'backups' }, { text: `Measure ${i}` }],
      role: i % 9 === 0 ? 'joint_controller' : 'controller',
      jointControllers: i % 9 === 0 ? [{ name: 'Partner Srl', contact: 'dpo@partner.it' }] : [],
    }),
  )
}

const write = (items: ActivityFields[]) =>
  ws.write((db) => {
    const before = new Map(loadActivities(db).map((a) => [a.id, a]))
    const out = writeActivities(db, items.map((input) => ({ input, before: before.get(input.id!) })), clock.now().toISOString())
    return { result: out, audit: out.flatMap((x) => (x.audit ? [x.audit] : [])) }
  })


describe('writeActivities', () => {
  it('writes 137 entries (full statements and a remainder) and reads back exactly what was written', () => {
    const vendorId = saveVendor(ws, { name: 'Calendly LLC', country: 'US', role: 'processor', dpa: { signed: true } }).vendor.id
    const systemId = saveSystem(ws, { name: 'CRM', type: 'saas' }).system.id
    const first = entries(137, vendorId, systemId)
    const out = write(first)
    expect(out.filter((x) => x.audit?.action === 'create')).toHaveLength(137)
    const read = ws.read((db) => loadActivities(db))
    expect(read.map(withoutTimes).sort((a, b) => a.id.localeCompare(b.id))).toEqual(out.map((x) => withoutTimes(x.activity)))

    // A second batch: every other entry changed (new purposes, fewer transfers), the rest unchanged, plus new ones.
    clock.advance(3_600_000)
    const changed = entries(137, vendorId, systemId, ' (v2)')
    const second = [...first.map((a, i) => (i % 2 ? changed[i] : a)), ...entries(200, vendorId, systemId).slice(137)]
    const out2 = write(second)
    expect(out2.filter((x) => x.audit?.action === 'update')).toHaveLength(68)
    expect(out2.filter((x) => x.audit === undefined)).toHaveLength(69)
    expect(out2.filter((x) => x.audit?.action === 'create')).toHaveLength(63)
    const reread = ws.read((db) => loadActivities(db)).sort((a, b) => a.id.localeCompare(b.id))
    expect(reread.map(withoutTimes)).toEqual(out2.map((x) => withoutTimes(x.activity)).sort((a, b) => a.id.localeCompare(b.id)))
    expect(reread.find((a) => a.name === 'Activity 1 (v2)')?.purposes[0].text).toBe('Purpose 0 of 1 (v2)')
    // No child row was left behind by an update.
    const purposes = ws.read((db) => db.prepare('SELECT COUNT(*) AS n FROM activity_purpose').get() as { n: number }).n
    expect(purposes).toBe(reread.reduce((n, a) => n + a.purposes.length, 0))
    expect(ws.read((db) => verifyAudit(db)).ok).toBe(true)
  })
})
