import { Notification } from 'electron'
import type { Core } from '../core/coreTypes'

// Desktop notifications for deadline alerts. The deadline itself lives in the workspace
// (DESIGN.md: stored instants, never in-memory countdowns); this only tells the user.

export function notify(title: string, body: string, onClick?: () => void): void {
  if (!Notification.isSupported()) return
  const notification = new Notification({ title, body })
  if (onClick) notification.on('click', onClick)
  notification.show()
}

/** Shows every 'timer.alert' the core raises; returns the unsubscribe. */
export function notifyTimerAlerts(core: Core, onClick?: () => void): () => void {
  return core.onEvent((name, payload) => {
    if (name !== 'timer.alert') return
    const alert = payload as { title: string; body: string }
    notify(alert.title, alert.body, onClick)
  })
}
