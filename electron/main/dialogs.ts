import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { HostHandlers } from '../core/coreTypes'
import { dialogLabels } from './menuLabels'
import { WORKSPACE_EXTENSION, withWorkspaceExtension, workspaceFileName } from './workspaceFileName'

// The two host-only channels: native dialogs to choose a workspace file.

const filters = [{ name: dialogLabels.filterName, extensions: [WORKSPACE_EXTENSION] }]

const parentWindow = (): BrowserWindow | undefined =>
  BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]

export async function chooseNewWorkspacePath(
  defaultDir: string,
  suggestedName: string,
): Promise<string | null> {
  // The suggested folder is ours (Documents/Privacy Workbench); create it so the dialog opens there.
  await mkdir(defaultDir, { recursive: true }).catch(() => undefined)
  const options: SaveDialogOptions = {
    title: dialogLabels.newTitle,
    buttonLabel: dialogLabels.newButton,
    defaultPath: join(defaultDir, workspaceFileName(suggestedName)),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const win = parentWindow()
  const res = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
  return res.canceled || !res.filePath ? null : withWorkspaceExtension(res.filePath)
}

export async function chooseExistingWorkspace(defaultDir: string): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: dialogLabels.openTitle,
    buttonLabel: dialogLabels.openButton,
    defaultPath: defaultDir,
    filters,
    properties: ['openFile'],
  }
  const win = parentWindow()
  const res = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
  return res.canceled ? null : (res.filePaths[0] ?? null)
}

export function dialogHostHandlers(defaultDir: string): HostHandlers {
  return {
    'dialog.chooseNewWorkspacePath': async ({ suggestedName }) => ({
      path: await chooseNewWorkspacePath(defaultDir, suggestedName),
    }),
    'dialog.chooseExistingWorkspace': async () => ({ path: await chooseExistingWorkspace(defaultDir) }),
  }
}
