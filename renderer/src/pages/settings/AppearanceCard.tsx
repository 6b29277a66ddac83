import {
  Card,
  SegmentedControl,
  Stack,
  Text,
  Title,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function AppearanceCard() {
  const { t } = useTranslation()
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('settings.appearance.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.appearance.intro')}
        </Text>
        <SegmentedControl
          value={colorScheme}
          onChange={(v) => setColorScheme(v as MantineColorScheme)}
          data={[
            { value: 'light', label: t('settings.appearance.light') },
            { value: 'dark', label: t('settings.appearance.dark') },
            { value: 'auto', label: t('settings.appearance.auto') },
          ]}
          w={360}
        />
      </Stack>
    </Card>
  )
}
