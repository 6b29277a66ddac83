import { Tabs } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'

const TABS = [
  { id: 'activities', to: '/register' },
  { id: 'vendors', to: '/register/vendors' },
  { id: 'systems', to: '/register/systems' },
] as const

/** Activities, vendors and systems: the three lists of the register. */
export function RegisterTabs({ active }: { active: (typeof TABS)[number]['id'] }) {
  const { t } = useTranslation('register')
  const navigate = useNavigate()
  return (
    <Tabs value={active} onChange={(v) => void navigate({ to: TABS.find((x) => x.id === v)?.to ?? '/register' })}>
      <Tabs.List>
        {TABS.map((x) => (
          <Tabs.Tab key={x.id} value={x.id} data-testid={`register-tab-${x.id}`}>
            {t(`ui.tabs.${x.id}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  )
}
