import { describe, expect, it, vi } from 'vitest'
import type { EventName, EventPayload } from '../../shared/ipc/contract'
import type { Language } from '../../shared/reference/regimes'
import type { Core, EventListener } from '../core/coreTypes'
import { keepMenuCurrent } from './menuRefresh'
import { shellText } from './shellText'

// The menu follows the workspace's language: a fake core stands in for the real one (which needs a
// workspace file); only profile.get and events matter here.

function fakeCore() {
  let language: Language | null = null
  const listeners = new Set<EventListener>()
  const core: Core = {
    invoke: async (channel) =>
      channel === 'profile.get' && language
        ? { ok: true, data: { language } }
        : { ok: false, error: { code: 'NO_WORKSPACE', message: 'No workspace is open.' } },
    onEvent: (l) => (listeners.add(l), () => listeners.delete(l)),
    tick: async () => 0,
    dispose: async () => undefined,
  }
  const emit = <E extends EventName>(name: E, payload: EventPayload<E>) =>
    listeners.forEach((l) => l(name, payload))
  return {
    core,
    emit,
    open: (lang: Language) => ((language = lang), emit('workspace.changed', { entity: 'workspace' })),
    close: () => ((language = null), emit('workspace.closed', { path: '/w.pwb' })),
    saveProfile: (lang: Language) => (
      (language = lang),
      emit('workspace.changed', { entity: 'organisation', entityId: '1' })
    ),
  }
}

/** Lets the refresh queue run. */
const settle = () => new Promise((r) => setTimeout(r, 0))

function setup(osLocale = 'en-US') {
  const fake = fakeCore()
  const text = shellText(osLocale)
  const installed: string[] = []
  const install = vi.fn(async () => void installed.push(text.t()('menu.quit')))
  const stop = keepMenuCurrent(fake.core, text, install, (err) => {
    throw err
  })
  return { ...fake, text, install, installed, stop }
}

describe('menu language', () => {
  it('speaks the OS language with no workspace open', async () => {
    const italian = setup('it-IT')
    await settle()
    expect(italian.installed).toEqual(['Esci'])
    const english = setup('en-GB')
    await settle()
    expect(english.installed).toEqual(['Quit'])
  })

  it('switches to the workspace language on open and back to the OS language on close', async () => {
    const s = setup('en-US')
    await settle()
    s.open('it')
    await settle()
    expect(s.text.language()).toBe('it')
    expect(s.installed.at(-1)).toBe('Esci')
    s.close()
    await settle()
    expect(s.installed.at(-1)).toBe('Quit')
  })

  it('rebuilds on a profile save only when the language changed', async () => {
    const s = setup('en-US')
    s.open('en')
    await settle()
    const before = s.install.mock.calls.length
    s.saveProfile('en')
    await settle()
    expect(s.install.mock.calls.length).toBe(before)
    s.saveProfile('it')
    await settle()
    expect(s.install.mock.calls.length).toBe(before + 1)
    expect(s.installed.at(-1)).toBe('Esci')
  })

  it('ignores other changes and stops when unsubscribed', async () => {
    const s = setup()
    await settle()
    s.emit('workspace.changed', { entity: 'dsar', entityId: 'x' })
    await settle()
    expect(s.install).toHaveBeenCalledOnce()
    s.stop()
    s.open('it')
    await settle()
    expect(s.install).toHaveBeenCalledOnce()
  })
})
