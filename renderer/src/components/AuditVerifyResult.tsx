import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AuditVerify } from '../../../shared/domain/audit'

/** The outcome of 'audit.verify' in plain words: intact, or where the chain breaks and why. */
export function AuditVerifyResult({ result }: { result: AuditVerify }) {
  const { t } = useTranslation()
  return result.ok ? (
    <Alert color="green" variant="light" data-testid="audit-status">
      {t('audit.ok', { ns: 'common', rows: result.rows, integrity: result.integrity })}
    </Alert>
  ) : (
    <Alert color="red" variant="light" data-testid="audit-status" role="alert">
      {t('audit.broken', { ns: 'common', id: result.brokenRowId ?? '?', problem: result.problem ?? '' })}
    </Alert>
  )
}
