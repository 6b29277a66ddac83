import { Stack } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { PageTitle } from '../../components/PageTitle'
import { useDsarFormat } from './dsarFormat'
import { RequestForm } from './RequestForm'

export function NewRequestPage() {
  const { t } = useDsarFormat()
  const navigate = useNavigate()
  return (
    <Stack gap="lg" maw={960}>
      <PageTitle title={t('ui.form.titleNew')} />
      <RequestForm
        onSaved={(v) => void navigate({ to: `/requests/${v.case.id}` })}
        onCancel={() => void navigate({ to: '/requests' })}
      />
    </Stack>
  )
}
