// Kysely table types of the dsar module (issue 5); DB (store/schema.ts) extends this.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DsarTables {}
