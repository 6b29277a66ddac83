import { statSync } from 'node:fs'
import type { Activity, ActivityFields } from '../../../../shared/domain/register/activity'
import { ImportInputSchema, type ImportIssue, type ImportResult } from '../../../../shared/domain/register/importExport'
import type Database from 'better-sqlite3'
import type { AuditWrite } from '../../audit/auditLog'
import { CoreError } from '../../errors'
import { cachedStatement } from '../../store/queryBuilder'
import { loadActivities } from '../../repositories/register/activityRepo'
import { loadSystems } from '../../repositories/register/systemRepo'
import { loadVendors } from '../../repositories/register/vendorRepo'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../profileService'
import { writeActivities } from './activityService'
import { checkImportFile, planImport, type ImportSnapshot, type PlannedImport } from './importPlan'
import { planInWorker } from './importWorkerClient'
import { writeSystem } from './systemService'
import { writeVendor } from './vendorService'

/** The last audited change to an activity, vendor or system. */
const registerVersion = (db: Database.Database): number =>
  (cachedStatement(db, "SELECT COALESCE(MAX(id), 0) AS v FROM audit_log WHERE entity IN ('activity', 'vendor', 'system')").get() as { v: number }).v

type Counts = Omit<ImportResult, 'applied' | 'dryRun' | 'errors' | 'notes'>

/** Thrown inside the write transaction to roll it back: a dry run's counts, or the file's problems. */
class Rollback extends Error {
  constructor(
    readonly counts: Counts,
    readonly errors: ImportIssue[],
  ) {
    super('rolled back')
  }
}

export interface ImportOptions {
  /**
   * The bundled worker script (importWorker.ts built beside the program): the file is read and checked
   * there while this thread writes the rows already checked. Without it, both run here, one after the other.
   */
  worker?: string
  /** Files smaller than this are read here even with a worker (tests set 0 to use it always). */
  workerMinBytes?: number
}

/**
 * Below this size a worker costs more than it saves: starting it takes about 0.1 s, and a 10-activity
 * register imports in 0.04 s here against 0.15 s through it. The overlap it buys grows with the rows and
 * passes that cost at a few thousand rows (about 0.4 MB of XLSX); 10,000 rows import about 0.2 s faster.
 */
export const WORKER_MIN_BYTES = 512 * 1024

/**
 * Imports activities (with the Vendors and Systems sheets or sibling CSVs) or vendors. Every row is
 * validated; if any is wrong nothing changes and each problem names its sheet, row and column.
 * Otherwise all rows are written, with their audit rows, in one transaction. Rows are written as soon
 * as they are checked (in the worker's plan order), and the transaction is rolled back at the first
 * problem, so a file with problems changes nothing. A row whose id exists updates that record (columns
 * missing from the file keep their values); a row without id is created (or, for vendors and systems,
 * matched by name). A dry run validates, writes and counts, then rolls back.
 */
export async function importRegister(ws: Workspace, raw: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  const { path, type, dryRun } = ImportInputSchema.parse(raw)
  checkImportFile(path)
  const request = { path, type, lang: readProfile(ws).language }
  let seen = 0
  const snapshot = (): ImportSnapshot =>
    ws.read((db) => {
      seen = registerVersion(db)
      return { activities: type === 'activities' ? loadActivities(db) : [], vendors: loadVendors(db), systems: loadSystems(db) }
    })
  // Read once, whenever the plan first needs it (the worker at once, this thread after reading the file).
  let current: ImportSnapshot | undefined
  const taken = () => (current ??= snapshot())
  const worker = options.worker && statSync(path).size >= (options.workerMinBytes ?? WORKER_MIN_BYTES) ? options.worker : undefined
  const parts: PlannedImport = worker ? await planInWorker(worker, request, taken) : { plan: await planImport(request, taken) }
  const activitiesById = new Map(taken().activities.map((a) => [a.id, a]))

  const zero = { created: 0, updated: 0, unchanged: 0 }
  const count = (c: typeof zero, a: AuditWrite | undefined) => {
    if (!a) c.unchanged++
    else if (a.action === 'create') c.created++
    else c.updated++
  }
  let notes: ImportIssue[] = []
  try {
    const counts = ws.write((db, auditNow) => {
      // The plan updates and links the records as they were when it started; one saved meanwhile (the file
      // is read in a worker while the app goes on) could be overwritten or linked wrongly.
      if (registerVersion(db) !== seen) throw new CoreError('VALIDATION', 'register:errors.importRaced', { path })
      const now = ws.now().toISOString()
      const c = { activities: { ...zero }, vendors: { ...zero }, systems: { ...zero } }
      let audit: AuditWrite[] = []
      const keep = (bucket: typeof zero, a: AuditWrite | undefined) => {
        count(bucket, a)
        if (a) audit.push(a)
      }
      for (const part of parts.plan) {
        if (part.kind === 'vendors') for (const v of part.plan) keep(c.vendors, writeVendor(db, v, now).audit)
        else if (part.kind === 'systems') for (const s of part.plan) keep(c.systems, writeSystem(db, s, now).audit)
        else if (part.kind === 'activities') for (const a of writeInIdOrder(db, part.plan, activitiesById, now)) keep(c.activities, a)
        else {
          notes = part.notes
          if (part.errors.length > 0) throw new Rollback({ activities: { ...zero }, vendors: { ...zero }, systems: { ...zero } }, part.errors)
        }
        // Each part's audit rows now, in the file's order, while the worker checks the next part: less
        // left to do once the last part is in.
        auditNow(audit)
        audit = []
      }
      if (dryRun) throw new Rollback(c, [])
      return { result: c, audit }
    })
    return { applied: !dryRun, dryRun, ...counts, errors: [], notes }
  } catch (e) {
    if (!(e instanceof Rollback)) throw e
    return { applied: false, dryRun, ...e.counts, errors: e.errors, notes }
  } finally {
    parts.close?.()
  }
}

/**
 * Writes a chunk of activities in id order (the child tables' keys start with the activity id, so their
 * indexes fill in order: about a tenth faster for 10,000 rows) and returns their audit rows in the
 * file's order.
 */
function writeInIdOrder(db: Parameters<typeof writeActivities>[0], plan: ActivityFields[], activitiesById: Map<string, Activity>, now: string) {
  const order = plan.map((a, i) => ({ id: a.id!, i }))
  order.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
  const results = writeActivities(
    db,
    order.map(({ id, i }) => {
      const before = activitiesById.get(id)
      // Not in the workspace when the import started, and ids are unique in the file: a new entry.
      return { input: plan[i], before, knownNew: !before }
    }),
    now,
  )
  const written = new Array<AuditWrite | undefined>(plan.length)
  order.forEach(({ i }, k) => (written[i] = results[k].audit))
  return written
}
