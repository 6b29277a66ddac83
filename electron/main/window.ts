import { app, BrowserWindow } from 'electron'
import { devServerUrl, preloadPath } from './appPaths'
import { APP_ENTRY_URL, secureWebPreferences } from './securityOptions'

// The main window. Its security settings live in securityOptions.ts, where a test checks them.

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Privacy Workbench',
    webPreferences: secureWebPreferences(preloadPath(), { devTools: !app.isPackaged }),
  })
  // Shown once painted, so the user never sees a blank white frame.
  win.once('ready-to-show', () => win.show())
  void win.loadURL(devServerUrl() ?? APP_ENTRY_URL)
  return win
}

/** Brings an existing window to the front (second instance, file opened from the OS). */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore()
  if (!win.isVisible()) win.show()
  win.focus()
}
