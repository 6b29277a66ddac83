import { useHotkeys } from '@mantine/hooks'
import { useNavigate } from '@tanstack/react-router'
import { NAV_ITEMS } from './navItems'

/** Alt+1…Alt+9, Alt+0: jump to a sidebar entry (physical digit keys, so Alt+digit works on a Mac too). */
export function useNavHotkeys(): void {
  const navigate = useNavigate()
  useHotkeys(
    NAV_ITEMS.map((item) => [
      `alt+Digit${item.key}`,
      () => void navigate({ to: item.to }),
      { usePhysicalKeys: true },
    ]),
  )
}
