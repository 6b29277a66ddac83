// Kysely table types of the breach module (issue 6); DB (store/schema.ts) extends this.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BreachTables {}
