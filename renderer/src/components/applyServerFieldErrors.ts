import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { ApiError } from '../api/client'

/** Puts the backend's per-field problems (path -> i18n key) on the form; true when any were applied. */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
): boolean {
  if (!(error instanceof ApiError) || !error.fields) return false
  const entries = Object.entries(error.fields).filter(([path]) => path !== '_')
  entries.forEach(([path, key], i) =>
    setError(path as Path<T>, { type: 'server', message: key }, { shouldFocus: i === 0 }),
  )
  return entries.length > 0
}
