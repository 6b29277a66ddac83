import { Card, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'

export type ModuleId = 'register' | 'requests' | 'breaches' | 'transfers' | 'drills'

/** A module not built yet: says in plain words what it will hold. */
export function ModulePlaceholder({ module }: { module: ModuleId }) {
  const { t } = useTranslation()
  return (
    <Stack gap="lg">
      <PageTitle title={t(`nav.${module}`)} />
      <Card withBorder padding="xl" data-testid="module-placeholder">
        <Stack gap="xs" maw={720}>
          <Text size="lg">{t(`modules.${module}.what`)}</Text>
          <Text c="dimmed">{t(`modules.${module}.comingSoon`)}</Text>
        </Stack>
      </Card>
    </Stack>
  )
}
