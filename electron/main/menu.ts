import { app, dialog, Menu } from 'electron'
import type { RecentWorkspace } from '../../shared/domain/workspace'
import type { Core } from '../core/coreTypes'
import { menuTemplate } from './menuTemplate'
import type { ShellText } from './shellText'
import type { WorkspaceActions } from './workspaceActions'

// Installs the application menu in the shell's current language; menuRefresh.ts decides when to call
// it again (open workspace, recent list or language changed).

export async function installMenu(core: Core, actions: WorkspaceActions, text: ShellText): Promise<void> {
  const [recent, current] = await Promise.all([
    core.invoke('workspace.recent', {}),
    core.invoke('workspace.current', {}),
  ])
  const t = text.t()
  const template = menuTemplate(
    {
      isMac: process.platform === 'darwin',
      isPackaged: app.isPackaged,
      hasWorkspace: current.ok && current.data !== null,
      recent: recent.ok ? (recent.data as RecentWorkspace[]) : [],
    },
    {
      newWorkspace: () => void actions.newWorkspace(),
      openWorkspace: () => void actions.openWorkspace(),
      openRecent: (path) => void actions.openPath(path),
      closeWorkspace: () => void actions.closeWorkspace(),
      about: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: t('menu.about'),
          message: app.getName(),
          detail: t('message.aboutDetail', { version: app.getVersion() }),
        }),
    },
    t,
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
