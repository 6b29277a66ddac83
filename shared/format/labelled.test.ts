import { describe, expect, it } from 'vitest'
import { labelled } from './labelled'

describe('labelled', () => {
  it('puts a label before its text as each language punctuates it', () => {
    expect(labelled('en', 'DPA signed', 'Annex 3')).toBe('DPA signed: Annex 3')
    expect(labelled('it', 'DPA firmato', 'Allegato 3')).toBe('DPA firmato: Allegato 3')
    expect(labelled('fr', 'Contrat art. 28 signé', 'annexe 3')).toBe('Contrat art. 28 signé : annexe 3')
  })
})
