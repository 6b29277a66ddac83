import { describe, expect, it } from 'vitest'
import { isDemoText, localizeDemo } from './localizeDemo'

describe('localizeDemo', () => {
  const data = {
    name: { en: 'Contact form', it: 'Modulo di contatto', fr: 'Formulaire de contact' },
    vendor: 'Aruba S.p.A.',
    period: 24,
    internal: false,
    missing: null,
    tags: ['scc', { fr: 'Visiteurs', en: 'Visitors', it: 'Visitatori' }],
    nested: { deep: [{ text: { en: 'Yes', it: 'Sì', fr: 'Oui' }, code: 'x' }] },
  }

  it('replaces every object whose keys are exactly en, it and fr by the chosen language’s string', () => {
    expect(localizeDemo(data, 'it')).toEqual({
      name: 'Modulo di contatto',
      vendor: 'Aruba S.p.A.',
      period: 24,
      internal: false,
      missing: null,
      tags: ['scc', 'Visitatori'],
      nested: { deep: [{ text: 'Sì', code: 'x' }] },
    })
    expect(localizeDemo(data, 'fr').tags).toEqual(['scc', 'Visiteurs'])
    expect(localizeDemo(data, 'en').nested.deep[0].text).toBe('Yes')
  })

  it('leaves objects with other keys alone (a text with a language missing, or one too many)', () => {
    const partial = { en: 'Only English', it: 'Solo italiano' }
    const extra = { en: 'a', it: 'b', fr: 'c', de: 'd' }
    expect(localizeDemo({ partial, extra }, 'fr')).toEqual({ partial, extra })
    expect(isDemoText(partial)).toBe(false)
    expect(isDemoText(extra)).toBe(false)
    expect(isDemoText(['en', 'it', 'fr'])).toBe(false)
    expect(isDemoText(data.name)).toBe(true)
  })

  it('localizes a bare text, and leaves scalars as they are', () => {
    expect(localizeDemo({ en: 'Hello', it: 'Ciao', fr: 'Bonjour' }, 'fr')).toBe('Bonjour')
    expect(localizeDemo('plain', 'it')).toBe('plain')
    expect(localizeDemo(7, 'it')).toBe(7)
  })

  it('does not change its input', () => {
    const before = JSON.stringify(data)
    localizeDemo(data, 'it')
    expect(JSON.stringify(data)).toBe(before)
  })
})
