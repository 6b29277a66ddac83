import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'

/**
 * The backend's per-field problems (path -> i18n key, 'validation.*' in common or 'breach:validation.*')
 * in plain words; `(path) => text | undefined` for the form fields.
 */
export function useFieldError(error: unknown): (path: string) => string | undefined {
  const { t } = useTranslation('common')
  const fields = error instanceof ApiError ? (error.fields ?? {}) : {}
  return (path) => {
    const key = fields[path] ?? Object.entries(fields).find(([p]) => p.startsWith(`${path}.`))?.[1]
    return key ? t(key) : undefined
  }
}
