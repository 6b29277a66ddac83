import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract'
import { ApiError, call } from '../../api/client'
import { invalidateWorkspaceQueries } from '../../api/queries'

// Writes of the transfers pages, all through window.api; on success every workspace query is refreshed.
export function useTransfersWrite<C extends Channel>(channel: C, onDone?: (data: ChannelOutput<C>) => void) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: async (data) => {
      onDone?.(data)
      await invalidateWorkspaceQueries()
    },
  })
}

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
  const text = useFieldError(error)
  const fields = error instanceof ApiError ? Object.keys(error.fields ?? {}) : []
  return fields.map((f) => `${label(f)}: ${text(f)}`)
}

/** Reads a file the user picked (the renderer never sends a path for imports). */
export const readFileText = (file: File): Promise<string> => file.text()
