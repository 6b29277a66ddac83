import { Center, Loader } from '@mantine/core'
import { Outlet } from '@tanstack/react-router'
import { useBackendEvents } from '../api/useBackendEvents'
import { useCurrentWorkspace } from '../api/useWorkspace'
import { StartScreen } from '../pages/start/StartScreen'
import { AppLayout } from './AppLayout'

/** No workspace open: the start screen. Otherwise the app shell around the current route. */
export function RootLayout() {
  useBackendEvents()
  const current = useCurrentWorkspace()
  if (current.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    )
  }
  if (!current.data) return <StartScreen loadError={current.error} />
  return (
    <AppLayout workspace={current.data}>
      <Outlet />
    </AppLayout>
  )
}
