import { Anchor, Stack } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { CompletenessPanel } from './CompletenessPanel'

/** The dashboard's view of the register: what is still missing, most important first. */
export function RegisterDashboardCard() {
  const { t } = useTranslation('register')
  return (
    <Stack gap={4}>
      <CompletenessPanel limit={5} compact />
      <Anchor component={Link} to="/register" size="sm">
        {t('ui.completeness.open')}
      </Anchor>
    </Stack>
  )
}
