import type { WindowApi } from '../../../shared/ipc/api'

declare global {
  interface Window {
    /** Put there by the preload (Electron) or the e2e harness; the renderer's only way out. */
    api?: WindowApi
  }
}

export function windowApi(): WindowApi {
  if (!window.api) throw new Error('window.api is missing: the renderer must run inside Privacy Workbench.')
  return window.api
}
