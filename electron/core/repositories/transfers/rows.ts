// Between domain objects (optional fields absent) and rows (NULL, 0/1), for the transfers tables. The
// helpers common to every repository are the register's; `defined` here types every field optional.
export { groupBy, toBit, toNull } from '../register/rowMapping'
export const optBit = (b: boolean | undefined): number | null => (b === undefined ? null : b ? 1 : 0)
export const fromOptBit = (n: number | null): boolean | undefined => (n === null ? undefined : n === 1)

/** Copies only the non-null values, so an absent field stays absent. */
export function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v
  return out as { [K in keyof T]?: Exclude<T[K], null> }
}
