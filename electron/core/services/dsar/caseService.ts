import {
  DsarArt125InputSchema,
  DsarCaseInputSchema,
  DsarExtendInputSchema,
  DsarIdentityInputSchema,
  DsarTransitionInputSchema,
  type DsarCaseFields,
} from '../../../../shared/domain/dsar/inputs'
import type { DsarCase, DsarCaseView, DsarListRow } from '../../../../shared/domain/dsar/views'
import { instantOfLocal, localDateOf } from '../../../../shared/rules/calendar'
import { checkDsarInput } from '../../../../shared/rules/dsar'
import { canMove, nextStatuses } from '../../../../shared/rules/dsar/statusFlow'
import { OPEN_STATUSES } from '../../../../shared/domain/dsar/enums'
import type { AuditWrite } from '../../audit/auditLog'
import {
  addStatusChange,
  allCaseIds,
  insertCaseRow,
  loadCase,
  nextCaseId,
  putCaseTypes,
  updateCaseRow,
} from '../../repositories/dsar/caseRepo'
import type { Workspace } from '../../store/workspace'
import { buildCaseView } from './caseView'
import {
  auditCase,
  clockOf,
  dateProblem,
  dsarContext,
  mustLoad,
  mustLoadLive,
  statusWord,
  type DsarContext,
} from './context'
import { fieldsError, refused } from './dsarErrors'
import { readSettings } from './settingsService'

// The case itself (issue 5 item 3): creation, edits, the status flow, the extension, identity
// verification and Art. 12(5). Each write and its audit entry commit together (ws.write).

const receivedInstant = (v: string, timeZone: string): string =>
  /T\d{2}:\d{2}$/.test(v) ? instantOfLocal(v.slice(0, 10), v.slice(11), timeZone) : new Date(v).toISOString()

/** Checks what the schema cannot: not in the future, a holiday calendar the regime knows. */
function checkCaseFacts(input: DsarCaseFields, receivedAt: string, ctx: DsarContext): void {
  const fields: Record<string, string> = {}
  if (receivedAt > ctx.nowIso) fields.receivedAt = 'validation.dsarFuture'
  if (input.country) {
    const probe = checkDsarInput({
      regime: input.regime,
      received: localDateOf(receivedAt, ctx.timeZone),
      country: input.country,
    })
    if (!probe.ok && probe.issues.some((i) => i.field === 'country'))
      fields.country = 'validation.dsarCountry'
  }
  if (Object.keys(fields).length) throw fieldsError(fields)
}

/** Creates a case (no `id`) or updates its description (with `id`); returns the case page. */
export function saveCase(ws: Workspace, raw: unknown): DsarCaseView {
  const input = DsarCaseInputSchema.parse(raw)
  const id = ws.write<string>((db) => {
    const ctx = dsarContext(db, ws.now())
    const receivedAt = receivedInstant(input.receivedAt, ctx.timeZone)
    checkCaseFacts(input, receivedAt, ctx)
    const facts = {
      requester_name: input.requesterName,
      requester_email: input.requesterEmail ?? null,
      requester_phone: input.requesterPhone ?? null,
      requester_address: input.requesterAddress ?? null,
      requester_country: input.requesterCountry ?? null,
      relationship: input.relationship,
      channel: input.channel,
      received_at: receivedAt,
      regime: input.regime,
      country: input.country ?? null,
      description: input.description ?? null,
      notes: input.notes ?? null,
    }
    if (!input.id) {
      const newId = nextCaseId(db, localDateOf(receivedAt, ctx.timeZone).slice(0, 4))
      insertCaseRow(db, {
        id: newId,
        ...facts,
        status: 'received',
        identity_method: null,
        identity_status: 'not_started',
        identity_checked_on: null,
        identity_notes: null,
        art125_assessment: 'none',
        art125_handling: null,
        art125_reason: null,
        art125_fee: null,
        art125_warned_on: null,
        extended_on: null,
        extension_reason: null,
        extended_to: null,
        answered_on: null,
        late_reason: null,
        closed_on: null,
        purged_at: null,
        created_at: ctx.nowIso,
        updated_at: ctx.nowIso,
      })
      putCaseTypes(db, newId, input.requestTypes)
      addStatusChange(db, newId, null, 'received', ctx.nowIso, null)
      const after = mustLoad(db, newId)
      clockOf(after, ctx) // a case whose dates cannot be computed is not saved
      return {
        result: newId,
        audit: [{ entity: 'dsar', entityId: newId, action: 'create', after: auditCase(after) }],
      }
    }
    const before = mustLoadLive(db, input.id)
    if (before.status === 'closed') throw refused('closed', { id: input.id })
    if (before.extension && before.regime !== input.regime) throw refused('regimeAfterExtension')
    const newReceived = localDateOf(receivedAt, ctx.timeZone)
    const earliest = [
      ...before.events.map((e) => e.on),
      ...before.decisions.map((d) => d.decidedOn),
      ...before.letters.map((l) => l.date),
      ...(before.extension ? [before.extension.on] : []),
    ].sort()[0]
    if (earliest && earliest < newReceived)
      throw fieldsError({ receivedAt: 'validation.dsarReceivedAfterEvents' })
    updateCaseRow(db, input.id, { ...facts, updated_at: ctx.nowIso })
    putCaseTypes(db, input.id, input.requestTypes)
    const after = mustLoad(db, input.id)
    clockOf(after, ctx)
    const changed =
      JSON.stringify({ ...auditCase(before), updatedAt: '' }) !==
      JSON.stringify({ ...auditCase(after), updatedAt: '' })
    if (!changed) {
      updateCaseRow(db, input.id, { updated_at: before.updatedAt })
      return { result: input.id, audit: [] }
    }
    return {
      result: input.id,
      audit: [
        {
          entity: 'dsar',
          entityId: input.id,
          action: 'update',
          before: auditCase(before),
          after: auditCase(after),
        },
      ],
    }
  })
  return getCaseView(ws, id)
}

/** Runs a change on a live case and records the case before/after in the audit log. */
function changeCase(
  ws: Workspace,
  id: string,
  change: (
    c: DsarCase,
    ctx: DsarContext,
    db: Parameters<Parameters<Workspace['write']>[0]>[0],
  ) => AuditWrite[] | void,
): DsarCaseView {
  ws.write((db) => {
    const ctx = dsarContext(db, ws.now())
    const before = mustLoadLive(db, id)
    const extra = change(before, ctx, db) ?? []
    updateCaseRow(db, id, { updated_at: ctx.nowIso })
    const after = mustLoad(db, id)
    return {
      result: null,
      audit: [
        {
          entity: 'dsar',
          entityId: id,
          action: 'update',
          before: auditCase(before),
          after: auditCase(after),
        },
        ...extra,
      ],
    }
  })
  return getCaseView(ws, id)
}

export function transitionCase(ws: Workspace, raw: unknown): DsarCaseView {
  const input = DsarTransitionInputSchema.parse(raw)
  return changeCase(ws, input.id, (c, ctx, db) => {
    if (input.to === 'extended') throw refused('useExtend')
    if (!canMove(c.status, input.to))
      throw refused('transition', {
        from: statusWord(c.status),
        to: statusWord(input.to),
        allowed: nextStatuses(c.status).map(statusWord).join(', ') || '—',
      })
    const clock = clockOf(c, ctx)
    const set: Parameters<typeof updateCaseRow>[2] = { status: input.to }
    if (input.to === 'answered' || input.to === 'refused') {
      const undecided = c.requestTypes.filter((type) => !c.decisions.some((d) => d.type === type))
      if (undecided.length) throw refused('undecided', { types: undecided.join(', ') })
      const allRefused = c.decisions.every((d) => d.outcome === 'refused')
      if (input.to === 'refused' && !allRefused) throw refused('notAllRefused')
      if (input.to === 'answered' && allRefused) throw refused('allRefused')
      const on = input.on ?? ctx.today
      const problem = dateProblem(on, clock.receivedDate, ctx.today)
      if (problem) throw fieldsError({ on: problem })
      const limit = input.to === 'refused' ? (clock.refusalNoticeBy ?? clock.due) : clock.due
      if (on > limit && !input.lateReason) throw fieldsError({ lateReason: 'validation.dsarLateReason' })
      Object.assign(set, { answered_on: on, late_reason: on > limit ? (input.lateReason ?? null) : null })
    }
    if (input.to === 'withdrawn') {
      if (!input.reason) throw fieldsError({ reason: 'validation.dsarReasonRequired' })
      Object.assign(set, { answered_on: null, late_reason: null })
    }
    if (input.to === 'closed') set.closed_on = ctx.today
    updateCaseRow(db, c.id, set)
    addStatusChange(db, c.id, c.status, input.to, ctx.nowIso, input.reason ?? input.lateReason ?? null)
  })
}

export function extendCase(ws: Workspace, raw: unknown): DsarCaseView {
  const input = DsarExtendInputSchema.parse(raw)
  return changeCase(ws, input.id, (c, ctx, db) => {
    const clock = clockOf(c, ctx)
    if (clock.extendBlocked)
      throw refused(`extend.${clock.extendBlocked.key.split('.')[1]}`, {
        ...clock.extendBlocked.params,
        status: statusWord(c.status),
      })
    const fields: Record<string, string> = {}
    const problem = dateProblem(input.on, clock.receivedDate, ctx.today)
    if (problem) fields.on = problem
    else if (clock.extensionNoticeBy && input.on > clock.extensionNoticeBy)
      fields.on = 'validation.dsarNoticeLate'
    if (c.regime === 'fadp') {
      if (!input.extendedTo) fields.extendedTo = 'validation.required'
      else if (input.extendedTo <= clock.firstDue) fields.extendedTo = 'validation.dsarExtendedTo'
    } else if (input.extendedTo) fields.extendedTo = 'validation.dsarExtendedToFadpOnly'
    if (Object.keys(fields).length) throw fieldsError(fields)
    updateCaseRow(db, c.id, {
      status: 'extended',
      extended_on: input.on,
      extension_reason: input.reason,
      extended_to: input.extendedTo ?? null,
    })
    addStatusChange(db, c.id, c.status, 'extended', ctx.nowIso, input.reason)
  })
}

export function saveIdentity(ws: Workspace, raw: unknown): DsarCaseView {
  const input = DsarIdentityInputSchema.parse(raw)
  return changeCase(ws, input.id, (c, ctx, db) => {
    if (!OPEN_STATUSES.includes(c.status)) throw refused('notOpen', { status: statusWord(c.status) })
    const problem = dateProblem(input.checkedOn, localDateOf(c.receivedAt, ctx.timeZone), ctx.today)
    if (problem) throw fieldsError({ checkedOn: problem })
    updateCaseRow(db, c.id, {
      identity_method: input.method ?? null,
      identity_status: input.status,
      identity_checked_on: input.checkedOn ?? null,
      identity_notes: input.notes ?? null,
    })
  })
}

export function saveArt125(ws: Workspace, raw: unknown): DsarCaseView {
  const input = DsarArt125InputSchema.parse(raw)
  return changeCase(ws, input.id, (c, ctx, db) => {
    if (!OPEN_STATUSES.includes(c.status)) throw refused('notOpen', { status: statusWord(c.status) })
    const problem = dateProblem(input.warnedOn, localDateOf(c.receivedAt, ctx.timeZone), ctx.today)
    if (problem) throw fieldsError({ warnedOn: problem })
    const none = input.assessment === 'none'
    updateCaseRow(db, c.id, {
      art125_assessment: input.assessment,
      art125_handling: none ? null : (input.handling ?? null),
      art125_reason: none ? null : (input.reason ?? null),
      art125_fee: none ? null : (input.fee ?? null),
      art125_warned_on: none ? null : (input.warnedOn ?? null),
    })
  })
}

export function getCaseView(ws: Workspace, id: string): DsarCaseView {
  return ws.read((db) => {
    const ctx = dsarContext(db, ws.now())
    const c = mustLoad(db, id)
    return buildCaseView(c, clockOf(c, ctx), readSettings(db).closedRetentionMonths, ctx.timeZone, ctx.lang)
  })
}

export function listRows(ws: Workspace): DsarListRow[] {
  return ws.read((db) => {
    const ctx = dsarContext(db, ws.now())
    return allCaseIds(db).map((id) => {
      const c = loadCase(db, id) as DsarCase
      const clock = clockOf(c, ctx)
      return {
        id: c.id,
        requesterName: c.requesterName,
        regime: c.regime,
        requestTypes: c.requestTypes,
        status: c.status,
        receivedAt: c.receivedAt,
        target: clock.target,
        due: clock.due,
        daysLeft: clock.daysLeft,
        overdue: clock.overdue,
        open: OPEN_STATUSES.includes(c.status),
        extended: clock.extended,
        waiting: clock.waiting?.kind ?? null,
        onTime: clock.onTime,
        purged: !!c.purgedAt,
      }
    })
  })
}
