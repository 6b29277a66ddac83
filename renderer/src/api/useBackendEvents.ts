import { useEffect } from 'react'
import { notifications } from '@mantine/notifications'
import { call } from './client'
import { requestCreate } from './menuCommands'
import { invalidateWorkspaceQueries } from './queries'

/** Push events from the backend keep cached answers fresh and surface timer alerts. */
export function useBackendEvents(): void {
  useEffect(() => {
    const api = window.api
    if (!api) return
    const offs = [
      api.onEvent('workspace.changed', () => void invalidateWorkspaceQueries()),
      api.onEvent('workspace.closed', () => void invalidateWorkspaceQueries()),
      api.onEvent('menu.command', (p) => {
        if (p.command !== 'workspace.new') return
        // File > New: close the open workspace (saved already) and show the create form.
        void call('workspace.close', {})
          .then(() => invalidateWorkspaceQueries())
          .finally(requestCreate)
      }),
      api.onEvent('timer.alert', (p) =>
        notifications.show({ title: p.title, message: p.body, color: 'orange', autoClose: false }),
      ),
    ]
    return () => offs.forEach((off) => off())
  }, [])
}
