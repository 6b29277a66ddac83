import { describe, expect, it } from 'vitest'
import { translator } from './translate'

// Messages that count several things nest one plural phrase per number (common:count.*), so that one
// vendor is "1 vendor", "1 fornitore", "1 fournisseur", not "1 vendors".

describe('messages counting several things', () => {
  it('say one and many in each language (register export, CLI export)', () => {
    const ui = (lang: string, activities: number, vendors: number) =>
      translator(lang, 'register')('ui.io.exported', { activities, vendors })
    expect(ui('en', 1, 1)).toBe('1 activity and 1 vendor written to:')
    expect(ui('en', 7, 2)).toBe('7 activities and 2 vendors written to:')
    expect(ui('it', 1, 1)).toBe('1 trattamento e 1 fornitore, nei file:')
    expect(ui('it', 3, 2)).toBe('3 trattamenti e 2 fornitori, nei file:')
    expect(ui('fr', 1, 2)).toBe('1 traitement et 2 fournisseurs, dans les fichiers :')
    const cli = (lang: string, count: number, vendors: number) =>
      translator(lang, 'cli')('done.exported', { files: 'r.xlsx', count, vendors })
    expect(cli('en', 1, 1)).toBe('Wrote r.xlsx (1 activity, 1 vendor).')
    expect(cli('it', 2, 1)).toBe('Scritto r.xlsx (2 trattamenti, 1 fornitore).')
  })

  it('the register PDF’s completeness line and the breach register’s counts', () => {
    const findings = (lang: string, errors: number, warnings: number) =>
      translator(lang, 'register')('report.summary.findingsSome', { errors, warnings })
    expect(findings('en', 1, 3)).toMatch(
      /^Completeness: 1 required item and 3 recommended items still missing;/,
    )
    expect(findings('it', 1, 1)).toMatch(
      /^Completezza: da completare 1 elemento obbligatorio e 1 elemento raccomandato;/,
    )
    expect(findings('fr', 2, 1)).toMatch(
      /^Complétude : à compléter, 2 éléments obligatoires et 1 élément recommandé ;/,
    )
    const breaches = (lang: string, total: number) =>
      translator(lang, 'breach')('report.register.counts', { total, notNotified: 0, timeZone: 'Europe/Rome' })
    expect(breaches('en', 1)).toMatch(/^1 breach;/)
    expect(breaches('it', 1)).toMatch(/^1 violazione;/)
  })

  it('a new workspace’s one audit entry, and a table of one row', () => {
    expect(translator('en', 'common')('audit.ok', { rows: 1, integrity: 'ok' })).toBe('Audit log intact: 1 entry, integrity check ok.')
    expect(translator('it', 'common')('audit.ok', { rows: 1, integrity: 'ok' })).toBe('Registro delle modifiche integro: 1 voce, controllo di integrità ok.')
    expect(translator('fr', 'common')('audit.ok', { rows: 12, integrity: 'ok' })).toBe('Journal d’audit intact : 12 entrées, contrôle d’intégrité ok.')
    expect(translator('en', 'ui')('table.rowCount', { shown: 1, total: 1 })).toBe('1 of 1 row')
    expect(translator('it', 'ui')('table.rowCount', { shown: 7, total: 7 })).toBe('7 di 7 righe')
  })
})
