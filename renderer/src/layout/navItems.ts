// Sidebar entries in display order; `key` is the digit of the Alt+digit shortcut.
export interface NavItem {
  id: string
  to: string
  key: string
  section: 'modules' | 'settings'
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'dashboard', to: '/', key: '1', section: 'modules' },
  { id: 'register', to: '/register', key: '2', section: 'modules' },
  { id: 'requests', to: '/requests', key: '3', section: 'modules' },
  { id: 'breaches', to: '/breaches', key: '4', section: 'modules' },
  { id: 'transfers', to: '/transfers', key: '5', section: 'modules' },
  { id: 'drills', to: '/drills', key: '6', section: 'modules' },
  { id: 'reports', to: '/reports', key: '7', section: 'modules' },
  { id: 'organisation', to: '/settings/organisation', key: '8', section: 'settings' },
  { id: 'audit', to: '/settings/audit', key: '9', section: 'settings' },
  { id: 'settings', to: '/settings', key: '0', section: 'settings' },
]

/** Shown in tooltips and in Settings; physical keys, so it works on any keyboard layout. */
export const shortcutLabel = (item: NavItem): string => `Alt+${item.key}`
