// The shell's security settings as plain data, with no Electron import, so a unit test can
// assert them (electron/main/security.test.ts) without loading Electron.

/** The renderer is served from app://workbench/, never from file:// (Electron security checklist #18). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'workbench'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * `standard` gives the scheme a real origin (relative URLs, storage); `secure` makes it a secure
 * context; `supportFetchAPI` lets the page fetch its own assets. Deliberately not set: `bypassCSP`
 * (the CSP below must apply) and `corsEnabled` (which would make app:// readable cross-origin).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} as const

/**
 * Sent as a response header on every app:// response. Everything comes from the app itself:
 * no remote code, no eval, no plugins, no framing, no form posts. Mantine injects <style> tags,
 * hence 'unsafe-inline' for styles only.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

/**
 * webPreferences for every window: the renderer is a web page with no Node and no raw IPC.
 * `devTools` is off in packaged builds, so a user cannot be talked into pasting code into a console.
 */
export function secureWebPreferences(preload: string, { devTools }: { devTools: boolean }) {
  return {
    preload,
    devTools,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  } as const
}

/**
 * May a page at `url` use the IPC channels and stay in the window? Only our own origin, plus the
 * electron-vite dev server in development (`devServerUrl`, from ELECTRON_RENDERER_URL).
 * Compared by parsed origin, so `app://workbench.evil/` or `http://localhost:5173@evil/` fail.
 */
export function isTrustedRendererUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (!devServerUrl) return false
  try {
    return parsed.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}

/** Links the user may open in the system browser (authority websites, breach forms). */
export function isExternalLink(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}
