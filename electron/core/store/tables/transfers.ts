// Kysely table types of the transfers module (issue 7); DB (store/schema.ts) extends this.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TransfersTables {}
