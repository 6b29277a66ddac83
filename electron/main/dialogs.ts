import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { TFunction } from 'i18next'
import type { DialogFileKind } from '../../shared/ipc/contract'
import type { HostHandlers } from '../core/coreTypes'
import type { ShellText } from './shellText'
import {
  exportFileName,
  WORKSPACE_EXTENSION,
  withExtension,
  withWorkspaceExtension,
  workspaceFileName,
} from './workspaceFileName'

// The host-only channels: native dialogs to choose a workspace file, a file to import into the
// register, and where to write a register export. Labels come from `text` when each dialog opens,
// so they follow the language of the workspace open at that moment.

const workspaceFilters = (t: TFunction) => [
  { name: t('dialog.filterName'), extensions: [WORKSPACE_EXTENSION] },
]

const parentWindow = (): BrowserWindow | undefined =>
  BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]

export async function chooseNewWorkspacePath(
  text: ShellText,
  defaultDir: string,
  suggestedName: string,
): Promise<string | null> {
  const t = text.t()
  // The suggested folder is ours (Documents/Privacy Workbench); create it so the dialog opens there.
  await mkdir(defaultDir, { recursive: true }).catch(() => undefined)
  const options: SaveDialogOptions = {
    title: t('dialog.newTitle'),
    buttonLabel: t('dialog.newButton'),
    defaultPath: join(defaultDir, workspaceFileName(suggestedName)),
    filters: workspaceFilters(t),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const win = parentWindow()
  const res = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
  return res.canceled || !res.filePath ? null : withWorkspaceExtension(res.filePath)
}

export async function chooseExistingWorkspace(text: ShellText, defaultDir: string): Promise<string | null> {
  const t = text.t()
  const options: OpenDialogOptions = {
    title: t('dialog.openTitle'),
    buttonLabel: t('dialog.openButton'),
    defaultPath: defaultDir,
    filters: workspaceFilters(t),
    properties: ['openFile'],
  }
  const win = parentWindow()
  const res = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
  return res.canceled ? null : (res.filePaths[0] ?? null)
}

const kindFilter = (t: TFunction, kind: DialogFileKind) => ({
  name: t(`dialog.kindFilter.${kind}`),
  extensions: [kind],
})

export async function chooseImportFile(
  text: ShellText,
  documentsDir: string,
  kinds: readonly DialogFileKind[],
): Promise<string | null> {
  const t = text.t()
  const options: OpenDialogOptions = {
    title: t('dialog.importTitle'),
    buttonLabel: t('dialog.importButton'),
    defaultPath: documentsDir,
    // All accepted kinds together first (the default), then each on its own.
    filters: [
      { name: t('dialog.spreadsheetFilter'), extensions: [...kinds] },
      ...(kinds.length > 1 ? kinds.map((kind) => kindFilter(t, kind)) : []),
    ],
    properties: ['openFile'],
  }
  const win = parentWindow()
  const res = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
  return res.canceled ? null : (res.filePaths[0] ?? null)
}

export async function chooseExportPath(
  text: ShellText,
  documentsDir: string,
  suggestedName: string,
  kind: DialogFileKind,
): Promise<string | null> {
  const t = text.t()
  const options: SaveDialogOptions = {
    title: t('dialog.exportTitle'),
    buttonLabel: t('dialog.exportButton'),
    defaultPath: join(documentsDir, exportFileName(suggestedName, kind)),
    filters: [kindFilter(t, kind)],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const win = parentWindow()
  const res = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
  return res.canceled || !res.filePath ? null : withExtension(res.filePath, kind)
}

/** Workspaces are suggested in `defaultDir` (Documents/Privacy Workbench), register files in Documents. */
export function dialogHostHandlers(text: ShellText, defaultDir: string, documentsDir: string): HostHandlers {
  return {
    'dialog.chooseNewWorkspacePath': async ({ suggestedName }) => ({
      path: await chooseNewWorkspacePath(text, defaultDir, suggestedName),
    }),
    'dialog.chooseExistingWorkspace': async () => ({ path: await chooseExistingWorkspace(text, defaultDir) }),
    'dialog.chooseImportFile': async ({ kinds }) => ({
      path: await chooseImportFile(text, documentsDir, kinds),
    }),
    'dialog.chooseExportPath': async ({ suggestedName, kind }) => ({
      path: await chooseExportPath(text, documentsDir, suggestedName, kind),
    }),
  }
}
