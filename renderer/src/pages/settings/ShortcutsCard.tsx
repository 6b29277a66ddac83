import { Card, Group, Kbd, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { NAV_ITEMS } from '../../layout/navItems'

export function ShortcutsCard() {
  const { t } = useTranslation()
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('settings.shortcuts.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.shortcuts.intro')}
        </Text>
        <Stack gap={6} component="dl" m={0}>
          {NAV_ITEMS.map((item) => (
            <Group key={item.id} justify="space-between" maw={360}>
              <Text component="dt" size="sm">
                {t(`nav.${item.id}`)}
              </Text>
              <Text component="dd" m={0}>
                <Kbd>Alt</Kbd> + <Kbd>{item.key}</Kbd>
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Card>
  )
}
