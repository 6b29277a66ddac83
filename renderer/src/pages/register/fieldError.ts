import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'

/**
 * The backend's per-field problems (path -> i18n key in the common namespace) in plain words, for the
 * form field at `path` (or inside it: 'purposes.0' shows the first problem of any of its fields).
 */
export function useFieldError(error: unknown): (path: string) => string | undefined {
  const { t } = useTranslation('common')
  const fields = error instanceof ApiError ? (error.fields ?? {}) : {}
  return (path) => {
    const key = fields[path] ?? Object.entries(fields).find(([p]) => p.startsWith(`${path}.`))?.[1]
    return key ? t(key) : undefined
  }
}
