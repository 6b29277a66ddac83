import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resources } from '../../../../../shared/i18n/resources'
import { LANGUAGES } from '../../../../../shared/reference/regimes'
import { ACTIVITY_LAYOUT } from './activityColumns'
import { COLUMN_ALIASES } from './columnAliases'
import { columnNames, headerKey } from './columnNames'
import { SYSTEM_LAYOUT, VENDOR_LAYOUT } from './vendorColumns'

const layouts = [ACTIVITY_LAYOUT, VENDOR_LAYOUT, SYSTEM_LAYOUT]

describe('import header names', () => {
  it.each(layouts.map((l) => [l.key, l] as const))('%s: every column is named by its id and by its name in each language, and no name is shared by two columns', (key, layout) => {
    for (const lang of LANGUAGES) {
      const labels = (resources[lang].register.columns as Record<string, Record<string, string>>)[key]
      expect(Object.keys(labels).sort()).toEqual([...layout.columns].sort())
      for (const c of layout.columns) {
        expect(layout.names.columnOf(c)).toBe(c)
        // A name shared with another column would read as neither: the test names it.
        expect([lang, labels[c], layout.names.columnOf(labels[c])]).toEqual([lang, labels[c], c])
      }
    }
  })

  it.each(Object.entries(COLUMN_ALIASES))('%s: every other name a client’s sheet may use reads as its column, none shared', (key, aliases) => {
    const layout = layouts.find((l) => l.key === key)!
    for (const [column, names] of Object.entries(aliases)) for (const name of names) expect([name, layout.names.columnOf(name)]).toEqual([name, column])
    expect(ACTIVITY_LAYOUT.names.columnOf('Finalità del trattamento')).toBe('purposes')
    expect(ACTIVITY_LAYOUT.names.columnOf('TEMPI DI CONSERVAZIONE')).toBe('retention')
    expect(ACTIVITY_LAYOUT.names.columnOf('Base légale')).toBe('lawful_basis')
  })

  it('ignores case, accents, spaces and punctuation', () => {
    expect(headerKey('  Catégories de données ')).toBe('categories_de_donnees')
    expect(ACTIVITY_LAYOUT.names.columnOf('CATEGORIES DE DONNEES')).toBe('data_categories')
    expect(ACTIVITY_LAYOUT.names.columnOf('Data-categories')).toBe('data_categories')
    expect(ACTIVITY_LAYOUT.names.columnOf('Art 9 conditions')).toBe('art9_conditions')
    expect(VENDOR_LAYOUT.names.columnOf('e-mail contatto')).toBe('contact_email')
    expect(ACTIVITY_LAYOUT.names.columnOf('Colour')).toBeUndefined()
  })

  it('suggests the closest name only for a slip of a few letters', () => {
    expect(ACTIVITY_LAYOUT.names.closest('Categoria di dati')).toBe('Categorie di dati')
    expect(ACTIVITY_LAYOUT.names.closest('nmae')).toBe('name')
    expect(ACTIVITY_LAYOUT.names.closest('Colour')).toBeUndefined()
    expect(ACTIVITY_LAYOUT.names.closest('xy')).toBeUndefined()
  })

  it('a name two columns share names neither', () => {
    const names = columnNames('systems', ['country', 'location'], [{ country: 'Country', location: 'Place' }, { country: 'Place', location: 'Luogo' }])
    expect(names.columnOf('Country')).toBe('country')
    expect(names.columnOf('Luogo')).toBe('location')
    expect(names.columnOf('Place')).toBeUndefined()
    expect(names.columnOf('location')).toBe('location')
  })
})

describe('docs/register-import-format.md', () => {
  it('lists every column name of every language, as the catalogue has it', () => {
    const doc = readFileSync(resolve('docs/register-import-format.md'), 'utf8')
    for (const { key, columns } of layouts)
      for (const c of columns) {
        const row = `| \`${c}\` | ${LANGUAGES.map((lang) => (resources[lang].register.columns as Record<string, Record<string, string>>)[key][c]).join(' | ')} |`
        expect(doc).toContain(row)
      }
  })
})
