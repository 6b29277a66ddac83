import { dialog } from 'electron'
import type { Core } from '../core/coreTypes'
import { chooseExistingWorkspace } from './dialogs'
import { broadcast } from './ipc'
import type { ShellText } from './shellText'

// What the File menu and the OS (file association, second instance) do with workspaces.
// The core emits 'workspace.changed' / 'workspace.closed' itself; ipc.ts forwards them to the
// renderer, which refetches, so nothing here talks to the renderer directly.

export interface WorkspaceActions {
  newWorkspace(): Promise<void>
  openWorkspace(): Promise<void>
  openPath(path: string): Promise<void>
  closeWorkspace(): Promise<void>
}

type FailureTitle = 'message.openFailed' | 'message.closeFailed'

export function workspaceActions(core: Core, defaultDir: string, text: ShellText): WorkspaceActions {
  async function run(channel: string, input: unknown, failureTitle: FailureTitle): Promise<boolean> {
    const res = await core.invoke(channel, input)
    // Translated when shown: the language may have changed since the menu was built.
    if (!res.ok) dialog.showErrorBox(text.t()(failureTitle), res.error.message)
    return res.ok
  }

  return {
    async newWorkspace() {
      // The create form (organisation name, country, time zone, language) lives in the renderer:
      // ask it to show the form instead of creating a workspace from guessed values.
      broadcast('menu.command', { command: 'workspace.new' })
    },
    async openWorkspace() {
      const path = await chooseExistingWorkspace(text, defaultDir)
      if (path) await run('workspace.open', { path }, 'message.openFailed')
    },
    async openPath(path) {
      await run('workspace.open', { path }, 'message.openFailed')
    },
    async closeWorkspace() {
      await run('workspace.close', {}, 'message.closeFailed')
    },
  }
}
