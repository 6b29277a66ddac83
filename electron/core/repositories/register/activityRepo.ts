import type Database from 'better-sqlite3'
import type { Activity } from '../../../../shared/domain/register/activity'
import { cachedStatement } from '../../store/queryBuilder'
import type {
  ActivityArt9ConditionTable,
  ActivityControllerServedTable,
  ActivityDataCategoryTable,
  ActivityJointControllerTable,
  ActivityRecipientTable,
  ActivitySecurityMeasureTable,
  ActivitySourceTable,
  ActivitySubjectCategoryTable,
  ActivitySystemTable,
  ActivityLawfulBasisTable,
  RegisterActivityTable,
} from '../../store/tables/register'
import { defined, groupBy, toBit, toNull } from './rowMapping'

// The register entry and its child tables. Plain cached statements rather than Kysely here: an import
// writes tens of thousands of child rows in one transaction (bench/registerBench.ts).

const CHILD_TABLES = [
  'activity_purpose', // cascades to activity_lawful_basis
  'activity_subject_category',
  'activity_data_category',
  'activity_art9_condition',
  'activity_source',
  'activity_recipient',
  'activity_transfer', // cascades to activity_transfer_tool
  'activity_system',
  'activity_security_measure',
  'activity_joint_controller',
  'activity_controller_served',
] as const

/** Rows per multi-row INSERT: one native call and one statement run per this many rows. */
const CHUNK = 50

/**
 * The rows for one table, written in multi-row INSERT statements: an import of 10,000 activities writes
 * about 200,000 child rows, and one statement per row costs about twice as much as one per 50.
 */
class RowBatch {
  private values: unknown[] = []
  private rows = 0

  constructor(
    private readonly table: string,
    private readonly columns: string[],
    private readonly conflict = '',
  ) {}

  add(...row: unknown[]): void {
    for (const v of row) this.values.push(v)
    this.rows++
  }

  private sql(rows: number): string {
    const one = `(${this.columns.map(() => '?').join(', ')})`
    return `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${Array(rows).fill(one).join(', ')}${this.conflict}`
  }

  /** Inserts every row added, in the order added. */
  flush(db: Database.Database): void {
    const width = this.columns.length
    const full = Math.floor(this.rows / CHUNK) * CHUNK
    if (full > 0) {
      const many = cachedStatement(db, this.sql(CHUNK))
      for (let r = 0; r < full; r += CHUNK) many.run(this.values.slice(r * width, (r + CHUNK) * width))
    }
    if (full < this.rows) {
      const one = cachedStatement(db, this.sql(1))
      for (let r = full; r < this.rows; r++) one.run(this.values.slice(r * width, (r + 1) * width))
    }
    this.values = []
    this.rows = 0
  }
}

const UPSERT_COLUMNS = [
  'id', 'name', 'description', 'status', 'role', 'owner', 'criminal_data_authority', 'collected_from_subject', 'joint_arrangement',
  'automated_exists', 'automated_logic', 'automated_consequences', 'occasional', 'dpia_ref', 'last_reviewed_on', 'next_review_on',
  'notes', 'template_id', 'created_at', 'updated_at',
]
const ON_CONFLICT = ` ON CONFLICT(id) DO UPDATE SET ${UPSERT_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at')
  .map((c) => `${c} = excluded.${c}`)
  .join(', ')}`

const nextId = (db: Database.Database, table: 'activity_purpose' | 'activity_transfer'): number =>
  (cachedStatement(db, `SELECT COALESCE(MAX(id), 0) + 1 AS next FROM ${table}`).get() as { next: number }).next

/**
 * Inserts or replaces entries and all their child rows. Run inside the write transaction. `fresh` = the
 * caller knows the id is new, so there are no child rows to clear (an import of 10,000 new rows saves
 * 110,000 deletes).
 */
export function putActivities(db: Database.Database, entries: { activity: Activity; fresh: boolean }[]): void {
  for (const { activity, fresh } of entries)
    if (!fresh) for (const t of CHILD_TABLES) cachedStatement(db, `DELETE FROM ${t} WHERE activity_id = ?`).run(activity.id)

  const activities = new RowBatch('register_activity', UPSERT_COLUMNS, ON_CONFLICT)
  const purposes = new RowBatch('activity_purpose', ['id', 'activity_id', 'position', 'text'])
  const bases = new RowBatch('activity_lawful_basis', [
    'purpose_id', 'position', 'basis', 'legitimate_interest', 'balancing_test', 'consent_collection', 'consent_withdrawal', 'legal_reference',
  ])
  const subjects = new RowBatch('activity_subject_category', ['activity_id', 'position', 'name'])
  const data = new RowBatch('activity_data_category', [
    'activity_id', 'position', 'name', 'special', 'criminal', 'retention_period', 'retention_unit', 'retention_criteria',
    'retention_trigger', 'retention_legal_source', 'retention_action',
  ])
  const art9 = new RowBatch('activity_art9_condition', ['activity_id', 'position', 'condition', 'note'])
  const sources = new RowBatch('activity_source', ['activity_id', 'position', 'description', 'publicly_available'])
  const recipients = new RowBatch('activity_recipient', ['activity_id', 'position', 'kind', 'vendor_id', 'name', 'country', 'note'])
  const transfers = new RowBatch('activity_transfer', ['id', 'activity_id', 'position', 'country', 'vendor_id', 'derogation', 'safeguards', 'note'])
  const tools = new RowBatch('activity_transfer_tool', ['transfer_id', 'position', 'tool'])
  const systems = new RowBatch('activity_system', ['activity_id', 'position', 'system_id'])
  const measures = new RowBatch('activity_security_measure', ['activity_id', 'position', 'measure_key', 'text'])
  const joints = new RowBatch('activity_joint_controller', ['activity_id', 'position', 'name', 'contact'])
  const served = new RowBatch('activity_controller_served', ['activity_id', 'position', 'name', 'contact', 'processing_categories'])

  // Purposes and transfers are numbered here (the write transaction holds the lock), so that their lawful
  // bases and tools can be batched too; SQLite would give the same numbers (largest + 1).
  let purposeId = nextId(db, 'activity_purpose')
  let transferId = nextId(db, 'activity_transfer')
  for (const { activity: a } of entries) {
    const id = a.id
    activities.add(
      id, a.name, toNull(a.description), a.status, a.role, toNull(a.owner), toNull(a.criminalDataAuthority), toBit(a.collectedFromSubject),
      toNull(a.jointArrangement), toBit(a.automatedDecision.exists), toNull(a.automatedDecision.logic), toNull(a.automatedDecision.consequences),
      toBit(a.occasional), toNull(a.dpiaRef), toNull(a.lastReviewedOn), toNull(a.nextReviewOn), toNull(a.notes), toNull(a.templateId),
      a.createdAt, a.updatedAt,
    )
    a.purposes.forEach((p, i) => {
      const pid = purposeId++
      purposes.add(pid, id, i, p.text)
      p.bases.forEach((b, j) =>
        bases.add(pid, j, b.basis, toNull(b.legitimateInterest), toNull(b.balancingTest), toNull(b.consentCollection), toNull(b.consentWithdrawal), toNull(b.legalReference)),
      )
    })
    a.dataSubjectCategories.forEach((x, i) => subjects.add(id, i, x))
    a.dataCategories.forEach((d, i) => {
      const r = d.retention
      data.add(id, i, d.name, toNull(d.special), toBit(d.criminal), toNull(r.period), toNull(r.unit), toNull(r.criteria), toNull(r.trigger), toNull(r.legalSource), r.action)
    })
    a.art9Conditions.forEach((c, i) => art9.add(id, i, c.condition, toNull(c.note)))
    a.sources.forEach((x, i) => sources.add(id, i, x.description, toBit(x.publiclyAvailable)))
    a.recipients.forEach((r, i) => recipients.add(id, i, r.kind, toNull(r.vendorId), toNull(r.name), toNull(r.country), toNull(r.note)))
    a.transfers.forEach((t, i) => {
      const tid = transferId++
      transfers.add(tid, id, i, t.country, toNull(t.vendorId), toNull(t.derogation), toNull(t.safeguards), toNull(t.note))
      t.tools.forEach((x, j) => tools.add(tid, j, x))
    })
    a.systemIds.forEach((x, i) => systems.add(id, i, x))
    a.securityMeasures.forEach((m, i) => measures.add(id, i, toNull(m.key), toNull(m.text)))
    a.jointControllers.forEach((j, i) => joints.add(id, i, j.name, toNull(j.contact)))
    a.controllersServed.forEach((c, i) => served.add(id, i, c.name, toNull(c.contact), toNull(c.processingCategories)))
  }
  // Parents before children: foreign keys are checked statement by statement.
  for (const b of [activities, purposes, bases, subjects, data, art9, sources, recipients, transfers, tools, systems, measures, joints, served]) b.flush(db)
}

export function deleteActivityRow(db: Database.Database, id: string): boolean {
  return cachedStatement(db, 'DELETE FROM register_activity WHERE id = ?').run(id).changes > 0
}

export function activityExists(db: Database.Database, id: string): boolean {
  return cachedStatement(db, 'SELECT 1 FROM register_activity WHERE id = ?').get(id) !== undefined
}

type WithActivity<T> = T & { activity_id: string }

/** Rows of one child table, for one activity or all, in order. */
function children<R>(db: Database.Database, sql: string, id: string | undefined): R[] {
  const where = id === undefined ? '' : ' WHERE activity_id = ?'
  const stmt = cachedStatement(db, `${sql}${where} ORDER BY activity_id, position`)
  return (id === undefined ? stmt.all() : stmt.all(id)) as R[]
}

/** Loads entries with all their child rows: one query per table, grouped in memory (fast for thousands). */
export function loadActivities(db: Database.Database, id?: string): Activity[] {
  const heads = (
    id === undefined
      ? cachedStatement(db, 'SELECT * FROM register_activity ORDER BY name COLLATE NOCASE, id').all()
      : cachedStatement(db, 'SELECT * FROM register_activity WHERE id = ?').all(id)
  ) as RegisterActivityTable[]
  if (heads.length === 0) return []

  const purposes = children<{ id: number; activity_id: string; text: string }>(db, 'SELECT id, activity_id, text FROM activity_purpose', id)
  const basesSql = `SELECT b.*, p.activity_id FROM activity_lawful_basis b JOIN activity_purpose p ON p.id = b.purpose_id`
  const bases = (
    id === undefined
      ? cachedStatement(db, `${basesSql} ORDER BY b.purpose_id, b.position`).all()
      : cachedStatement(db, `${basesSql} WHERE p.activity_id = ? ORDER BY b.purpose_id, b.position`).all(id)
  ) as WithActivity<ActivityLawfulBasisTable>[]
  const basesOf = groupBy(bases, (b) => b.purpose_id)
  const purposesOf = groupBy(purposes, (p) => p.activity_id)
  const subjectsOf = groupBy(children<ActivitySubjectCategoryTable>(db, 'SELECT * FROM activity_subject_category', id), (r) => r.activity_id)
  const dataOf = groupBy(children<ActivityDataCategoryTable>(db, 'SELECT * FROM activity_data_category', id), (r) => r.activity_id)
  const art9Of = groupBy(children<ActivityArt9ConditionTable>(db, 'SELECT * FROM activity_art9_condition', id), (r) => r.activity_id)
  const sourcesOf = groupBy(children<ActivitySourceTable>(db, 'SELECT * FROM activity_source', id), (r) => r.activity_id)
  const recipientsOf = groupBy(children<ActivityRecipientTable>(db, 'SELECT * FROM activity_recipient', id), (r) => r.activity_id)
  const transfers = children<{ id: number; activity_id: string; country: string; vendor_id: string | null; derogation: string | null; safeguards: string | null; note: string | null }>(
    db,
    'SELECT id, activity_id, country, vendor_id, derogation, safeguards, note FROM activity_transfer',
    id,
  )
  const toolsSql = 'SELECT tt.transfer_id, tt.tool FROM activity_transfer_tool tt JOIN activity_transfer t ON t.id = tt.transfer_id'
  const tools = (
    id === undefined
      ? cachedStatement(db, `${toolsSql} ORDER BY tt.transfer_id, tt.position`).all()
      : cachedStatement(db, `${toolsSql} WHERE t.activity_id = ? ORDER BY tt.transfer_id, tt.position`).all(id)
  ) as { transfer_id: number; tool: string }[]
  const toolsOf = groupBy(tools, (t) => t.transfer_id)
  const transfersOf = groupBy(transfers, (t) => t.activity_id)
  const systemsOf = groupBy(children<ActivitySystemTable>(db, 'SELECT * FROM activity_system', id), (r) => r.activity_id)
  const measuresOf = groupBy(children<ActivitySecurityMeasureTable>(db, 'SELECT * FROM activity_security_measure', id), (r) => r.activity_id)
  const jointOf = groupBy(children<ActivityJointControllerTable>(db, 'SELECT * FROM activity_joint_controller', id), (r) => r.activity_id)
  const servedOf = groupBy(children<ActivityControllerServedTable>(db, 'SELECT * FROM activity_controller_served', id), (r) => r.activity_id)

  return heads.map((h): Activity => {
    const a = h.id
    return {
      id: a,
      ...defined({
        description: h.description,
        owner: h.owner,
        criminalDataAuthority: h.criminal_data_authority,
        jointArrangement: h.joint_arrangement,
        dpiaRef: h.dpia_ref,
        lastReviewedOn: h.last_reviewed_on,
        nextReviewOn: h.next_review_on,
        notes: h.notes,
        templateId: h.template_id,
      }),
      name: h.name,
      status: h.status as Activity['status'],
      role: h.role as Activity['role'],
      purposes: (purposesOf.get(a) ?? []).map((p) => ({
        text: p.text,
        bases: (basesOf.get(p.id) ?? []).map((b) => ({
          basis: b.basis as Activity['purposes'][number]['bases'][number]['basis'],
          ...defined({
            legitimateInterest: b.legitimate_interest,
            balancingTest: b.balancing_test,
            consentCollection: b.consent_collection,
            consentWithdrawal: b.consent_withdrawal,
            legalReference: b.legal_reference,
          }),
        })),
      })),
      dataSubjectCategories: (subjectsOf.get(a) ?? []).map((s) => s.name),
      dataCategories: (dataOf.get(a) ?? []).map((d) => ({
        name: d.name,
        ...defined({ special: d.special as Activity['dataCategories'][number]['special'] | null }),
        criminal: d.criminal === 1,
        retention: {
          ...defined({
            period: d.retention_period,
            unit: d.retention_unit as 'days' | 'months' | 'years' | null,
            criteria: d.retention_criteria,
            trigger: d.retention_trigger,
            legalSource: d.retention_legal_source,
          }),
          action: d.retention_action as 'delete' | 'anonymise',
        },
      })),
      art9Conditions: (art9Of.get(a) ?? []).map((c) => ({
        condition: c.condition as Activity['art9Conditions'][number]['condition'],
        ...defined({ note: c.note }),
      })),
      collectedFromSubject: h.collected_from_subject === 1,
      sources: (sourcesOf.get(a) ?? []).map((s) => ({ description: s.description, publiclyAvailable: s.publicly_available === 1 })),
      recipients: (recipientsOf.get(a) ?? []).map((r) => ({
        kind: r.kind as Activity['recipients'][number]['kind'],
        ...defined({ vendorId: r.vendor_id, name: r.name, country: r.country, note: r.note }),
      })),
      transfers: (transfersOf.get(a) ?? []).map((t) => ({
        country: t.country,
        ...defined({
          vendorId: t.vendor_id,
          derogation: t.derogation as Activity['transfers'][number]['derogation'] | null,
          safeguards: t.safeguards,
          note: t.note,
        }),
        tools: (toolsOf.get(t.id) ?? []).map((x) => x.tool as Activity['transfers'][number]['tools'][number]),
      })),
      systemIds: (systemsOf.get(a) ?? []).map((s) => s.system_id),
      securityMeasures: (measuresOf.get(a) ?? []).map((m) => ({
        ...defined({ key: m.measure_key as Activity['securityMeasures'][number]['key'] | null, text: m.text }),
      })),
      jointControllers: (jointOf.get(a) ?? []).map((j) => ({ name: j.name, ...defined({ contact: j.contact }) })),
      controllersServed: (servedOf.get(a) ?? []).map((c) => ({
        name: c.name,
        ...defined({ contact: c.contact, processingCategories: c.processing_categories }),
      })),
      automatedDecision: {
        exists: h.automated_exists === 1,
        ...defined({ logic: h.automated_logic, consequences: h.automated_consequences }),
      },
      occasional: h.occasional === 1,
      createdAt: h.created_at,
      updatedAt: h.updated_at,
    }
  })
}

export function getActivityRow(db: Database.Database, id: string): Activity | undefined {
  return loadActivities(db, id)[0]
}
