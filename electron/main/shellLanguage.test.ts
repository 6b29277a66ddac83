import { describe, expect, it } from 'vitest'
import { osLanguage, shellLanguage } from './shellLanguage'

describe('shell language', () => {
  it('takes Italian from any Italian OS locale and English from anything else', () => {
    expect(osLanguage('it')).toBe('it')
    expect(osLanguage('it-IT')).toBe('it')
    expect(osLanguage('it-CH')).toBe('it')
    expect(osLanguage('en-GB')).toBe('en')
    expect(osLanguage('de-DE')).toBe('en')
    expect(osLanguage('')).toBe('en')
  })

  it('follows the open workspace, whatever the OS says', () => {
    expect(shellLanguage('it', 'en-US')).toBe('it')
    expect(shellLanguage('en', 'it-IT')).toBe('en')
    expect(shellLanguage(null, 'it-IT')).toBe('it')
    expect(shellLanguage(null, 'fr-FR')).toBe('en')
  })
})
