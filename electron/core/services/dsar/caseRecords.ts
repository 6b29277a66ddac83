import {
  DsarDecisionInputSchema,
  DsarEventInputSchema,
  DsarRecordRefSchema,
  DsarSearchInputSchema,
} from '../../../../shared/domain/dsar/inputs'
import { ANSWERS, OPEN_STATUSES } from '../../../../shared/domain/dsar/enums'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { localDateOf } from '../../../../shared/rules/calendar'
import { all, first, qb, run } from '../../store/queryBuilder'
import { registerActivityName, registerSystemName } from '../../repositories/dsar/registerSources'
import type { Workspace } from '../../store/workspace'
import { eventFacts } from './caseClock'
import { getCaseView } from './caseService'
import { dateProblem, dsarContext, mustLoadLive, statusWord } from './context'
import { fieldsError, refused } from './dsarErrors'

// The case's records: identity/fee/clarification events (UK GDPR Art. 12A), decisions per request type,
// and the search checklist. Each write is audited under the case (entity "dsar", id "<case>/<record>").

function openCase(db: Parameters<Parameters<Workspace['write']>[0]>[0], ws: Workspace, caseId: string) {
  const ctx = dsarContext(db, ws.now())
  const c = mustLoadLive(db, caseId)
  if (!OPEN_STATUSES.includes(c.status)) throw refused('notOpen', { status: statusWord(c.status) })
  return { ctx, c, receivedDate: localDateOf(c.receivedAt, ctx.timeZone) }
}

export function addEvent(ws: Workspace, raw: unknown): DsarCaseView {
  const input = DsarEventInputSchema.parse(raw)
  ws.write((db) => {
    const { ctx, c, receivedDate } = openCase(db, ws, input.caseId)
    const problem = dateProblem(input.on, receivedDate, ctx.today)
    if (problem) throw fieldsError({ on: problem })
    // The arrival must answer an open request made on or before it; one clarification at a time.
    const facts = eventFacts([...c.events.filter((e) => e.on <= input.on)])
    const asked = ANSWERS[input.kind]
    if (asked) {
      const since =
        asked === 'id_requested'
          ? facts.idWaiting
          : asked === 'fee_requested'
            ? facts.feeWaiting
            : facts.openPause
      if (!since) throw fieldsError({ kind: 'validation.dsarNothingToAnswer' })
    }
    if (input.kind === 'clarification_requested' && (facts.openPause || eventFacts(c.events).openPause))
      throw fieldsError({ kind: 'validation.dsarClarificationOpen' })
    const r = run(
      db,
      qb
        .insertInto('dsar_event')
        .values({
          case_id: c.id,
          kind: input.kind,
          on_date: input.on,
          reason: input.reason,
          created_at: ctx.nowIso,
        }),
    )
    run(db, qb.updateTable('dsar_case').set({ updated_at: ctx.nowIso }).where('id', '=', c.id))
    const after = { id: Number(r.lastInsertRowid), kind: input.kind, on: input.on, reason: input.reason }
    return {
      result: null,
      audit: [{ entity: 'dsar', entityId: `${c.id}/event/${after.id}`, action: 'create', after }],
    }
  })
  return getCaseView(ws, input.caseId)
}

export function deleteEvent(ws: Workspace, raw: unknown): DsarCaseView {
  const input = DsarRecordRefSchema.parse(raw)
  ws.write((db) => {
    const { ctx, c } = openCase(db, ws, input.caseId)
    const before = c.events.find((e) => e.id === input.id)
    if (!before) throw refused('recordNotFound', { id: input.id })
    run(db, qb.deleteFrom('dsar_event').where('id', '=', input.id).where('case_id', '=', c.id))
    run(db, qb.updateTable('dsar_case').set({ updated_at: ctx.nowIso }).where('id', '=', c.id))
    return {
      result: null,
      audit: [{ entity: 'dsar', entityId: `${c.id}/event/${before.id}`, action: 'delete', before }],
    }
  })
  return getCaseView(ws, input.caseId)
}

export function saveDecision(ws: Workspace, raw: unknown): DsarCaseView {
  const input = DsarDecisionInputSchema.parse(raw)
  ws.write((db) => {
    const { ctx, c, receivedDate } = openCase(db, ws, input.caseId)
    if (!c.requestTypes.includes(input.type)) throw fieldsError({ type: 'validation.dsarDecisionType' })
    const problem = dateProblem(input.decidedOn, receivedDate, ctx.today)
    if (problem) throw fieldsError({ decidedOn: problem })
    const before = c.decisions.find((d) => d.type === input.type) ?? null
    const row = {
      outcome: input.outcome,
      ground: input.ground ?? null,
      reason: input.reason ?? null,
      decided_on: input.decidedOn,
    }
    run(
      db,
      qb
        .insertInto('dsar_decision')
        .values({ case_id: c.id, type: input.type, ...row })
        .onConflict((oc) => oc.columns(['case_id', 'type']).doUpdateSet(row)),
    )
    run(db, qb.updateTable('dsar_case').set({ updated_at: ctx.nowIso }).where('id', '=', c.id))
    const after = {
      type: input.type,
      outcome: row.outcome,
      ground: row.ground,
      reason: row.reason,
      decidedOn: row.decided_on,
    }
    return {
      result: null,
      audit: [
        {
          entity: 'dsar',
          entityId: `${c.id}/decision/${input.type}`,
          action: before ? 'update' : 'create',
          before,
          after,
        },
      ],
    }
  })
  return getCaseView(ws, input.caseId)
}

export function saveSearch(ws: Workspace, raw: unknown): DsarCaseView {
  const input = DsarSearchInputSchema.parse(raw)
  ws.write((db) => {
    const { ctx, c, receivedDate } = openCase(db, ws, input.caseId)
    const fields: Record<string, string> = {}
    if (input.registerSystemId && registerSystemName(db, input.registerSystemId) === undefined)
      fields.registerSystemId = 'validation.dsarUnknownSystem'
    if (input.registerActivityId && registerActivityName(db, input.registerActivityId) === undefined)
      fields.registerActivityId = 'validation.dsarUnknownActivity'
    const problem = dateProblem(input.searchedOn, receivedDate, ctx.today)
    if (problem) fields.searchedOn = problem
    const before = input.id ? (c.searches.find((s) => s.id === input.id) ?? null) : null
    if (input.id && !before) throw refused('recordNotFound', { id: input.id })
    if (Object.keys(fields).length) throw fieldsError(fields)
    const row = {
      system_name: input.systemName,
      register_system_id: input.registerSystemId ?? null,
      register_activity_id: input.registerActivityId ?? null,
      result: input.result,
      searched_by: input.searchedBy ?? null,
      searched_on: input.searchedOn ?? null,
      findings: input.findings ?? null,
    }
    let id = input.id
    if (id) run(db, qb.updateTable('dsar_search').set(row).where('id', '=', id).where('case_id', '=', c.id))
    else {
      const last = first(
        db,
        qb
          .selectFrom('dsar_search')
          .select((eb) => eb.fn.max('position').as('p'))
          .where('case_id', '=', c.id),
      )
      id = Number(
        run(db, qb.insertInto('dsar_search').values({ case_id: c.id, position: (last?.p ?? -1) + 1, ...row }))
          .lastInsertRowid,
      )
    }
    run(db, qb.updateTable('dsar_case').set({ updated_at: ctx.nowIso }).where('id', '=', c.id))
    const after = all(db, qb.selectFrom('dsar_search').selectAll().where('id', '=', id))[0]
    return {
      result: null,
      audit: [
        {
          entity: 'dsar',
          entityId: `${c.id}/search/${id}`,
          action: before ? 'update' : 'create',
          before,
          after,
        },
      ],
    }
  })
  return getCaseView(ws, input.caseId)
}

export function deleteSearch(ws: Workspace, raw: unknown): DsarCaseView {
  const input = DsarRecordRefSchema.parse(raw)
  ws.write((db) => {
    const { ctx, c } = openCase(db, ws, input.caseId)
    const before = c.searches.find((s) => s.id === input.id)
    if (!before) throw refused('recordNotFound', { id: input.id })
    run(db, qb.deleteFrom('dsar_search').where('id', '=', input.id).where('case_id', '=', c.id))
    run(db, qb.updateTable('dsar_case').set({ updated_at: ctx.nowIso }).where('id', '=', c.id))
    return {
      result: null,
      audit: [{ entity: 'dsar', entityId: `${c.id}/search/${before.id}`, action: 'delete', before }],
    }
  })
  return getCaseView(ws, input.caseId)
}
