import { Button, Stack } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { AuditVerifyResult } from '../../components/AuditVerifyResult'
import { ErrorAlert } from '../../components/ErrorAlert'

/** Re-walks the hash chain on demand and shows what it found. */
export function VerifyAuditPanel() {
  const { t } = useTranslation()
  const verify = useMutation({ mutationFn: () => call('audit.verify', {}) })
  return (
    <Stack gap="sm">
      <div>
        <Button onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('audit.verify')}
        </Button>
      </div>
      <ErrorAlert error={verify.error} />
      {verify.data && <AuditVerifyResult result={verify.data} />}
    </Stack>
  )
}
