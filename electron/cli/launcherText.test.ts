import { describe, expect, it } from 'vitest'
import { oldNodeMessage } from './launcherText'
import { startText } from './startText'

// The launcher refuses a Node the SQLite module cannot run on (it would crash, not fail), in the user's language.
describe('the pwb launcher', () => {
  it('lets Node 24 and later through', () => {
    expect(oldNodeMessage('v24.0.0', {})).toBeNull()
    expect(oldNodeMessage('v25.2.1', { LANG: 'it_IT.UTF-8' })).toBeNull()
  })

  it('stops an older Node with the version it found and what to do, in the system language', () => {
    expect(oldNodeMessage('v20.20.2', { LANG: 'C.UTF-8' })).toEqual([
      'pwb needs Node.js 24 or newer; this is Node v20.20.2.',
      'Inside the project run it as “npx pwb …” (it uses the Node 24 that “npm ci” installs), or install Node 24.',
    ])
    const it_ = oldNodeMessage('v22.1.0', { LANG: 'it_IT.UTF-8' })
    expect(it_?.[0]).toBe('pwb richiede Node.js 24 o una versione successiva; questa è Node v22.1.0.')
    const fr = oldNodeMessage('v18.19.0', { LC_ALL: 'fr_FR.UTF-8' })
    expect(fr?.[0]).toContain('Node v18.19.0')
    expect(fr?.[1]).toContain('npx pwb')
    expect(fr?.join(' ')).not.toMatch(/needs|\{\{/)
  })
})

describe('what npm run setup prints', () => {
  it('is in the system language, the file named', () => {
    expect(startText({ LANG: 'C' }).demoReady('/tmp/d.pwb')).toBe(
      'Demo workspace: /tmp/d.pwb\nOpen the PDF above, or run “npx pwb --help” for every command.',
    )
    expect(startText({ LANG: 'it_IT.UTF-8' }).demoReady('/tmp/d.pwb')).toMatch(/^Archivio demo: \/tmp\/d\.pwb\n/)
    expect(startText({ LANG: 'fr_FR.UTF-8' }).appFailed).toMatch(/^L’application de bureau n’a pas pu démarrer/)
  })
})
