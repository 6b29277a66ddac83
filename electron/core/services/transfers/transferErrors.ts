import { translator } from '../../../../shared/i18n/translate'
import { CoreError } from '../../errors'

const t = translator('en')

/** A VALIDATION error naming the fields (dot paths) with their i18n keys. */
export function fieldsError(fields: Record<string, string>): CoreError {
  const list = Object.entries(fields)
    .map(([path, key]) => `${path} (${t(key)})`)
    .join('; ')
  return new CoreError('VALIDATION', 'errors.invalidInput', { fields: list }, fields)
}

export const notFound = (what: 'transfer' | 'tia' | 'vendor', id: string): CoreError =>
  new CoreError('NOT_FOUND', `transfers:errors.${what}NotFound`, { id })

/** A user error in the transfers namespace (`transfers:errors.<key>`). */
export const transfersError = (
  code: 'VALIDATION' | 'FORBIDDEN' | 'NOT_FOUND',
  key: string,
  params: Record<string, unknown> = {},
  fields?: Record<string, string>,
) => new CoreError(code, `transfers:errors.${key}`, params, fields)
