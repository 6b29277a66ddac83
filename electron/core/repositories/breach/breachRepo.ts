import type Database from 'better-sqlite3'
import type { BreachRecord } from '../../../../shared/domain/breach/incident'
import type { Regime } from '../../../../shared/reference/regimes'
import { all, first, qb, run } from '../../store/queryBuilder'
import type { BreachTable } from '../../store/tables/breach'

// The breach row and its child tables (one row per value of every list field).

const bool = (n: number) => n === 1
const int = (b: boolean) => (b ? 1 : 0)
const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v)

function toRow(b: BreachRecord): BreachTable {
  return {
    id: b.id,
    ref: b.ref,
    drill: int(b.drill),
    status: b.status,
    title: b.title,
    discovered_at: b.discoveredAt,
    discovery_how: b.discoveryHow ?? null,
    aware_at: b.awareAt,
    aware_by: b.awareBy,
    aware_reasoning: b.awareReasoning ?? null,
    processor_aware_at: b.processorAwareAt ?? null,
    started_at: b.startedAt ?? null,
    ended_at: b.endedAt ?? null,
    ongoing: int(b.ongoing),
    cause_kind: b.causeKind ?? null,
    cause: b.cause ?? null,
    subject_count: b.subjectCount ?? null,
    record_count: b.recordCount ?? null,
    role: b.role,
    controller_name: b.controllerName ?? null,
    controller_contact: b.controllerContact ?? null,
    likely_consequences: b.likelyConsequences ?? null,
    contact_name: b.contact.name ?? null,
    contact_email: b.contact.email ?? null,
    contact_phone: b.contact.phone ?? null,
    nis2_significant: int(b.flags.nis2Significant),
    dora_major: int(b.flags.doraMajor),
    dora_classified_at: b.flags.doraClassifiedAt ?? null,
    eprivacy_service: int(b.flags.eprivacyService),
    hipaa_phi: int(b.flags.hipaaPhi),
    lgpd_small_agent: int(b.flags.lgpdSmallAgent),
    hipaa_max_residents: b.flags.hipaaMaxResidentsInOneState ?? null,
    processor_target_hours: b.processorTargetHours ?? null,
    fadp_target_hours: b.fadpTargetHours ?? null,
    authority_code: b.authorityCode ?? null,
    close_note: b.closeNote ?? null,
    closed_at: b.closedAt ?? null,
    created_at: b.createdAt,
    updated_at: b.updatedAt,
  }
}

function fromRow(db: Database.Database, r: BreachTable): BreachRecord {
  const id = r.id
  const natures = all(db, qb.selectFrom('breach_nature').select('nature').where('breach_id', '=', id)).map((x) => x.nature)
  const order = ['confidentiality', 'integrity', 'availability']
  return {
    id,
    ref: r.ref,
    drill: bool(r.drill),
    status: r.status as BreachRecord['status'],
    title: r.title,
    discoveredAt: r.discovered_at,
    discoveryHow: opt(r.discovery_how),
    awareAt: r.aware_at,
    awareBy: r.aware_by,
    awareReasoning: opt(r.aware_reasoning),
    processorAwareAt: opt(r.processor_aware_at),
    startedAt: opt(r.started_at),
    endedAt: opt(r.ended_at),
    ongoing: bool(r.ongoing),
    natures: natures.sort((a, b) => order.indexOf(a) - order.indexOf(b)) as BreachRecord['natures'],
    causeKind: opt(r.cause_kind) as BreachRecord['causeKind'],
    cause: opt(r.cause),
    subjectCategories: all(
      db,
      qb.selectFrom('breach_subject_category').select('name').where('breach_id', '=', id).orderBy('position'),
    ).map((x) => x.name),
    subjectCount: opt(r.subject_count),
    recordCount: opt(r.record_count),
    subjectCountries: all(
      db,
      qb.selectFrom('breach_subject_country').select('country').where('breach_id', '=', id).orderBy('country'),
    ).map((x) => x.country),
    dataCategories: all(
      db,
      qb.selectFrom('breach_data_category').select(['name', 'special']).where('breach_id', '=', id).orderBy('position'),
    ).map((x) => ({ name: x.name, special: bool(x.special) })),
    activityIds: all(
      db,
      qb.selectFrom('breach_activity_link').select('activity_id').where('breach_id', '=', id).orderBy('activity_id'),
    ).map((x) => x.activity_id),
    vendorIds: all(
      db,
      qb.selectFrom('breach_vendor_link').select('vendor_id').where('breach_id', '=', id).orderBy('vendor_id'),
    ).map((x) => x.vendor_id),
    role: r.role as BreachRecord['role'],
    controllerName: opt(r.controller_name),
    controllerContact: opt(r.controller_contact),
    likelyConsequences: opt(r.likely_consequences),
    contact: { name: opt(r.contact_name), email: opt(r.contact_email), phone: opt(r.contact_phone) },
    flags: {
      nis2Significant: bool(r.nis2_significant),
      doraMajor: bool(r.dora_major),
      doraClassifiedAt: opt(r.dora_classified_at),
      eprivacyService: bool(r.eprivacy_service),
      hipaaPhi: bool(r.hipaa_phi),
      lgpdSmallAgent: bool(r.lgpd_small_agent),
      hipaaMaxResidentsInOneState: opt(r.hipaa_max_residents),
    },
    processorTargetHours: opt(r.processor_target_hours),
    fadpTargetHours: opt(r.fadp_target_hours),
    excludedRegimes: all(
      db,
      qb.selectFrom('breach_regime_exclusion').select(['regime', 'reason']).where('breach_id', '=', id).orderBy('regime'),
    ).map((x) => ({ regime: x.regime as Regime, reason: x.reason })),
    authorityCode: opt(r.authority_code),
    closeNote: opt(r.close_note),
    closedAt: opt(r.closed_at),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

function writeChildren(db: Database.Database, b: BreachRecord): void {
  const id = b.id
  for (const t of [
    'breach_nature',
    'breach_subject_category',
    'breach_subject_country',
    'breach_data_category',
    'breach_activity_link',
    'breach_vendor_link',
    'breach_regime_exclusion',
  ] as const) {
    run(db, qb.deleteFrom(t).where('breach_id', '=', id))
  }
  for (const nature of b.natures) run(db, qb.insertInto('breach_nature').values({ breach_id: id, nature }))
  b.subjectCategories.forEach((name, position) =>
    run(db, qb.insertInto('breach_subject_category').values({ breach_id: id, position, name })),
  )
  for (const country of b.subjectCountries) run(db, qb.insertInto('breach_subject_country').values({ breach_id: id, country }))
  b.dataCategories.forEach((d, position) =>
    run(db, qb.insertInto('breach_data_category').values({ breach_id: id, position, name: d.name, special: int(d.special) })),
  )
  for (const activity_id of b.activityIds) run(db, qb.insertInto('breach_activity_link').values({ breach_id: id, activity_id }))
  for (const vendor_id of b.vendorIds) run(db, qb.insertInto('breach_vendor_link').values({ breach_id: id, vendor_id }))
  for (const e of b.excludedRegimes)
    run(db, qb.insertInto('breach_regime_exclusion').values({ breach_id: id, regime: e.regime, reason: e.reason }))
}

export function insertBreach(db: Database.Database, b: BreachRecord): void {
  run(db, qb.insertInto('breach').values(toRow(b)))
  writeChildren(db, b)
}

export function updateBreachRow(db: Database.Database, b: BreachRecord): void {
  const { id: _id, ...rest } = toRow(b)
  run(db, qb.updateTable('breach').set(rest).where('id', '=', b.id))
  writeChildren(db, b)
}

export function getBreachRecord(db: Database.Database, id: string): BreachRecord | undefined {
  const row = first(db, qb.selectFrom('breach').selectAll().where('id', '=', id))
  return row ? fromRow(db, row) : undefined
}

/** Breaches in order of awareness; drills only when asked for (they never reach real lists). */
export function listBreachRecords(db: Database.Database, opts: { drill: boolean }): BreachRecord[] {
  return all(
    db,
    qb
      .selectFrom('breach')
      .selectAll()
      .where('drill', '=', int(opts.drill))
      .orderBy('aware_at', 'desc')
      .orderBy('ref', 'desc'),
  ).map((r) => fromRow(db, r))
}

/** BR-2026-001 for real breaches, DR-2026-001 for drills: numbered apart, so real numbering has no gaps. */
export function nextRef(db: Database.Database, year: string, drill: boolean): string {
  const prefix = `${drill ? 'DR' : 'BR'}-${year}-`
  const rows = all(db, qb.selectFrom('breach').select('ref').where('ref', 'like', `${prefix}%`))
  const max = rows.reduce((m, r) => Math.max(m, Number(r.ref.slice(prefix.length)) || 0), 0)
  return `${prefix}${String(max + 1).padStart(3, '0')}`
}
