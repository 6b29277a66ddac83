import { app, type BrowserWindow } from 'electron'
import { resolve } from 'node:path'
import { systemClock } from '../core/clock'
import type { Core } from '../core/coreTypes'
import { createCore } from '../core/createCore'
import { warmUpLibraries } from '../core/warmUp'
import { defaultWorkspaceDir, devServerUrl, documentsDir, recentFile, rendererDir, resourcesDir } from './appPaths'
import { dialogHostHandlers } from './dialogs'
import { lockDownSession } from './guards'
import { registerIpc } from './ipc'
import { installMenu } from './menu'
import { keepMenuCurrent } from './menuRefresh'
import { notifyTimerAlerts } from './notifications'
import { registerAppScheme, serveRenderer } from './protocol'
import { shellText } from './shellText'
import { osLanguage } from './shellLanguage'
import { createMainWindow, focusWindow } from './window'
import { workspaceActions, type WorkspaceActions } from './workspaceActions'
import { workspaceArgument } from './workspaceFileName'
import { importWorkerBeside } from '../core/services/register/importWorkerClient'

// App lifecycle only; each concern lives in its own module.

// Scheme privileges can only be granted before 'ready'.
registerAppScheme()

// One instance per user: a workspace file is held by one process (it is locked while open),
// and a second launch (e.g. double-clicking a .pwb file) is handed to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  start()
}

function start(): void {
  let win: BrowserWindow | null = null
  let core: Core | null = null
  let actions: WorkspaceActions | null = null
  const initialArg = workspaceArgument(process.argv)
  let pendingPath: string | null = initialArg ? resolve(process.cwd(), initialArg) : null

  const showWindow = (): void => {
    if (!win || win.isDestroyed()) {
      win = createMainWindow()
      win.on('closed', () => (win = null))
    } else focusWindow(win)
  }

  const openFromOs = (path: string): void => {
    if (actions) void actions.openPath(path)
    else pendingPath = path
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (app.isReady()) showWindow()
    const arg = workspaceArgument(argv)
    if (arg) openFromOs(resolve(workingDirectory, arg))
  })

  // macOS delivers files opened from Finder this way, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openFromOs(path)
  })

  app
    .whenReady()
    .then(async () => {
      if (process.platform === 'win32') app.setAppUserModelId('eu.privacyworkbench.app')
      const devUrl = devServerUrl()
      lockDownSession(devUrl)
      serveRenderer(rendererDir())

      const defaultDir = defaultWorkspaceDir()
      // The OS language until a workspace is open (app.getLocale() is only valid once ready).
      const text = shellText(app.getLocale())
      core = createCore({
        host: 'electron',
        clock: systemClock,
        resourcesDir: resourcesDir(),
        recentFile: recentFile(),
        defaultWorkspaceDir: defaultDir,
        appVersion: app.getVersion(),
        hostHandlers: dialogHostHandlers(text, defaultDir, documentsDir()),
        idleCheckpointMs: 5000,
        language: osLanguage(app.getLocale()),
        importWorker: importWorkerBeside(import.meta.url),
      })
      const readyCore = core
      actions = workspaceActions(readyCore, defaultDir, text)
      const readyActions = actions
      registerIpc(readyCore, devUrl, text.language)
      notifyTimerAlerts(readyCore, showWindow)

      // The menu shows the recent list, whether a workspace is open, and speaks its language.
      keepMenuCurrent(readyCore, text, () => installMenu(readyCore, readyActions, text), logError)

      showWindow()
      // The report and spreadsheet libraries load lazily; load them now, so the first report does not wait.
      warmUpLibraries().catch(logError)
      if (pendingPath) {
        const path = pendingPath
        pendingPath = null
        await readyActions.openPath(path)
      }

      app.on('activate', showWindow) // macOS: dock click with no window open
    })
    .catch((err: unknown) => {
      logError(err)
      app.exit(1)
    })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Checkpoint and close the workspace (releasing its lock) before the process goes away.
  let disposed = false
  app.on('before-quit', (event) => {
    if (disposed || !core) return
    event.preventDefault()
    disposed = true
    core
      .dispose()
      .catch(logError)
      .finally(() => app.quit())
  })
}

function logError(err: unknown): void {
  console.error('[privacy-workbench]', err)
}
