import type { TFunction } from 'i18next'

// The application menu as plain data (no Electron import), so its rules are unit-tested:
// developer items only when unpackaged, Open Recent from the core's list, labels in the language of
// the translator passed in (a `shell` namespace translator, see shellText.ts).

type Role =
  | 'appMenu'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'windowMenu'
  | 'quit'
  | 'close'

/** The subset of Electron's MenuItemConstructorOptions this menu uses. */
export interface MenuSpec {
  label?: string
  role?: Role
  type?: 'separator' | 'normal'
  accelerator?: string
  enabled?: boolean
  click?: () => void
  submenu?: MenuSpec[]
}

export interface MenuActions {
  newWorkspace(): void
  openWorkspace(): void
  openRecent(path: string): void
  closeWorkspace(): void
  about(): void
}

export interface MenuState {
  isMac: boolean
  /** app.isPackaged: developer tools and reload only exist when false. */
  isPackaged: boolean
  hasWorkspace: boolean
  recent: { path: string; organisationName: string }[]
}

const separator: MenuSpec = { type: 'separator' }

export function menuTemplate(state: MenuState, actions: MenuActions, t: TFunction): MenuSpec[] {
  const recentItems: MenuSpec[] = state.recent.length
    ? state.recent.map((r) => ({
        // A name alone is ambiguous for a consultant with two files per client; show the file too.
        label: r.organisationName ? `${r.organisationName} — ${r.path}` : r.path,
        click: () => actions.openRecent(r.path),
      }))
    : [{ label: t('menu.noRecent'), enabled: false }]

  const file: MenuSpec = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.newWorkspace'), accelerator: 'CmdOrCtrl+N', click: actions.newWorkspace },
      { label: t('menu.openWorkspace'), accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
      { label: t('menu.openRecent'), submenu: recentItems },
      separator,
      { label: t('menu.closeWorkspace'), enabled: state.hasWorkspace, click: actions.closeWorkspace },
      separator,
      state.isMac ? { role: 'close' } : { label: t('menu.quit'), role: 'quit' },
    ],
  }

  const edit: MenuSpec = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  }

  const developer: MenuSpec[] = state.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
  const view: MenuSpec = {
    label: t('menu.view'),
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  }

  const help: MenuSpec = {
    label: t('menu.help'),
    submenu: [{ label: t('menu.about'), click: actions.about }],
  }

  return [
    ...(state.isMac ? [{ role: 'appMenu' } as MenuSpec] : []),
    file,
    edit,
    view,
    { label: t('menu.window'), role: 'windowMenu' },
    help,
  ]
}
