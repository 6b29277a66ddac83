import { translator } from '../../../../shared/i18n/translate'
import { CoreError } from '../../errors'

const t = translator('en')

/** A VALIDATION error for fields only the stored case can check (dates against the receipt, …). */
export function fieldsError(fields: Record<string, string>, params: Record<string, unknown> = {}): CoreError {
  const list = Object.entries(fields)
    .map(([path, key]) => `${path} (${t(key, params)})`)
    .join('; ')
  return new CoreError('VALIDATION', 'errors.invalidInput', { fields: list }, fields)
}

export const caseNotFound = (id: string): CoreError =>
  new CoreError('NOT_FOUND', 'dsarUi:errors.caseNotFound', { id })

/** The case is not in a state that allows this (status flow, purged, …): plain words, nothing changed. */
export const refused = (key: string, params: Record<string, unknown> = {}): CoreError =>
  new CoreError('FORBIDDEN', `dsarUi:errors.${key}`, params)
