import { describe, expect, it, vi } from 'vitest'
import { shell as enShell } from '../../shared/i18n/en/shell'
import { shell as itShell } from '../../shared/i18n/it/shell'
import { shell as frShell } from '../../shared/i18n/fr/shell'
import { translator } from '../../shared/i18n/translate'
import { menuTemplate as template, type MenuActions, type MenuSpec, type MenuState } from './menuTemplate'

const menuLabels = enShell.menu
// English unless a test says otherwise.
const menuTemplate = (s: MenuState, a: MenuActions, lang = 'en') => template(s, a, translator(lang, 'shell'))

const flatten = (items: MenuSpec[]): MenuSpec[] => items.flatMap((i) => [i, ...flatten(i.submenu ?? [])])
const roles = (items: MenuSpec[]) => flatten(items).map((i) => i.role)
const byLabel = (items: MenuSpec[], label: string) => flatten(items).find((i) => i.label === label)

const actions = (): MenuActions => ({
  newWorkspace: vi.fn(),
  openWorkspace: vi.fn(),
  openRecent: vi.fn(),
  closeWorkspace: vi.fn(),
  about: vi.fn(),
})
const state = (over: Partial<MenuState> = {}): MenuState => ({
  isMac: false,
  isPackaged: true,
  hasWorkspace: false,
  recent: [],
  ...over,
})

describe('application menu', () => {
  it('has no developer tools or reload in a packaged build', () => {
    const r = roles(menuTemplate(state({ isPackaged: true }), actions()))
    expect(r).not.toContain('toggleDevTools')
    expect(r).not.toContain('reload')
    expect(r).not.toContain('forceReload')
  })

  it('has developer tools and reload when unpackaged', () => {
    const r = roles(menuTemplate(state({ isPackaged: false }), actions()))
    expect(r).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']))
  })

  it('lists recent workspaces and opens the one clicked', () => {
    const a = actions()
    const menu = menuTemplate(
      state({
        recent: [
          { path: '/c/acme.pwb', organisationName: 'Acme S.r.l.' },
          { path: '/c/b.pwb', organisationName: '' },
        ],
      }),
      a,
    )
    const recent = byLabel(menu, menuLabels.openRecent)?.submenu ?? []
    expect(recent.map((i) => i.label)).toEqual(['Acme S.r.l. — /c/acme.pwb', '/c/b.pwb'])
    recent[1].click?.()
    expect(a.openRecent).toHaveBeenCalledWith('/c/b.pwb')
  })

  it('shows a disabled placeholder when nothing was opened yet', () => {
    const recent = byLabel(menuTemplate(state(), actions()), menuLabels.openRecent)?.submenu ?? []
    expect(recent).toEqual([{ label: menuLabels.noRecent, enabled: false }])
  })

  it('enables Close Workspace only with a workspace open and wires the File actions', () => {
    const a = actions()
    expect(byLabel(menuTemplate(state(), a), menuLabels.closeWorkspace)?.enabled).toBe(false)
    const menu = menuTemplate(state({ hasWorkspace: true }), a)
    expect(byLabel(menu, menuLabels.closeWorkspace)?.enabled).toBe(true)
    byLabel(menu, menuLabels.newWorkspace)?.click?.()
    byLabel(menu, menuLabels.openWorkspace)?.click?.()
    byLabel(menu, menuLabels.closeWorkspace)?.click?.()
    byLabel(menu, menuLabels.about)?.click?.()
    expect(a.newWorkspace).toHaveBeenCalledOnce()
    expect(a.openWorkspace).toHaveBeenCalledOnce()
    expect(a.closeWorkspace).toHaveBeenCalledOnce()
    expect(a.about).toHaveBeenCalledOnce()
  })

  it('puts Quit in File except on macOS, where the app menu has it', () => {
    expect(roles(menuTemplate(state({ isMac: false }), actions()))).toContain('quit')
    const mac = menuTemplate(state({ isMac: true }), actions())
    expect(mac[0].role).toBe('appMenu')
    expect(roles(mac)).not.toContain('quit')
  })

  it('speaks Italian when the shell language is Italian', () => {
    const menu = menuTemplate(state({ isMac: false }), actions(), 'it')
    const labels = flatten(menu).map((i) => i.label)
    expect(labels).toEqual(
      expect.arrayContaining(['Esci', 'Apri recenti', 'Modifica', 'Informazioni su Privacy Workbench']),
    )
    expect(labels).not.toContain(menuLabels.quit)
    expect(byLabel(menu, itShell.menu.openRecent)?.submenu).toEqual([
      { label: itShell.menu.noRecent, enabled: false },
    ])
  })

  it('resolves every label in every language (no raw keys); French has its own', () => {
    for (const lang of ['en', 'it', 'fr']) {
      const labels = flatten(menuTemplate(state({ isMac: false, isPackaged: false }), actions(), lang))
        .map((i) => i.label)
        .filter((l) => l !== undefined)
      expect(labels.filter((l) => l.startsWith('menu.'))).toEqual([])
    }
    expect(byLabel(menuTemplate(state(), actions(), 'fr'), frShell.menu.quit)?.role).toBe('quit')
    expect(frShell.menu.quit).not.toBe(menuLabels.quit)
  })
})
