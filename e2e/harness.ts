import { test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Clock } from '../electron/core/clock'
import type { Core } from '../electron/core/coreTypes'
import { createCore } from '../electron/core/createCore'
import { importWorkerBeside } from '../electron/core/services/register/importWorkerClient'
import { CHANNELS, type Channel, type ChannelInput, type ChannelOutput } from '../shared/ipc/contract'

// The real renderer against the real core (DESIGN.md, "The e2e harness"): the core runs in this test
// process over a temp folder; the page reaches it through `window.api`, built exactly like the
// preload builds it (one function per contract channel, plus onEvent).

export const repoRoot = resolve(import.meta.dirname, '..')

/**
 * The core's clock: the system time, unless a test moves it (deadlines, reminders). Moving it shifts the
 * core's "now" only; time keeps running from there, so specs that never move it see the system clock.
 */
export class MovableClock implements Clock {
  private offsetMs = 0
  now(): Date {
    return new Date(Date.now() + this.offsetMs)
  }
  /** From now on the core's now reads `to` (and runs on from there). */
  set(to: Date | string): void {
    this.offsetMs = new Date(to).getTime() - Date.now()
  }
  advance(ms: number): void {
    this.offsetMs += ms
  }
}

export interface Harness {
  /** This test's temp folder: workspaces, recent list and reports go here. */
  dir: string
  core: Core
  /** The core's clock; system time unless the test moves it. */
  clock: MovableClock
  /** Calls the core directly (seeding data); throws on a refusal so a broken setup fails loudly. */
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
  /** What the "open workspace" dialog returns next; by default the last workspace the new-file dialog gave. */
  setExistingPath(path: string | null): void
  /** The path the new-workspace dialog handed out last. */
  readonly lastNewPath: string | null
  /** What the "import a file" dialog returns next (a file the test wrote); null (the default) = cancelled. */
  setImportFile(path: string | null): void
  /** The path the export dialog handed out last: this test's folder + the suggested name (+ extension). */
  readonly lastExportPath: string | null
}

function installBridge(channels: readonly string[]) {
  type Listener = (payload: unknown) => void
  type Bridge = Window & {
    __pwbInvoke(channel: string, input: unknown): Promise<unknown>
    __pwbDispatch(name: string, payload: unknown): void
    api: Record<string, unknown>
  }
  const w = window as unknown as Bridge
  const listeners = new Map<string, Set<Listener>>()
  w.__pwbDispatch = (name, payload) => listeners.get(name)?.forEach((l) => l(payload))
  const api: Record<string, unknown> = {}
  for (const channel of channels) api[channel] = (input: unknown) => w.__pwbInvoke(channel, input ?? {})
  api.onEvent = (name: string, listener: Listener) => {
    const set = listeners.get(name) ?? new Set<Listener>()
    listeners.set(name, set)
    set.add(listener)
    return () => set.delete(listener)
  }
  w.api = Object.freeze(api)
}

async function bridgePage(page: Page, core: Core): Promise<void> {
  // JSON round trip: only what would survive Electron's structured clone (and the contract) crosses.
  await page.exposeFunction('__pwbInvoke', async (channel: string, input: unknown) =>
    JSON.parse(JSON.stringify(await core.invoke(channel, input))),
  )
  await page.addInitScript(installBridge, CHANNELS)
  core.onEvent((name, payload) => {
    void page
      .evaluate(
        ([n, p]) =>
          (window as unknown as { __pwbDispatch?(n: string, p: unknown): void }).__pwbDispatch?.(n, p),
        [name, JSON.parse(JSON.stringify(payload))] as const,
      )
      .catch(() => undefined) // the page may be navigating or closed; the next query refetches anyway
  })
}

export const test = base.extend<{ harness: Harness }>({
  harness: [
    async ({ page }, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'pwb-e2e-'))
      let lastNewPath: string | null = null
      let existingPath: string | null = null
      let importFile: string | null = null
      let lastExportPath: string | null = null
      const clock = new MovableClock()
      const core = createCore({
        clock,
        host: 'test',
        actor: 'e2e',
        resourcesDir: join(repoRoot, 'resources'),
        defaultWorkspaceDir: dir,
        recentFile: join(dir, 'recent.json'),
        // The import worker the build made (npm test builds before the e2e specs), as the app uses it.
        importWorker: importWorkerBeside(pathToFileURL(join(repoRoot, 'out', 'cli', 'pwbMain.js')).href),
        hostHandlers: {
          'dialog.chooseNewWorkspacePath': async ({ suggestedName }) => {
            lastNewPath = join(dir, suggestedName)
            return { path: lastNewPath }
          },
          'dialog.chooseExistingWorkspace': async () => ({ path: existingPath ?? lastNewPath }),
          'dialog.chooseImportFile': async () => ({ path: importFile }),
          'dialog.chooseExportPath': async ({ suggestedName, kind }) => {
            const name = suggestedName.toLowerCase().endsWith(`.${kind}`)
              ? suggestedName
              : `${suggestedName}.${kind}`
            lastExportPath = join(dir, name)
            return { path: lastExportPath }
          },
        },
      })
      await bridgePage(page, core)
      // Any script error or CSP violation in the page fails the test that caused it.
      const pageErrors: string[] = []
      page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`))
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(`console.error: ${m.text()}`)
      })
      const harness: Harness = {
        dir,
        core,
        clock,
        async invoke(channel, input) {
          const r = await core.invoke(channel, input)
          if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`)
          return r.data as ChannelOutput<typeof channel>
        },
        setExistingPath: (p) => void (existingPath = p),
        get lastNewPath() {
          return lastNewPath
        },
        setImportFile: (p) => void (importFile = p),
        get lastExportPath() {
          return lastExportPath
        },
      }
      try {
        await use(harness)
        expect(pageErrors, 'errors in the page').toEqual([])
      } finally {
        await core.dispose()
        rmSync(dir, { recursive: true, force: true })
      }
    },
    { auto: true },
  ],
})

export { expect }
