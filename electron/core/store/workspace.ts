import type Database from 'better-sqlite3'
import type { Clock } from '../clock'
import { appendAudits, type AuditWrite } from '../audit/auditLog'

/**
 * Something found on opening that the user should know. Kept as a message key and its values, not
 * text: the file's language is only known once it is open, and the session words it in that language.
 */
export interface OpenWarning {
  key: 'warnings.staleLock' | 'warnings.staleLockUnreadable' | 'warnings.strayWal' | 'warnings.backupTaken'
  params?: Record<string, string>
}

/**
 * An open workspace file. Every service write goes through `write`, which runs the change and its
 * audit row in one IMMEDIATE transaction: both commit or neither does.
 */
export class Workspace {
  readonly db: Database.Database
  readonly path: string
  readonly id: string
  readonly createdAt: string
  readonly schemaVersion: number
  readonly warnings: OpenWarning[]
  private readonly clock: Clock
  private readonly actor: string
  private readonly releaseLock: () => void
  private readonly idleMs: number
  private idleTimer: NodeJS.Timeout | undefined
  private closed = false

  constructor(args: {
    db: Database.Database
    path: string
    id: string
    createdAt: string
    schemaVersion: number
    warnings: OpenWarning[]
    clock: Clock
    actor: string
    releaseLock: () => void
    idleCheckpointMs: number
  }) {
    this.db = args.db
    this.path = args.path
    this.id = args.id
    this.createdAt = args.createdAt
    this.schemaVersion = args.schemaVersion
    this.warnings = args.warnings
    this.clock = args.clock
    this.actor = args.actor
    this.releaseLock = args.releaseLock
    this.idleMs = args.idleCheckpointMs
  }

  now(): Date {
    return this.clock.now()
  }

  /**
   * Runs `change` and appends the audit rows it returns, atomically. A long change may append some of its
   * rows as it goes (`auditNow`, in order, before those it returns): the same rows, the same transaction.
   */
  write<T>(
    change: (
      db: Database.Database,
      auditNow: (writes: readonly AuditWrite[]) => void,
    ) => { result: T; audit: AuditWrite[] },
  ): T {
    this.assertOpen()
    const at = this.clock.now().toISOString()
    const result = this.db
      .transaction(() => {
        const out = change(this.db, (writes) => appendAudits(this.db, at, this.actor, writes))
        appendAudits(this.db, at, this.actor, out.audit)
        return out.result
      })
      .immediate()
    this.scheduleIdleCheckpoint()
    return result
  }

  read<T>(q: (db: Database.Database) => T): T {
    this.assertOpen()
    return q(this.db)
  }

  /** Folds the WAL into the main file, so the one .pwb file a user copies holds everything. */
  checkpoint(): void {
    if (!this.closed) this.db.pragma('wal_checkpoint(TRUNCATE)')
  }

  close(): void {
    if (this.closed) return
    if (this.idleTimer) clearTimeout(this.idleTimer)
    try {
      this.checkpoint()
    } finally {
      this.closed = true
      this.db.close()
      this.releaseLock()
    }
  }

  get isOpen(): boolean {
    return !this.closed
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('workspace is closed')
  }

  private scheduleIdleCheckpoint(): void {
    if (!this.idleMs) return
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => {
      try {
        this.checkpoint()
      } catch {
        // busy: the next idle period or close will checkpoint
      }
    }, this.idleMs)
    this.idleTimer.unref()
  }
}
