import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { DialogFileKind } from '../../shared/ipc/contract'
import type { HostHandlers } from '../core/coreTypes'
import { dialogLabels } from './menuLabels'
import {
  exportFileName,
  WORKSPACE_EXTENSION,
  withExtension,
  withWorkspaceExtension,
  workspaceFileName,
} from './workspaceFileName'

// The host-only channels: native dialogs to choose a workspace file, a file to import into the
// register, and where to write a register export.

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

const kindFilter = (kind: DialogFileKind) => ({ name: dialogLabels.kindFilter[kind], extensions: [kind] })

export async function chooseImportFile(
  documentsDir: string,
  kinds: readonly DialogFileKind[],
): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: dialogLabels.importTitle,
    buttonLabel: dialogLabels.importButton,
    defaultPath: documentsDir,
    // All accepted kinds together first (the default), then each on its own.
    filters: [
      { name: dialogLabels.spreadsheetFilter, extensions: [...kinds] },
      ...(kinds.length > 1 ? kinds.map(kindFilter) : []),
    ],
    properties: ['openFile'],
  }
  const win = parentWindow()
  const res = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
  return res.canceled ? null : (res.filePaths[0] ?? null)
}

export async function chooseExportPath(
  documentsDir: string,
  suggestedName: string,
  kind: DialogFileKind,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: dialogLabels.exportTitle,
    buttonLabel: dialogLabels.exportButton,
    defaultPath: join(documentsDir, exportFileName(suggestedName, kind)),
    filters: [kindFilter(kind)],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const win = parentWindow()
  const res = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
  return res.canceled || !res.filePath ? null : withExtension(res.filePath, kind)
}

/** Workspaces are suggested in `defaultDir` (Documents/Privacy Workbench), register files in Documents. */
export function dialogHostHandlers(defaultDir: string, documentsDir: string): HostHandlers {
  return {
    'dialog.chooseNewWorkspacePath': async ({ suggestedName }) => ({
      path: await chooseNewWorkspacePath(defaultDir, suggestedName),
    }),
    'dialog.chooseExistingWorkspace': async () => ({ path: await chooseExistingWorkspace(defaultDir) }),
    'dialog.chooseImportFile': async ({ kinds }) => ({ path: await chooseImportFile(documentsDir, kinds) }),
    'dialog.chooseExportPath': async ({ suggestedName, kind }) => ({
      path: await chooseExportPath(documentsDir, suggestedName, kind),
    }),
  }
}
