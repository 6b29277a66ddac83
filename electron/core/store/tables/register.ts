// Kysely table types of the register module (issue 4); DB (store/schema.ts) extends this.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RegisterTables {}
