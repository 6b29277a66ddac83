import { app } from 'electron'
import { join } from 'node:path'

// Where the shell finds its own files and keeps the user's. The built layout is
// out/main/index.js, out/preload/index.cjs, out/renderer/, so paths are relative to this bundle.

/** The electron-vite dev server, only honoured when running unpackaged (`electron-vite dev`). */
export function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'] || undefined
}

export const preloadPath = (): string => join(import.meta.dirname, '../preload/index.cjs')

export const rendererDir = (): string => join(import.meta.dirname, '../renderer')

/** fonts/, demo/, templates/: copied beside the asar by extraResources when packaged. */
export function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')
}

export const recentFile = (): string => join(app.getPath('userData'), 'recent.json')

export const defaultWorkspaceDir = (): string => join(app.getPath('documents'), 'Privacy Workbench')

/** Where register imports and exports are looked for and suggested (the user's Documents). */
export const documentsDir = (): string => app.getPath('documents')
