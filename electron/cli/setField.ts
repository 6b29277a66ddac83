const LIST_FIELDS = new Set(['roles', 'regimes'])
const BOOLEAN_FIELDS = new Set(['dpo.appointed'])
const NUMBER_FIELDS = new Set(['employees'])

/** Applies `a.b=c` to a copy of a JSON object: lists split on commas, known booleans parsed, '' unsets. */
export function setField(obj: Record<string, unknown>, assignment: string): Record<string, unknown> {
  const eq = assignment.indexOf('=')
  if (eq <= 0) throw new Error(`--set needs FIELD=VALUE, got "${assignment}"`)
  const path = assignment.slice(0, eq).trim()
  const raw = assignment.slice(eq + 1)
  let value: unknown = raw
  if (LIST_FIELDS.has(path)) value = raw.split(',').map((s) => s.trim()).filter(Boolean)
  else if (BOOLEAN_FIELDS.has(path)) {
    if (raw !== 'true' && raw !== 'false') throw new Error(`${path} must be true or false, got "${raw}"`)
    value = raw === 'true'
  } else if (raw === '') value = undefined
  else if (NUMBER_FIELDS.has(path)) {
    value = Number(raw)
    if (!Number.isFinite(value)) throw new Error(`${path} must be a number, got "${raw}"`)
  }
  const out = structuredClone(obj)
  const keys = path.split('.')
  let cur: Record<string, unknown> = out
  for (const k of keys.slice(0, -1)) {
    if (typeof cur[k] !== 'object' || cur[k] === null) cur[k] = {}
    cur = cur[k] as Record<string, unknown>
  }
  const last = keys[keys.length - 1]
  if (value === undefined) delete cur[last]
  else cur[last] = value
  return out
}
