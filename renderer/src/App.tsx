import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { queryClient } from './api/queries'
import { LocalizedDates } from './components/LocalizedDates'
import { router } from './router'
import { theme } from './theme'

export function App() {
  return (
    // The colour scheme is a UI preference: Mantine keeps it in localStorage, never in the workspace.
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <LocalizedDates>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </LocalizedDates>
    </MantineProvider>
  )
}
