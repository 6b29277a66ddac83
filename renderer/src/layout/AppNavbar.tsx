import { Kbd, NavLink, Stack, Text, Tooltip } from '@mantine/core'
import { Link, useRouterState } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { NAV_ITEMS, shortcutLabel, type NavItem } from './navItems'

function NavEntry({ item, active }: { item: NavItem; active: boolean }) {
  const { t } = useTranslation()
  return (
    <Tooltip label={t('nav.shortcut', { keys: shortcutLabel(item) })} position="right" openDelay={400}>
      <NavLink
        component={Link}
        to={item.to}
        activeOptions={{ exact: true }}
        label={t(`nav.${item.id}`)}
        active={active}
        rightSection={<Kbd size="xs">{item.key}</Kbd>}
        data-testid={`nav-${item.id}`}
      />
    </Tooltip>
  )
}

export function AppNavbar() {
  const { t } = useTranslation()
  const path = useRouterState({ select: (s) => s.location.pathname })
  const section = (name: NavItem['section']) =>
    NAV_ITEMS.filter((i) => i.section === name).map((item) => (
      <NavEntry key={item.id} item={item} active={path === item.to} />
    ))
  return (
    <Stack gap={2} component="nav" aria-label={t('nav.label')}>
      {section('modules')}
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
        {t('nav.settingsSection')}
      </Text>
      {section('settings')}
    </Stack>
  )
}
