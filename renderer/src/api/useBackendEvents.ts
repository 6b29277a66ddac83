import { useEffect } from 'react'
import { notifications } from '@mantine/notifications'
import { invalidateWorkspaceQueries } from './queries'

/** Push events from the backend keep cached answers fresh and surface timer alerts. */
export function useBackendEvents(): void {
  useEffect(() => {
    const api = window.api
    if (!api) return
    const offs = [
      api.onEvent('workspace.changed', () => void invalidateWorkspaceQueries()),
      api.onEvent('workspace.closed', () => void invalidateWorkspaceQueries()),
      api.onEvent('timer.alert', (p) =>
        notifications.show({ title: p.title, message: p.body, color: 'orange', autoClose: false }),
      ),
    ]
    return () => offs.forEach((off) => off())
  }, [])
}
