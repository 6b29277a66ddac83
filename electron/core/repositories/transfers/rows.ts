// Between domain objects (optional fields absent) and rows (NULL, 0/1), for the transfers tables.
export const toNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v)
export const toBit = (b: boolean): number => (b ? 1 : 0)
export const optBit = (b: boolean | undefined): number | null => (b === undefined ? null : b ? 1 : 0)
export const fromOptBit = (n: number | null): boolean | undefined => (n === null ? undefined : n === 1)

/** Copies only the non-null values, so an absent field stays absent. */
export function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v
  return out as { [K in keyof T]?: Exclude<T[K], null> }
}

export function groupBy<R, K>(rows: readonly R[], key: (r: R) => K): Map<K, R[]> {
  const m = new Map<K, R[]>()
  for (const r of rows) {
    const k = key(r)
    const list = m.get(k)
    if (list) list.push(r)
    else m.set(k, [r])
  }
  return m
}
