import { app, dialog } from 'electron'
import { basename, extname } from 'node:path'
import { LANGUAGES, type Language } from '../../shared/reference/regimes'
import type { Core } from '../core/coreTypes'
import { chooseExistingWorkspace, chooseNewWorkspacePath } from './dialogs'
import { dialogLabels, messageLabels } from './menuLabels'

// What the File menu and the OS (file association, second instance) do with workspaces.
// The core emits 'workspace.changed' / 'workspace.closed' itself; ipc.ts forwards them to the
// renderer, which refetches, so nothing here talks to the renderer directly.

export interface WorkspaceActions {
  newWorkspace(): Promise<void>
  openWorkspace(): Promise<void>
  openPath(path: string): Promise<void>
  closeWorkspace(): Promise<void>
}

export function workspaceActions(core: Core, defaultDir: string): WorkspaceActions {
  async function run(channel: string, input: unknown, failureTitle: string): Promise<boolean> {
    const res = await core.invoke(channel, input)
    if (!res.ok) dialog.showErrorBox(failureTitle, res.error.message)
    return res.ok
  }

  return {
    async newWorkspace() {
      const path = await chooseNewWorkspacePath(defaultDir, dialogLabels.suggestedName)
      if (!path) return
      // The menu has no form: start from the file name and the system's region, time zone and
      // language. The organisation profile screen is where the user completes and corrects them.
      await run(
        'workspace.create',
        {
          path,
          legalName: basename(path, extname(path)),
          country: systemCountry(),
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          language: systemLanguage(),
        },
        messageLabels.createFailed,
      )
    },
    async openWorkspace() {
      const path = await chooseExistingWorkspace(defaultDir)
      if (path) await run('workspace.open', { path }, messageLabels.openFailed)
    },
    async openPath(path) {
      await run('workspace.open', { path }, messageLabels.openFailed)
    },
    async closeWorkspace() {
      await run('workspace.close', {}, messageLabels.closeFailed)
    },
  }
}

function systemCountry(): string {
  const fromLocale = app.getLocale().split(/[-_]/)[1] ?? ''
  return (app.getLocaleCountryCode() || fromLocale).toUpperCase()
}

function systemLanguage(): Language {
  const lang = app.getLocale().split(/[-_]/)[0]
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'en'
}
