import { describe, expect, it } from 'vitest'
import { osLanguage, shellLanguage } from './shellLanguage'

describe('shell language', () => {
  it('takes a supported language from the OS locale and English for any other', () => {
    expect(osLanguage('it')).toBe('it')
    expect(osLanguage('it-IT')).toBe('it')
    expect(osLanguage('it-CH')).toBe('it')
    expect(osLanguage('en-GB')).toBe('en')
    expect(osLanguage('fr-FR')).toBe('fr')
    expect(osLanguage('FR-be')).toBe('fr')
    expect(osLanguage('de-DE')).toBe('en')
    expect(osLanguage('frisian')).toBe('en')
    expect(osLanguage('')).toBe('en')
  })

  it('follows the open workspace, whatever the OS says', () => {
    expect(shellLanguage('it', 'en-US')).toBe('it')
    expect(shellLanguage('en', 'it-IT')).toBe('en')
    expect(shellLanguage(null, 'it-IT')).toBe('it')
    expect(shellLanguage(null, 'fr-FR')).toBe('fr')
  })
})
