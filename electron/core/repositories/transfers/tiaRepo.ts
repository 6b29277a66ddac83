import type Database from 'better-sqlite3'
import type { Tia, TiaContent } from '../../../../shared/domain/transfers/tia'
import { all, first, qb, run } from '../../store/queryBuilder'
import type { TransferTiaTable } from '../../store/tables/transfers'
import { defined, fromOptBit, groupBy, optBit, toBit, toNull } from './rows'

type ListName = 'data_category' | 'data_subject' | 'format' | 'onward_country' | 'storage_country'

/** Inserts a new TIA version or rewrites a draft (the database refuses to touch a final one). */
export function putTia(db: Database.Database, t: Tia): void {
  const c = t.content
  const row: TransferTiaTable = {
    id: t.id,
    transfer_id: t.transferId,
    version: t.version,
    status: t.status,
    supersedes_id: toNull(t.supersedesId),
    importer_name: t.importerName,
    importer_country: t.importerCountry,
    pack_version: t.packVersion,
    pack_as_of: t.packAsOf,
    s1_exporter: toNull(c.step1.exporter),
    s1_importer: toNull(c.step1.importer),
    s1_importer_country: toNull(c.step1.importerCountry),
    s1_importer_role: toNull(c.step1.importerRole),
    s1_scc_module: toNull(c.step1.sccModule),
    s1_purpose: toNull(c.step1.purpose),
    s1_special_categories: toBit(c.step1.specialCategories),
    s1_criminal_data: toBit(c.step1.criminalData),
    s1_volume: toNull(c.step1.volume),
    s1_frequency: toNull(c.step1.frequency),
    s1_remote_access: toNull(c.step1.remoteAccess),
    s1_clear_text_access: toNull(c.step1.clearTextAccess),
    s1_keys_held_by: toNull(c.step1.keysHeldBy),
    s2_tool: toNull(c.step2.tool),
    s2_tool_details: toNull(c.step2.toolDetails),
    s2_adequacy_status: toNull(c.step2.adequacyStatus),
    s2_dpf_certified: optBit(c.step2.dpfCertified),
    s2_dpf_checked_on: toNull(c.step2.dpfCheckedOn),
    s3_importer_in_scope: toNull(c.step3.importerInScope),
    s3_in_scope_note: toNull(c.step3.importerInScopeNote),
    s3_oversight: toNull(c.step3.oversight),
    s3_redress: toNull(c.step3.redress),
    s3_practice: toNull(c.step3.practice),
    s3_practice_applies: toNull(c.step3.practiceApplies),
    s3_law_impinges: toNull(c.step3.lawImpinges),
    s3_assessment: toNull(c.step3.assessment),
    s4_note: toNull(c.step4.note),
    s5_scc_unmodified: optBit(c.step5.sccUnmodified),
    s5_sa_authorisation: optBit(c.step5.saAuthorisationNeeded),
    s5_steps: toNull(c.step5.steps),
    s6_next_review_on: toNull(c.step6.nextReviewOn),
    s6_triggers: toNull(c.step6.triggers),
    conclusion: toNull(c.conclusion.level),
    conclusion_reasons: toNull(c.conclusion.reasons),
    probability_percent: toNull(c.conclusion.probability?.percent),
    probability_years: toNull(c.conclusion.probability?.periodYears),
    probability_method: toNull(c.conclusion.probability?.method),
    signed_by: toNull(t.signedBy),
    signed_role: toNull(t.signedRole),
    signed_at: toNull(t.signedAt),
    created_at: t.createdAt,
    updated_at: t.updatedAt,
  }
  // Written as a draft first (answers and child rows), then signed: the triggers of migration 006 refuse
  // any change to a TIA that is no longer a draft.
  const draft = { ...row, status: 'draft', signed_by: null, signed_role: null, signed_at: null }
  const { id: _id, created_at: _c, transfer_id: _t, version: _v, ...changes } = draft
  run(
    db,
    qb
      .insertInto('transfer_tia')
      .values(draft)
      .onConflict((oc) => oc.column('id').doUpdateSet(changes)),
  )
  for (const table of [
    'transfer_tia_value',
    'transfer_tia_law',
    'transfer_tia_measure',
    'transfer_tia_source',
  ] as const)
    run(db, qb.deleteFrom(table).where('tia_id', '=', t.id))
  const lists: [ListName, readonly string[]][] = [
    ['data_category', c.step1.dataCategories],
    ['data_subject', c.step1.dataSubjects],
    ['format', c.step1.formats],
    ['onward_country', c.step1.onwardCountries],
    ['storage_country', c.step1.storageCountries],
  ]
  for (const [list, values] of lists)
    values.forEach((value, position) =>
      run(db, qb.insertInto('transfer_tia_value').values({ tia_id: t.id, list, position, value })),
    )
  c.step3.laws.forEach((l, position) =>
    run(
      db,
      qb
        .insertInto('transfer_tia_law')
        .values({
          tia_id: t.id,
          position,
          law_key: toNull(l.key),
          name: l.name,
          summary: toNull(l.summary),
          applies: toNull(l.applies),
          note: toNull(l.note),
        }),
    ),
  )
  c.step4.measures.forEach((m, position) =>
    run(
      db,
      qb
        .insertInto('transfer_tia_measure')
        .values({
          tia_id: t.id,
          position,
          measure_key: toNull(m.key),
          kind: m.kind,
          text: toNull(m.text),
          note: toNull(m.note),
        }),
    ),
  )
  c.step3.sources.forEach((s, position) =>
    run(
      db,
      qb
        .insertInto('transfer_tia_source')
        .values({
          tia_id: t.id,
          position,
          title: s.title,
          url: toNull(s.url),
          as_of: s.asOf,
          unverified: toBit(s.unverified),
        }),
    ),
  )
  if (t.status !== 'draft')
    run(
      db,
      qb
        .updateTable('transfer_tia')
        .set({
          status: t.status,
          signed_by: row.signed_by,
          signed_role: row.signed_role,
          signed_at: row.signed_at,
        })
        .where('id', '=', t.id),
    )
}

/** Marks the transfer's final TIA as superseded (status only: its answers stay as signed). */
export function supersedeFinal(db: Database.Database, transferId: string): string | undefined {
  const old = first(
    db,
    qb
      .selectFrom('transfer_tia')
      .select('id')
      .where('transfer_id', '=', transferId)
      .where('status', '=', 'final'),
  )
  if (old) run(db, qb.updateTable('transfer_tia').set({ status: 'superseded' }).where('id', '=', old.id))
  return old?.id
}

export function deleteDraftRow(db: Database.Database, id: string): boolean {
  return (
    Number(
      run(db, qb.deleteFrom('transfer_tia').where('id', '=', id).where('status', '=', 'draft')).changes,
    ) > 0
  )
}

export function loadTias(db: Database.Database, filter: { id?: string; transferId?: string } = {}): Tia[] {
  let q = qb.selectFrom('transfer_tia').selectAll().orderBy('transfer_id').orderBy('version', 'desc')
  if (filter.id !== undefined) q = q.where('id', '=', filter.id)
  if (filter.transferId !== undefined) q = q.where('transfer_id', '=', filter.transferId)
  const rows = all(db, q)
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const byTia = <R extends { tia_id: string; position: number }>(rs: R[]) =>
    groupBy(
      [...rs].sort((a, b) => a.position - b.position),
      (r) => r.tia_id,
    )
  const values = byTia(all(db, qb.selectFrom('transfer_tia_value').selectAll().where('tia_id', 'in', ids)))
  const laws = byTia(all(db, qb.selectFrom('transfer_tia_law').selectAll().where('tia_id', 'in', ids)))
  const measures = byTia(
    all(db, qb.selectFrom('transfer_tia_measure').selectAll().where('tia_id', 'in', ids)),
  )
  const sources = byTia(all(db, qb.selectFrom('transfer_tia_source').selectAll().where('tia_id', 'in', ids)))
  return rows.map((r) => {
    const vals = (list: ListName) =>
      (values.get(r.id) ?? []).filter((v) => v.list === list).map((v) => v.value)
    const percent = r.probability_percent
    const years = r.probability_years
    const content: TiaContent = {
      step1: {
        ...defined({
          exporter: r.s1_exporter,
          importer: r.s1_importer,
          importerCountry: r.s1_importer_country,
          importerRole: r.s1_importer_role as TiaContent['step1']['importerRole'] | null,
          sccModule: r.s1_scc_module as TiaContent['step1']['sccModule'] | null,
          purpose: r.s1_purpose,
          volume: r.s1_volume,
          frequency: r.s1_frequency as TiaContent['step1']['frequency'] | null,
          remoteAccess: r.s1_remote_access,
          clearTextAccess: r.s1_clear_text_access as TiaContent['step1']['clearTextAccess'] | null,
          keysHeldBy: r.s1_keys_held_by as TiaContent['step1']['keysHeldBy'] | null,
        }),
        dataCategories: vals('data_category'),
        dataSubjects: vals('data_subject'),
        specialCategories: r.s1_special_categories === 1,
        criminalData: r.s1_criminal_data === 1,
        formats: vals('format') as TiaContent['step1']['formats'],
        onwardCountries: vals('onward_country'),
        storageCountries: vals('storage_country'),
      },
      step2: {
        ...defined({
          tool: r.s2_tool as TiaContent['step2']['tool'] | null,
          toolDetails: r.s2_tool_details,
          adequacyStatus: r.s2_adequacy_status,
          dpfCertified: fromOptBit(r.s2_dpf_certified),
          dpfCheckedOn: r.s2_dpf_checked_on,
        }),
      },
      step3: {
        ...defined({
          importerInScope: r.s3_importer_in_scope as TiaContent['step3']['importerInScope'] | null,
          importerInScopeNote: r.s3_in_scope_note,
          oversight: r.s3_oversight,
          redress: r.s3_redress,
          practice: r.s3_practice,
          practiceApplies: r.s3_practice_applies as TiaContent['step3']['practiceApplies'] | null,
          lawImpinges: r.s3_law_impinges as TiaContent['step3']['lawImpinges'] | null,
          assessment: r.s3_assessment,
        }),
        laws: (laws.get(r.id) ?? []).map((l) => ({
          name: l.name,
          ...defined({
            key: l.law_key,
            summary: l.summary,
            applies: l.applies as TiaContent['step3']['laws'][number]['applies'] | null,
            note: l.note,
          }),
        })),
        sources: (sources.get(r.id) ?? []).map((s) => ({
          title: s.title,
          asOf: s.as_of,
          unverified: s.unverified === 1,
          ...defined({ url: s.url }),
        })),
      },
      step4: {
        measures: (measures.get(r.id) ?? []).map((m) => ({
          kind: m.kind as TiaContent['step4']['measures'][number]['kind'],
          ...defined({ key: m.measure_key, text: m.text, note: m.note }),
        })),
        ...defined({ note: r.s4_note }),
      },
      step5: defined({
        sccUnmodified: fromOptBit(r.s5_scc_unmodified),
        saAuthorisationNeeded: fromOptBit(r.s5_sa_authorisation),
        steps: r.s5_steps,
      }),
      step6: defined({ nextReviewOn: r.s6_next_review_on, triggers: r.s6_triggers }),
      conclusion: {
        ...defined({
          level: r.conclusion as TiaContent['conclusion']['level'] | null,
          reasons: r.conclusion_reasons,
        }),
        ...(percent !== null && years !== null
          ? { probability: { percent, periodYears: years, ...defined({ method: r.probability_method }) } }
          : {}),
      },
    }
    return {
      id: r.id,
      transferId: r.transfer_id,
      version: r.version,
      status: r.status as Tia['status'],
      ...defined({
        supersedesId: r.supersedes_id,
        signedBy: r.signed_by,
        signedRole: r.signed_role,
        signedAt: r.signed_at,
      }),
      importerName: r.importer_name,
      importerCountry: r.importer_country,
      packVersion: r.pack_version,
      packAsOf: r.pack_as_of,
      content,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }
  })
}

export const getTiaRow = (db: Database.Database, id: string): Tia | undefined => loadTias(db, { id })[0]
