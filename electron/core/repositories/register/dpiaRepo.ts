import type Database from 'better-sqlite3'
import type { DpiaResult } from '../../../../shared/domain/register/activity'
import type { Art353Case, Wp248Criterion } from '../../../../shared/domain/register/dpia'
import { cachedStatement } from '../../store/queryBuilder'
import type { DpiaScreeningTable } from '../../store/tables/register'
import { groupBy } from './rowMapping'

/** A screening as stored: the "yes" answers and the result computed when it was saved. */
export interface StoredScreening {
  activityId: string
  wp248: Wp248Criterion[]
  art35_3: Art353Case[]
  nationalItems: string[]
  answeredBy: string
  reasoning?: string
  result: DpiaResult
  listCountry?: string
  listChecked: boolean
  screenedAt: string
}

export function putScreening(db: Database.Database, s: StoredScreening): void {
  cachedStatement(db, 'DELETE FROM dpia_screening WHERE activity_id = ?').run(s.activityId)
  cachedStatement(
    db,
    `INSERT INTO dpia_screening (activity_id, screened_at, answered_by, result, list_country, list_checked, reasoning)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(s.activityId, s.screenedAt, s.answeredBy, s.result, s.listCountry ?? null, s.listChecked ? 1 : 0, s.reasoning ?? null)
  const answer = cachedStatement(db, 'INSERT INTO dpia_screening_answer (activity_id, question) VALUES (?, ?)')
  for (const c of s.wp248) answer.run(s.activityId, `wp248:${c}`)
  for (const c of s.art35_3) answer.run(s.activityId, `art35_3:${c}`)
  for (const i of s.nationalItems) answer.run(s.activityId, `national:${i}`)
}

export function loadScreenings(db: Database.Database, activityId?: string): Map<string, StoredScreening> {
  const where = activityId === undefined ? '' : ' WHERE activity_id = ?'
  const args = activityId === undefined ? [] : [activityId]
  const heads = cachedStatement(db, `SELECT * FROM dpia_screening${where}`).all(...args) as DpiaScreeningTable[]
  const answers = groupBy(
    cachedStatement(db, `SELECT activity_id, question FROM dpia_screening_answer${where} ORDER BY rowid`).all(...args) as {
      activity_id: string
      question: string
    }[],
    (r) => r.activity_id,
  )
  const out = new Map<string, StoredScreening>()
  for (const h of heads) {
    const qs = (answers.get(h.activity_id) ?? []).map((a) => a.question)
    const pick = (prefix: string) => qs.filter((q) => q.startsWith(prefix)).map((q) => q.slice(prefix.length))
    out.set(h.activity_id, {
      activityId: h.activity_id,
      wp248: pick('wp248:') as Wp248Criterion[],
      art35_3: pick('art35_3:') as Art353Case[],
      nationalItems: pick('national:'),
      answeredBy: h.answered_by,
      ...(h.reasoning ? { reasoning: h.reasoning } : {}),
      result: h.result as DpiaResult,
      ...(h.list_country ? { listCountry: h.list_country } : {}),
      listChecked: h.list_checked === 1,
      screenedAt: h.screened_at,
    })
  }
  return out
}
