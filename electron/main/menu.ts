import { app, dialog, Menu } from 'electron'
import type { RecentWorkspace } from '../../shared/domain/workspace'
import type { Core } from '../core/coreTypes'
import { messageLabels, menuLabels } from './menuLabels'
import { menuTemplate } from './menuTemplate'
import type { WorkspaceActions } from './workspaceActions'

// Installs the application menu; call again whenever the open workspace or the recent list changes.

export async function installMenu(core: Core, actions: WorkspaceActions): Promise<void> {
  const [recent, current] = await Promise.all([
    core.invoke('workspace.recent', {}),
    core.invoke('workspace.current', {}),
  ])
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
          title: menuLabels.about,
          message: app.getName(),
          detail: messageLabels.aboutDetail(app.getVersion()),
        }),
    },
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
