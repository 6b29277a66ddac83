import { app, session, shell } from 'electron'
import { isExternalLink, isTrustedRendererUrl } from './securityOptions'

// Deny by default: the renderer needs no browser permissions, no popups, no webviews and no
// navigation away from the app. Links to https sites open in the user's browser instead.

export function lockDownSession(devServerUrl?: string): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (isTrustedRendererUrl(event.url, devServerUrl)) return
      event.preventDefault()
      openExternally(event.url)
    })
    // Subframes only: the main frame is handled above (and its https links open outside).
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame && !isTrustedRendererUrl(event.url, devServerUrl)) event.preventDefault()
    })
    contents.on('will-redirect', (event) => {
      if (!isTrustedRendererUrl(event.url, devServerUrl)) event.preventDefault()
    })
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url)
      return { action: 'deny' }
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}

function openExternally(url: string): void {
  if (isExternalLink(url)) void shell.openExternal(url)
}
