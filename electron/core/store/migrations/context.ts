/** What a migration may need besides the database: when it runs and on whose behalf (for audit rows). */
export interface MigrationContext {
  /** The injected clock's now, ISO 8601 UTC. */
  now: string
  actor: string
}
