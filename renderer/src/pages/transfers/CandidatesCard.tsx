import { Alert, Button, Group, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { countryText } from './labels'
import { useTransfersWrite } from './transfersApi'

/** Vendors of the register outside the EEA with no transfer yet, and one button to record them. */
export function CandidatesCard() {
  const { t, i18n } = useTranslation('transfers')
  const candidates = useApiQuery('transfers.candidates', {})
  const create = useTransfersWrite('transfers.createFromVendors')
  const list = candidates.data ?? []
  if (list.length === 0 && !create.data) return null
  return (
    <Alert color="blue" variant="light" title={t('ui.candidates.title')} data-testid="transfer-candidates">
      {list.length > 0 && (
        <>
          <Text size="sm" mb="xs">
            {t('ui.candidates.intro')}
          </Text>
          <List size="sm" mb="sm">
            {list.map((c) => (
              <List.Item key={c.vendorId}>
                {c.vendorName} — {c.thirdCountries.map((x) => countryText(x, i18n.language)).join(', ')}
              </List.Item>
            ))}
          </List>
          <Group>
            <Button size="sm" onClick={() => create.mutate({})} loading={create.isPending}>
              {t('ui.candidates.create')}
            </Button>
          </Group>
        </>
      )}
      {create.data && <Text size="sm">{t('ui.candidates.created', { count: create.data.length })}</Text>}
      <ErrorAlert error={create.error} />
    </Alert>
  )
}
