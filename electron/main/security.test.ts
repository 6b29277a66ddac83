import { existsSync, readFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import vm from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, EVENT_NAMES } from '../../shared/ipc/contract'
import { EVENT_CHANNEL } from '../preload/eventChannel'
import { FORBIDDEN_MESSAGE, guardedHandler } from './ipcGuard'
import { resolveRendererFile } from './rendererFiles'
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  isExternalLink,
  isTrustedRendererUrl,
  secureWebPreferences,
} from './securityOptions'

// The Electron shell's security settings, checked without running Electron (it cannot run on the
// build machines): the pure settings modules directly, the built bundles as text, the preload in a
// VM with a fake `electron`, and the electron-builder config (fuses) as JSON.
// Never import a module here that imports 'electron'.

const root = resolve(import.meta.dirname, '../..')

function readBuilt(relPath: string): string {
  const file = join(root, relPath)
  if (!existsSync(file)) throw new Error(`${relPath} is missing: run npm run build first`)
  return readFileSync(file, 'utf8')
}

describe('webPreferences and scheme (securityOptions.ts)', () => {
  const prefs = secureWebPreferences('/x/preload/index.cjs', { devTools: false })

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.sandbox).toBe(true)
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.preload).toBe('/x/preload/index.cjs')
  })

  it('passes devTools through, so packaged builds can turn them off', () => {
    expect(prefs.devTools).toBe(false)
    expect(secureWebPreferences('p', { devTools: true }).devTools).toBe(true)
  })

  it('registers app:// as a secure standard scheme that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app')
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true })
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP')
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('corsEnabled')
    expect(APP_ENTRY_URL).toBe('app://workbench/index.html')
  })

  it('has a strict Content-Security-Policy', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values.join(' ')]
      }),
    )
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self' data:",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    })
  })

  it('trusts only the app origin, and the dev server only when given', () => {
    expect(isTrustedRendererUrl('app://workbench/index.html#/profile')).toBe(true)
    for (const url of [
      'file:///work/out/renderer/index.html',
      'https://example.com/',
      'app://workbench.evil.com/index.html',
      'app://other/index.html',
      'about:blank',
      '',
      'not a url',
      'http://localhost:5173/',
    ]) {
      expect(isTrustedRendererUrl(url), url).toBe(false)
    }
    expect(isTrustedRendererUrl('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true)
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isTrustedRendererUrl('http://localhost:5173@evil.com/', 'http://localhost:5173')).toBe(false)
  })

  it('opens only https links outside the app', () => {
    expect(isExternalLink('https://www.garanteprivacy.it/')).toBe(true)
    expect(isExternalLink('http://example.com/')).toBe(false)
    expect(isExternalLink('file:///etc/passwd')).toBe(false)
    expect(isExternalLink('javascript:alert(1)')).toBe(false)
  })
})

describe('app:// file resolution (rendererFiles.ts)', () => {
  const dir = resolve('/srv/out/renderer')

  it('serves files inside the renderer folder', () => {
    expect(resolveRendererFile(dir, 'app://workbench/')).toBe(join(dir, 'index.html'))
    expect(resolveRendererFile(dir, 'app://workbench/assets/index-abc.js')).toBe(
      join(dir, 'assets/index-abc.js'),
    )
    expect(resolveRendererFile(dir, 'app://workbench/a%20b.css')).toBe(join(dir, 'a b.css'))
  })

  it('refuses path traversal, other hosts and malformed URLs', () => {
    for (const url of [
      'app://workbench/assets/%2e%2e%2f%2e%2e%2fsecret',
      'app://workbench/%2e%2e%2fmain%2findex.js',
      'app://workbench/..%5c..%5csecret',
      'app://workbench/%00',
      'app://workbench/%E0%A4%A',
      'app://other/index.html',
      'nonsense',
    ]) {
      expect(resolveRendererFile(dir, url), url).toBeNull()
    }
  })

  it('never returns a path outside the folder', () => {
    // The URL parser already folds literal and %2e dot segments; what is left must stay inside.
    for (const url of [
      'app://workbench/../main/index.js',
      'app://workbench/%2e%2e/main/index.js',
      'app://workbench/a/../../../../etc/passwd',
      'app://workbench//etc/passwd',
    ]) {
      const file = resolveRendererFile(dir, url)
      expect(file === null || file.startsWith(dir + sep), `${url} -> ${file}`).toBe(true)
    }
  })
})

describe('IPC sender check (ipcGuard.ts)', () => {
  const makeCore = () => ({ invoke: vi.fn(async () => ({ ok: true as const, data: 'done' })) })

  it('refuses a call without a sender frame or from a foreign page, without reaching the core', async () => {
    const core = makeCore()
    const handler = guardedHandler(core, 'workspace.close')
    for (const senderFrame of [null, { url: 'file:///tmp/x.html' }, { url: 'https://evil.example/' }]) {
      const res = await handler({ senderFrame }, {})
      expect(res).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE } })
    }
    expect(core.invoke).not.toHaveBeenCalled()
  })

  it('passes a call from the app to the core, channel and input unchanged', async () => {
    const core = makeCore()
    const res = await guardedHandler(core, 'workspace.open')(
      { senderFrame: { url: APP_ENTRY_URL } },
      { path: 'a.pwb' },
    )
    expect(res).toEqual({ ok: true, data: 'done' })
    expect(core.invoke).toHaveBeenCalledWith('workspace.open', { path: 'a.pwb' })
  })

  it('allows the dev server only when configured', async () => {
    const core = makeCore()
    const frame = { senderFrame: { url: 'http://localhost:5173/' } }
    expect((await guardedHandler(core, 'app.info')(frame, {})).ok).toBe(false)
    expect((await guardedHandler(core, 'app.info', 'http://localhost:5173')(frame, {})).ok).toBe(true)
  })

  it('never throws across the wall, even if the core does', async () => {
    const core = { invoke: vi.fn(async () => Promise.reject(new Error('boom'))) }
    const res = await guardedHandler(core, 'app.info')({ senderFrame: { url: APP_ENTRY_URL } }, {})
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.error).toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/boom/) })
  })

  it('says its refusals in the shell’s language', async () => {
    const core = makeCore()
    const italian = await guardedHandler(core, 'workspace.close', undefined, () => 'it')({ senderFrame: null }, {})
    expect(italian).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Questa richiesta non proviene/) } })
    const failing = { invoke: vi.fn(async () => Promise.reject(new Error('boom'))) }
    const french = await guardedHandler(failing, 'app.info', undefined, () => 'fr')({ senderFrame: { url: APP_ENTRY_URL } }, {})
    expect(french).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Une erreur interne .*boom/) } })
    expect(FORBIDDEN_MESSAGE).toMatch(/^This request did not come from the Privacy Workbench window/)
  })
})

describe('built main bundle (out/main/index.js)', () => {
  const bundle = () => readBuilt('out/main/index.js')

  it('registers app:// as privileged before ready and serves it with protocol.handle', () => {
    const code = bundle()
    expect(code).toContain('registerSchemesAsPrivileged(')
    expect(code).toContain('protocol.handle(')
    expect(code).toMatch(/net\.fetch\(pathToFileURL\(/)
    // The top-level call, not inside whenReady: privileges can only be granted before 'ready'.
    const register = code.search(/^registerAppScheme\(\);?$/m)
    expect(register).toBeGreaterThan(-1)
    expect(register).toBeLessThan(code.indexOf('app.whenReady()'))
  })

  it('builds the import worker beside index.js, where the app looks for it, and the worker never loads electron', () => {
    expect(bundle()).toContain('importWorker: importWorkerBeside(import.meta.url)')
    const worker = readBuilt('out/main/importWorker.js')
    expect(worker).toContain('planImport')
    // The worker's own file and the chunks it imports: a worker thread has no electron module to load.
    const chunks = [...worker.matchAll(/from "\.\/([^"]+)"/g)].map((m) => readBuilt(`out/main/${m[1]}`))
    for (const code of [worker, ...chunks]) expect(code).not.toMatch(/from "electron"|require\("electron"\)/)
  })

  it('sends the Content-Security-Policy header', () => {
    const code = bundle()
    expect(code).toContain(CONTENT_SECURITY_POLICY)
    expect(code).toContain('"Content-Security-Policy"')
  })

  it('denies permissions, popups, webviews and foreign navigation', () => {
    const code = bundle()
    expect(code).toMatch(/setPermissionRequestHandler\(\([^)]*\) => callback\(false\)\)/)
    expect(code).toMatch(/setPermissionCheckHandler\(\(\) => false\)/)
    expect(code).toContain('setWindowOpenHandler(')
    expect(code).toContain('action: "deny"')
    expect(code).toContain('"will-navigate"')
    expect(code).toContain('"will-attach-webview"')
    expect(code).toContain('"web-contents-created"')
  })

  it('holds a single-instance lock and checks the IPC sender frame', () => {
    const code = bundle()
    expect(code).toContain('requestSingleInstanceLock()')
    expect(code).toContain('"second-instance"')
    expect(code).toContain('senderFrame')
    expect(code).toContain('"FORBIDDEN"')
    expect(code).toContain('ipcMain.handle(')
  })

  it('creates windows with the secure webPreferences and loads app://, not file://', () => {
    const code = bundle()
    expect(code).toContain('webPreferences: secureWebPreferences(')
    expect(code).toContain('sandbox: true')
    for (const unsafe of [
      'sandbox: false',
      'contextIsolation: false',
      'nodeIntegration: true',
      'webSecurity: false',
      'webviewTag: true',
      'allowRunningInsecureContent: true',
      'loadFile(',
    ]) {
      expect(code, unsafe).not.toContain(unsafe)
    }
  })

  it('disposes the core before quitting', () => {
    const code = bundle()
    expect(code).toContain('"before-quit"')
    expect(code).toMatch(/\.dispose\(\)/)
  })
})

describe('built preload (out/preload/index.cjs)', () => {
  const preload = () => readBuilt('out/preload/index.cjs')

  it('requires only electron (sandbox: true allows nothing else)', () => {
    const required = [...preload().matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
    expect(required.length).toBeGreaterThan(0)
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(preload()).not.toMatch(/\bimport\s*\(/)
  })

  it('never exposes ipcRenderer and names every channel', () => {
    const code = preload()
    expect(code).not.toMatch(/exposeInMainWorld\(\s*["'`]ipcRenderer/)
    expect(code).toMatch(/exposeInMainWorld\(\s*["'`]api["'`]/)
    for (const channel of CHANNELS) expect(code, channel).toContain(`"${channel}"`)
  })

  // Runs the built file in a fresh VM context with a fake `electron`: what it exposes, exactly.
  function loadPreload() {
    const exposed = new Map<string, unknown>()
    const invoked: unknown[][] = []
    const ipcListeners = new Map<string, ((...args: unknown[]) => void)[]>()
    const ipcRenderer = {
      invoke: async (...args: unknown[]) => {
        invoked.push(args)
        return { ok: true, data: null }
      },
      on: (channel: string, fn: (...args: unknown[]) => void) => {
        ipcListeners.set(channel, [...(ipcListeners.get(channel) ?? []), fn])
        return ipcRenderer
      },
      removeListener: (channel: string, fn: (...args: unknown[]) => void) => {
        ipcListeners.set(
          channel,
          (ipcListeners.get(channel) ?? []).filter((f) => f !== fn),
        )
        return ipcRenderer
      },
    }
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer,
    }
    const required: string[] = []
    const fakeRequire = (id: string) => {
      required.push(id)
      if (id === 'electron') return electron
      throw new Error(`the preload required "${id}"; under sandbox: true only "electron" exists`)
    }
    const module = { exports: {} }
    const wrapper = vm.runInNewContext(`(function (require, module, exports) {\n${preload()}\n})`, {
      console: { error: () => undefined, warn: () => undefined, log: () => undefined },
    }) as (r: typeof fakeRequire, m: typeof module, e: object) => void
    wrapper(fakeRequire, module, module.exports)
    const send = (name: unknown, payload: unknown) => {
      for (const fn of ipcListeners.get(EVENT_CHANNEL) ?? []) fn({ sender: ipcRenderer }, name, payload)
    }
    return { exposed, invoked, required, send, ipcRenderer }
  }

  it('exposes exactly window.api with one function per channel plus onEvent', () => {
    const { exposed, required, ipcRenderer } = loadPreload()
    expect([...exposed.keys()]).toEqual(['api'])
    expect(required).toEqual(['electron'])
    const api = exposed.get('api') as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'onEvent'].sort())
    for (const [key, value] of Object.entries(api)) {
      expect(typeof value, key).toBe('function')
      expect(value).not.toBe(ipcRenderer)
    }
  })

  it('forwards each call to its own channel with the input unchanged', async () => {
    const { exposed, invoked } = loadPreload()
    const api = exposed.get('api') as Record<string, (input: unknown) => Promise<unknown>>
    for (const channel of CHANNELS) await api[channel]({ probe: channel })
    expect(invoked).toEqual(CHANNELS.map((c) => [c, { probe: c }]))
  })

  it('delivers only known events, only the payload, and unsubscribes', () => {
    const { exposed, send } = loadPreload()
    const api = exposed.get('api') as {
      onEvent: (name: string, listener: (...args: unknown[]) => void) => () => void
    }
    expect(() => api.onEvent('ipc.raw', () => undefined)).toThrow(/Unknown event/)
    expect(EVENT_NAMES).toContain('timer.alert')

    const listener = vi.fn()
    const unsubscribe = api.onEvent('timer.alert', listener)
    const alert = { title: 'DSAR due', body: 'Reply by Friday', dueAt: '2025-01-10T00:00:00.000Z' }
    send('timer.alert', alert)
    send('workspace.closed', { path: '/x.pwb' })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener.mock.calls[0]).toEqual([alert]) // never the IpcRendererEvent (its sender is ipcRenderer)

    unsubscribe()
    send('timer.alert', alert)
    expect(listener).toHaveBeenCalledTimes(1)
  })
})

describe('electron-builder.json (packaging and fuses)', () => {
  const config = () =>
    JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as Record<string, unknown> & {
      electronFuses: Record<string, boolean>
      win: { target: string[] }
      mac: { target: string[]; category: string }
      linux: { target: string[]; category: string }
      fileAssociations: { ext: string }[]
      asarUnpack: string[]
      extraResources: { from: string; to: string }[]
      files: string[]
      directories: { output: string }
    }

  it('flips every fuse to the safe side', () => {
    expect(config().electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('ships the prebuilt SQLite binding without rebuilding it', () => {
    const c = config()
    expect(c.npmRebuild).toBe(false)
    expect(c.asar).not.toBe(false)
    expect(c.asarUnpack).toContain('node_modules/better-sqlite3/**')
  })

  it('builds nsis, dmg, AppImage and deb with the app identity and .pwb association', () => {
    const c = config()
    expect(c.appId).toBe('eu.privacyworkbench.app')
    expect(c.productName).toBe('Privacy Workbench')
    expect(c.directories.output).toBe('dist')
    expect(c.files).toEqual(expect.arrayContaining(['out/**', 'package.json']))
    expect(c.extraResources).toContainEqual(expect.objectContaining({ from: 'resources', to: 'resources' }))
    expect(c.win.target).toContain('nsis')
    expect(c.mac.target).toContain('dmg')
    expect(c.mac.category).toBe('public.app-category.business')
    expect(c.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(c.linux.category).toBe('Office')
    expect(c.fileAssociations.map((f) => f.ext)).toContain('pwb')
  })
})
