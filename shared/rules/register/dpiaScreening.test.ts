import { describe, expect, it } from 'vitest'
import { NATIONAL_DPIA_LISTS } from '../../reference/dpiaLists'
import { screenDpia } from './dpiaScreening'

// WP29 WP248 rev.01 (DPIA guidelines, endorsed by the EDPB); GDPR Art. 35(1), 35(3), 35(4); REFERENCE.md §2.
const none = { wp248: [], art35_3: [], nationalItems: [] }

describe('DPIA screening', () => {
  it('WP248: no criterion -> not required, saying the national list was checked', () => {
    const r = screenDpia(none, 'IT')
    expect(r.result).toBe('not_required')
    expect(r.reasons.map((x) => x.code)).toEqual(['wp248None', 'nationalListNone'])
    expect(r.listChecked).toBe(true)
  })

  it('WP248 + REFERENCE §8 item 25: exactly one criterion -> recommended', () => {
    const r = screenDpia({ ...none, wp248: ['innovative_technology'] }, 'IT')
    expect(r.result).toBe('recommended')
    expect(r.reasons[0]).toEqual({ code: 'wp248One', params: { criterion: 'innovative_technology' } })
  })

  it('WP248: two or more criteria -> required', () => {
    const r = screenDpia({ ...none, wp248: ['systematic_monitoring', 'vulnerable_subjects'] }, 'FR')
    expect(r.result).toBe('required')
    expect(r.reasons[0]).toMatchObject({ code: 'wp248Two', params: { count: '2' } })
  })

  it('Art. 35(3): any of the three cases -> required regardless of the criteria count', () => {
    for (const c of ['a', 'b', 'c'] as const) {
      const r = screenDpia({ ...none, art35_3: [c] }, 'IT')
      expect(r.result).toBe('required')
      expect(r.reasons[0]).toEqual({ code: 'art35_3', params: { case: c } })
    }
  })

  it('Art. 35(4): an entry of the Italian (Garante) or French (CNIL) list -> required', () => {
    expect(screenDpia({ ...none, nationalItems: ['IT-5'] }, 'IT')).toMatchObject({
      result: 'required',
      reasons: [{ code: 'nationalList', params: { country: 'IT', item: 'IT-5' } }, { code: 'wp248None' }],
    })
    expect(screenDpia({ ...none, nationalItems: ['FR-14'] }, 'FR').result).toBe('required')
  })

  it('Art. 35(4): an entry of another country’s list does not count and is reported', () => {
    const r = screenDpia({ ...none, nationalItems: ['FR-14'] }, 'IT')
    expect(r.result).toBe('not_required')
    expect(r.unknownItems).toEqual(['FR-14'])
  })

  it('for an authority whose list is not kept, says the national list was not checked', () => {
    const r = screenDpia({ ...none, wp248: ['large_scale'] }, 'DE')
    expect(r).toMatchObject({ result: 'recommended', listChecked: false, listCountry: 'DE' })
    expect(r.reasons.at(-1)).toEqual({ code: 'nationalListNotKept', params: { country: 'DE' } })
  })

  it('gives the CNIL entries in the CNIL’s French wording', () => {
    const fr = NATIONAL_DPIA_LISTS.find((l) => l.country === 'FR')!
    expect(fr.items.find((i) => i.id === 'FR-4')!.text.fr).toBe('Traitements ayant pour finalité de surveiller de manière constante l’activité des employés concernés')
    expect(fr.items.find((i) => i.id === 'FR-14')!.text.fr).toBe('Traitements de données de localisation à large échelle')
  })

  it('keeps the Garante (12 entries) and CNIL (14 entries) lists as dated, sourced data', () => {
    // TODO verify: list contents are summaries, unverified here (REFERENCE.md §2).
    const [it_, fr] = NATIONAL_DPIA_LISTS
    expect(it_).toMatchObject({ country: 'IT', adopted: '2018-10-11', verified: false })
    expect(it_.items).toHaveLength(12)
    expect(fr).toMatchObject({ country: 'FR', adopted: '2018-10-11', verified: false })
    expect(fr.items).toHaveLength(14)
    for (const l of NATIONAL_DPIA_LISTS) {
      expect(l.source).toMatch(/^https:\/\//)
      for (const i of l.items) {
        expect(i.id).toMatch(new RegExp(`^${l.country}-\\d+$`))
        expect(i.text.en.length && i.text.it.length && i.text.fr.length).toBeGreaterThan(10)
        expect(i.text.fr).not.toBe(i.text.en)
      }
    }
  })
})
