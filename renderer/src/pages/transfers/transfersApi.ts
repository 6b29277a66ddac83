import { useTranslation } from 'react-i18next'
import { labelled } from '../../../../shared/format/labelled'
import { ApiError } from '../../api/client'
import { useApiWrite } from '../../api/useApiWrite'

// Writes of the transfers pages, all through window.api; on success every workspace query is refreshed.
export const useTransfersWrite = useApiWrite

/** The plain-words problem of one field in a backend refusal (keys are i18n keys, namespaced or common). */
export function useFieldError(error: unknown) {
  const { t } = useTranslation()
  const fields = error instanceof ApiError ? (error.fields ?? {}) : {}
  return (path: string): string | undefined => {
    const key = fields[path]
    if (!key) return undefined
    return key.includes(':') ? t(key) : t(key, { ns: 'common' })
  }
}

/** Every field problem of a refusal, as "field: problem" lines (for the wizard's summary). */
export function useFieldErrorList(error: unknown, label: (path: string) => string): string[] {
  const { i18n } = useTranslation()
  const text = useFieldError(error)
  const fields = error instanceof ApiError ? Object.keys(error.fields ?? {}) : []
  return fields.map((f) => labelled(i18n.language, label(f), text(f) ?? ''))
}

/** Reads a file the user picked (the renderer never sends a path for imports). */
export const readFileText = (file: File): Promise<string> => file.text()
