import { useTranslation } from 'react-i18next'

/**
 * Form errors carry i18n keys from the zod schemas (or from the backend's `error.fields`);
 * this turns one into plain words in the UI language.
 */
export function useFieldErrorText() {
  const { t } = useTranslation()
  return (error?: { message?: string }): string | undefined => {
    if (!error) return undefined
    const key = error.message?.startsWith('validation.') ? error.message : 'validation.invalid'
    return t(key, { ns: 'common' })
  }
}
