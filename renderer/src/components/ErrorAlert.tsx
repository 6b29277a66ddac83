import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** A backend refusal in plain words: its message already says what happened and what to do. */
export function ErrorAlert({
  error,
  title,
  onClose,
}: {
  error: unknown
  /** null: no title (a dialog whose own title already says what failed). */
  title?: string | null
  onClose?: () => void
}) {
  const { t } = useTranslation()
  if (!error) return null
  const message = error instanceof Error ? error.message : String(error)
  return (
    <Alert
      color="red"
      variant="light"
      title={title === null ? undefined : (title ?? t('errors.title'))}
      withCloseButton={!!onClose}
      onClose={onClose}
      role="alert"
    >
      {message}
    </Alert>
  )
}
