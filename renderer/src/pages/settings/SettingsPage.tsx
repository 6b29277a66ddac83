import { Button, Group, SimpleGrid, Stack } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { AboutCard } from './AboutCard'
import { AppearanceCard } from './AppearanceCard'
import { ShortcutsCard } from './ShortcutsCard'

export function SettingsPage() {
  const { t } = useTranslation()
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle title={t('settings.title')} intro={t('settings.intro')}>
        <Group gap="sm" mt="xs">
          <Button component={Link} to="/settings/organisation" variant="default">
            {t('nav.organisation')}
          </Button>
          <Button component={Link} to="/settings/audit" variant="default">
            {t('nav.audit')}
          </Button>
        </Group>
      </PageTitle>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <AppearanceCard />
        <AboutCard />
      </SimpleGrid>
      <ShortcutsCard />
    </Stack>
  )
}
