import type Database from 'better-sqlite3'
import type { ActivityDependents } from '../../../../shared/domain/register/dependents'
import type { Transfer, TransferTool } from '../../../../shared/domain/transfers/transfer'
import { all, first, qb, run } from '../../store/queryBuilder'
import type { TransferTable } from '../../store/tables/transfers'
import { defined, groupBy, toBit, toNull } from './rows'

type Stored = Omit<Transfer, 'importerName' | 'exporterVendorName' | 'activityName'>

export function putTransfer(db: Database.Database, t: Stored): void {
  const row: TransferTable = {
    id: t.id,
    activity_id: toNull(t.activityId),
    exporter_vendor_id: toNull(t.exporterVendorId),
    exporter_role: t.exporterRole,
    importer_vendor_id: t.importerVendorId,
    importer_country: t.importerCountry,
    importer_role: t.importerRole,
    purpose: toNull(t.purpose),
    special_categories: toBit(t.specialCategories),
    criminal_data: toBit(t.criminalData),
    volume: toNull(t.volume),
    frequency: t.frequency,
    status: t.status,
    notes: toNull(t.notes),
    created_at: t.createdAt,
    updated_at: t.updatedAt,
  }
  const { id: _id, created_at: _c, ...changes } = row
  run(
    db,
    qb
      .insertInto('transfer')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(changes)),
  )
  for (const table of [
    'transfer_data_category',
    'transfer_data_subject',
    'transfer_format',
    'transfer_tool',
    'transfer_dpf_check',
    'transfer_onward',
  ] as const)
    run(db, qb.deleteFrom(table).where('transfer_id', '=', t.id))
  t.dataCategories.forEach((name, position) =>
    run(db, qb.insertInto('transfer_data_category').values({ transfer_id: t.id, position, name })),
  )
  t.dataSubjects.forEach((name, position) =>
    run(db, qb.insertInto('transfer_data_subject').values({ transfer_id: t.id, position, name })),
  )
  t.formats.forEach((format) =>
    run(db, qb.insertInto('transfer_format').values({ transfer_id: t.id, format })),
  )
  t.tools.forEach((x, position) =>
    run(
      db,
      qb.insertInto('transfer_tool').values({
        transfer_id: t.id,
        position,
        tool: x.tool,
        decision_id: toNull(x.decisionId),
        scc_module: toNull(x.sccModule),
        signed_on: toNull(x.signedOn),
        reference: toNull(x.reference),
        derogation: toNull(x.derogation),
        derogation_reason: toNull(x.derogationReason),
      }),
    ),
  )
  if (t.dpfCheck) {
    const c = t.dpfCheck
    run(
      db,
      qb.insertInto('transfer_dpf_check').values({
        transfer_id: t.id,
        certified: toBit(c.certified),
        checked_on: c.checkedOn,
        covers: c.covers,
        checked_by: toNull(c.checkedBy),
        note: toNull(c.note),
      }),
    )
    c.lists.forEach((list) => run(db, qb.insertInto('transfer_dpf_list').values({ transfer_id: t.id, list })))
  }
  t.onward.forEach((o, position) =>
    run(
      db,
      qb
        .insertInto('transfer_onward')
        .values({
          transfer_id: t.id,
          position,
          recipient: o.recipient,
          country: o.country,
          tool: toNull(o.tool),
          note: toNull(o.note),
        }),
    ),
  )
}

export function loadTransfers(db: Database.Database, id?: string): Transfer[] {
  let q = qb
    .selectFrom('transfer as t')
    .innerJoin('register_vendor as iv', 'iv.id', 't.importer_vendor_id')
    .leftJoin('register_vendor as ev', 'ev.id', 't.exporter_vendor_id')
    .leftJoin('register_activity as a', 'a.id', 't.activity_id')
    .selectAll('t')
    .select(['iv.name as importer_name', 'ev.name as exporter_vendor_name', 'a.name as activity_name'])
    .orderBy((eb) => eb.fn('lower', ['iv.name']))
    .orderBy('t.created_at')
  if (id !== undefined) q = q.where('t.id', '=', id)
  const rows = all(db, q)
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const byId = <R extends { transfer_id: string }>(rs: R[]) => groupBy(rs, (r) => r.transfer_id)
  const byPos = <R extends { transfer_id: string; position: number }>(rs: R[]) =>
    byId([...rs].sort((a, b) => a.position - b.position))
  const cats = byPos(
    all(db, qb.selectFrom('transfer_data_category').selectAll().where('transfer_id', 'in', ids)),
  )
  const subjects = byPos(
    all(db, qb.selectFrom('transfer_data_subject').selectAll().where('transfer_id', 'in', ids)),
  )
  const formats = byId(all(db, qb.selectFrom('transfer_format').selectAll().where('transfer_id', 'in', ids)))
  const tools = byPos(all(db, qb.selectFrom('transfer_tool').selectAll().where('transfer_id', 'in', ids)))
  const checks = byId(
    all(db, qb.selectFrom('transfer_dpf_check').selectAll().where('transfer_id', 'in', ids)),
  )
  const lists = byId(all(db, qb.selectFrom('transfer_dpf_list').selectAll().where('transfer_id', 'in', ids)))
  const onward = byPos(all(db, qb.selectFrom('transfer_onward').selectAll().where('transfer_id', 'in', ids)))
  const FORMAT_ORDER = ['in_transit', 'at_rest', 'remote_access']
  const LIST_ORDER = ['eu_us', 'uk_extension', 'swiss_us']
  return rows.map((r): Transfer => {
    const check = checks.get(r.id)?.[0]
    return {
      id: r.id,
      ...defined({
        activityId: r.activity_id,
        exporterVendorId: r.exporter_vendor_id,
        activityName: r.activity_name,
        exporterVendorName: r.exporter_vendor_name,
      }),
      exporterRole: r.exporter_role as Transfer['exporterRole'],
      importerVendorId: r.importer_vendor_id,
      importerName: r.importer_name,
      importerCountry: r.importer_country,
      importerRole: r.importer_role as Transfer['importerRole'],
      ...defined({ purpose: r.purpose, volume: r.volume, notes: r.notes }),
      dataCategories: (cats.get(r.id) ?? []).map((c) => c.name),
      dataSubjects: (subjects.get(r.id) ?? []).map((c) => c.name),
      specialCategories: r.special_categories === 1,
      criminalData: r.criminal_data === 1,
      frequency: r.frequency as Transfer['frequency'],
      formats: (formats.get(r.id) ?? [])
        .map((f) => f.format as Transfer['formats'][number])
        .sort((a, b) => FORMAT_ORDER.indexOf(a) - FORMAT_ORDER.indexOf(b)),
      tools: (tools.get(r.id) ?? []).map((x): TransferTool => ({
        tool: x.tool as TransferTool['tool'],
        ...defined({
          decisionId: x.decision_id,
          sccModule: x.scc_module as TransferTool['sccModule'] | null,
          signedOn: x.signed_on,
          reference: x.reference,
          derogation: x.derogation as TransferTool['derogation'] | null,
          derogationReason: x.derogation_reason,
        }),
      })),
      ...(check
        ? {
            dpfCheck: {
              certified: check.certified === 1,
              checkedOn: check.checked_on,
              covers: check.covers as 'non_hr' | 'hr' | 'both',
              lists: (lists.get(r.id) ?? [])
                .map((l) => l.list as 'eu_us')
                .sort((a, b) => LIST_ORDER.indexOf(a) - LIST_ORDER.indexOf(b)),
              ...defined({ checkedBy: check.checked_by, note: check.note }),
            },
          }
        : {}),
      onward: (onward.get(r.id) ?? []).map((o) => ({
        recipient: o.recipient,
        country: o.country,
        ...defined({ tool: o.tool as TransferTool['tool'] | null, note: o.note }),
      })),
      status: r.status as Transfer['status'],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }
  })
}

export const getTransferRow = (db: Database.Database, id: string): Transfer | undefined =>
  loadTransfers(db, id)[0]

export function deleteTransferRow(db: Database.Database, id: string): boolean {
  return Number(run(db, qb.deleteFrom('transfer').where('id', '=', id)).changes) > 0
}

/** The transfers made for an activity, by importer: what its page lists as depending on it. */
export function transfersOfActivity(
  db: Database.Database,
  activityId: string,
): ActivityDependents['transfers'] {
  return all(
    db,
    qb
      .selectFrom('transfer as t')
      .innerJoin('register_vendor as iv', 'iv.id', 't.importer_vendor_id')
      .select(['t.id', 'iv.name as importer', 't.importer_country as country', 't.status'])
      .where('t.activity_id', '=', activityId)
      .orderBy((eb) => eb.fn('lower', ['iv.name']))
      .orderBy('t.created_at'),
  ).map((r) => ({ ...r, status: r.status as Transfer['status'] }))
}

export function transferExists(db: Database.Database, id: string): boolean {
  return first(db, qb.selectFrom('transfer').select('id').where('id', '=', id)) !== undefined
}

/** The register's vendors as the transfers module needs them: where each is and where it keeps data. */
export interface VendorPlace {
  id: string
  name: string
  country: string
  role: string
  dataLocations: string[]
}

export function loadVendorPlaces(db: Database.Database): VendorPlace[] {
  const vendors = all(
    db,
    qb
      .selectFrom('register_vendor')
      .select(['id', 'name', 'country', 'role'])
      .orderBy((eb) => eb.fn('lower', ['name'])),
  )
  const locs = groupBy(
    all(
      db,
      qb
        .selectFrom('register_vendor_location')
        .select(['vendor_id', 'country', 'position'])
        .orderBy('position'),
    ),
    (r) => r.vendor_id,
  )
  return vendors.map((v) => ({ ...v, dataLocations: (locs.get(v.id) ?? []).map((l) => l.country) }))
}

export function activityExists(db: Database.Database, id: string): boolean {
  return first(db, qb.selectFrom('register_activity').select('id').where('id', '=', id)) !== undefined
}

/** Activities that name the vendor as a recipient (the exporter side of a transfer). */
export function activitiesUsingVendor(
  db: Database.Database,
  vendorId: string,
): { id: string; name: string }[] {
  return all(
    db,
    qb
      .selectFrom('activity_recipient as r')
      .innerJoin('register_activity as a', 'a.id', 'r.activity_id')
      .select(['a.id', 'a.name'])
      .where('r.vendor_id', '=', vendorId)
      .distinct()
      .orderBy('a.name'),
  )
}
