import { Anchor, Stack } from '@mantine/core'
import { Link, useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { TransferForm } from './TransferForm'

export function NewTransferPage() {
  const { t } = useTranslation('transfers')
  const navigate = useNavigate()
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/transfers" size="sm">
        {t('ui.transfer.back')}
      </Anchor>
      <PageTitle title={t('ui.transfer.newTitle')} />
      <TransferForm
        onSaved={(tr) => void navigate({ to: '/transfers/$transferId', params: { transferId: tr.id } })}
      />
    </Stack>
  )
}
