import type Database from 'better-sqlite3'
import type { Deadline } from '../../../shared/domain/deadline'

/** Context a module needs to turn its stored facts into deadlines (the rules live in shared/rules). */
export interface DeadlineContext {
  db: Database.Database
  now: Date
  timeZone: string
  country: string
}

export type DeadlineProvider = (ctx: DeadlineContext) => Deadline[]

const providers: DeadlineProvider[] = []

/** Each module registers one provider at import time (see handlers/*). */
export function registerDeadlineProvider(p: DeadlineProvider): void {
  if (!providers.includes(p)) providers.push(p)
}

/** Every deadline of the workspace, soonest first. */
export function collectDeadlines(ctx: DeadlineContext): Deadline[] {
  return providers.flatMap((p) => p(ctx)).sort((a, b) => a.dueAt.localeCompare(b.dueAt))
}
