import { BrowserWindow, ipcMain } from 'electron'
import { CHANNELS, type EventName, type EventPayload } from '../../shared/ipc/contract'
import type { Core } from '../core/coreTypes'
import { EVENT_CHANNEL } from '../preload/eventChannel'
import { guardedHandler } from './ipcGuard'

// ipcMain wiring: one handler per contract channel, each behind the sender check in ipcGuard.ts.

export function registerIpc(core: Core, devServerUrl?: string, language?: () => string): () => void {
  for (const channel of CHANNELS) ipcMain.handle(channel, guardedHandler(core, channel, devServerUrl, language))
  const stopForwarding = core.onEvent((name, payload) => broadcast(name, payload))
  return () => {
    stopForwarding()
    for (const channel of CHANNELS) ipcMain.removeHandler(channel)
  }
}

/** Sends a contract event to every window's renderer (the preload dispatches it to onEvent). */
export function broadcast<E extends EventName>(name: E, payload: EventPayload<E>): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed() && !win.webContents.isDestroyed())
      win.webContents.send(EVENT_CHANNEL, name, payload)
  }
}
