import { translator } from '../../../../shared/i18n/translate'
import { CoreError } from '../../errors'

const t = translator('en')

/** A VALIDATION error for fields the schema cannot check alone (references, unique names). */
export function fieldsError(fields: Record<string, string>): CoreError {
  const list = Object.entries(fields)
    .map(([path, key]) => `${path} (${t(key)})`)
    .join('; ')
  return new CoreError('VALIDATION', 'errors.invalidInput', { fields: list }, fields)
}

export const notFound = (what: 'activity' | 'vendor' | 'system' | 'template', id: string): CoreError =>
  new CoreError('NOT_FOUND', `register:errors.${what}NotFound`, { id })

/** Same content, whatever the key order or absent-vs-undefined fields (to skip writes that change nothing). */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  )
}
