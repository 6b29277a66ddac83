import { DpiaScreeningInputSchema, type DpiaScreening } from '../../../../shared/domain/register/dpia'
import { screenDpia } from '../../../../shared/rules/register/dpiaScreening'
import { activityExists } from '../../repositories/register/activityRepo'
import { loadScreenings, putScreening, type StoredScreening } from '../../repositories/register/dpiaRepo'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../profileService'
import { fieldsError, notFound } from './registerErrors'

/** The stored answers with the result and reasons the rule gives for them. */
export function withReasons(s: StoredScreening): DpiaScreening {
  const outcome = screenDpia(s, s.listCountry)
  return { ...s, reasons: outcome.reasons }
}

/**
 * Screens an activity for a DPIA against WP248, Art. 35(3) and the Art. 35(4) list of the organisation's
 * lead authority; saves the answers, the result, who answered and when (audited).
 */
export function saveScreening(ws: Workspace, raw: unknown): DpiaScreening {
  const input = DpiaScreeningInputSchema.parse(raw)
  const authority = readProfile(ws).leadAuthority
  const outcome = screenDpia(input, authority)
  if (outcome.unknownItems.length > 0) throw fieldsError({ nationalItems: 'validation.invalid' })
  if (outcome.result === 'recommended' && !input.reasoning) throw fieldsError({ reasoning: 'validation.reasoningRequired' })
  return ws.write((db) => {
    if (!activityExists(db, input.activityId)) throw notFound('activity', input.activityId)
    const before = loadScreenings(db, input.activityId).get(input.activityId) ?? null
    const stored: StoredScreening = {
      ...input,
      result: outcome.result,
      ...(outcome.listCountry ? { listCountry: outcome.listCountry } : {}),
      listChecked: outcome.listChecked,
      screenedAt: ws.now().toISOString(),
    }
    putScreening(db, stored)
    return {
      result: withReasons(stored),
      audit: [{ entity: 'dpia_screening', entityId: input.activityId, action: before ? 'update' : 'create', before, after: stored }],
    }
  })
}

export function getScreening(ws: Workspace, activityId: string): DpiaScreening | null {
  const s = ws.read((db) => loadScreenings(db, activityId).get(activityId))
  return s ? withReasons(s) : null
}
