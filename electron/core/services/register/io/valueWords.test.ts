import { describe, expect, it } from 'vitest'
import { LAWFUL_BASES } from '../../../../../shared/domain/register/legal'
import { VENDOR_ROLES } from '../../../../../shared/domain/register/vendor'
import { readCountry, readRetention, readRetentionPhrase, valueReader } from './valueWords'

// A register typed by hand in Italian or French: the names the app shows read as their codes.
describe('coded cells read in the words people type', () => {
  const status = valueReader(['draft', 'active', 'retired'] as const, ['status'])
  const basis = valueReader(LAWFUL_BASES, ['bases', 'basesShort'])
  const vendorRole = valueReader(VENDOR_ROLES, ['vendorRoles'])

  it('takes the code, and the name in English, Italian or French, in any case', () => {
    expect(['active', 'ACTIVE', 'Active', 'Attivo', 'attivo'].map(status)).toEqual(Array(5).fill('active'))
    expect(['Bozza', 'brouillon', 'Draft'].map(status)).toEqual(['draft', 'draft', 'draft'])
    expect(['consent', 'Consenso', 'Consentement', 'Legittimo interesse', 'Obbligo di legge'].map(basis)).toEqual([
      'consent',
      'consent',
      'consent',
      'legitimate_interests',
      'legal_obligation',
    ])
    // The full label, with its article, reads too.
    expect(basis('Contratto — art. 6(1)(b)')).toBe('contract')
    expect(vendorRole('Responsabile del trattamento')).toBe('processor')
  })

  it('reads nothing it cannot tell for sure', () => {
    expect(status('attiva, forse')).toBeUndefined()
    expect(basis('interesse')).toBeUndefined()
    expect(status('')).toBeUndefined()
  })

  it('reads retention periods with English, Italian or French units', () => {
    expect(readRetention('24 months')).toEqual({ period: 24, unit: 'months' })
    expect(readRetention('1 month')).toEqual({ period: 1, unit: 'months' })
    expect(readRetention('24 mesi')).toEqual({ period: 24, unit: 'months' })
    expect(readRetention('10 anni')).toEqual({ period: 10, unit: 'years' })
    expect(readRetention('1 anno')).toEqual({ period: 1, unit: 'years' })
    expect(readRetention('30 giorni')).toEqual({ period: 30, unit: 'days' })
    expect(readRetention('6 mois')).toEqual({ period: 6, unit: 'months' })
    expect(readRetention('10 ans')).toEqual({ period: 10, unit: 'years' })
    expect(readRetention('15 jours')).toEqual({ period: 15, unit: 'days' })
    expect(readRetention('10years')).toEqual({ period: 10, unit: 'years' })
    expect(readRetention('ten years')).toBeUndefined()
    expect(readRetention('24 weeks')).toBeUndefined()
  })

  it('reads a retention written in a column of its own: a period and the event it runs from, or the words as criteria', () => {
    expect(readRetentionPhrase('24 months')).toEqual({ period: 24, unit: 'months' })
    expect(readRetentionPhrase('24 months from the last contact')).toEqual({ period: 24, unit: 'months', trigger: 'the last contact' })
    // The article folded into Italian and French prepositions is given back to the event.
    expect(readRetentionPhrase('10 anni dalla cessazione del rapporto')).toEqual({ period: 10, unit: 'years', trigger: 'la cessazione del rapporto' })
    expect(readRetentionPhrase('10 anni dal termine del contratto')).toEqual({ period: 10, unit: 'years', trigger: 'il termine del contratto' })
    expect(readRetentionPhrase("5 anni dall'ultimo acquisto")).toEqual({ period: 5, unit: 'years', trigger: 'l’ultimo acquisto' })
    expect(readRetentionPhrase('5 ans à compter de la fin du contrat')).toEqual({ period: 5, unit: 'years', trigger: 'la fin du contrat' })
    expect(readRetentionPhrase('3 ans à compter du dernier contact')).toEqual({ period: 3, unit: 'years', trigger: 'le dernier contact' })
    expect(readRetentionPhrase('13 mois après le dépôt du cookie')).toEqual({ period: 13, unit: 'months', trigger: 'le dépôt du cookie' })
    // Anything else is kept whole, never half-read.
    expect(readRetentionPhrase('Until the request is closed')).toEqual({ criteria: 'Until the request is closed' })
    expect(readRetentionPhrase('10 anni salvo contenzioso')).toEqual({ criteria: '10 anni salvo contenzioso' })
    expect(readRetentionPhrase('24 weeks')).toEqual({ criteria: '24 weeks' })
  })

  it('reads a country by its code or its name in English, Italian or French', () => {
    expect(readCountry('it')).toBe('IT')
    expect(readCountry('Italia')).toBe('IT')
    expect(readCountry('Stati Uniti')).toBe('US')
    expect(readCountry('ÉTATS-UNIS')).toBe('US')
    expect(readCountry('etats unis')).toBe('US')
    expect(readCountry('United States')).toBe('US')
    expect(readCountry('USA')).toBe('US')
    expect(readCountry('Regno Unito')).toBe('GB')
    expect(readCountry('Allemagne')).toBe('DE')
    expect(readCountry('Svizzera')).toBe('CH')
    // Not a country: given back as written, for the checks to name it.
    expect(readCountry('Europa e USA')).toBe('Europa e USA')
  })
})
