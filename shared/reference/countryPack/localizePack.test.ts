import { describe, expect, it } from 'vitest'
import { BUILTIN_PACK_TEXT } from './builtinPackText'
import { BUILTIN_PACK, CountryPackSchema, type CountryPack } from './index'
import { localizePack } from './localizePack'

// The built-in country pack in Italian and French: every text a user reads is translated, ids and
// dates are not, and a text someone else wrote (an imported pack's) is never replaced.

const LANGS = ['it', 'fr'] as const

/** Every user-readable text of a pack, by a stable path (the same path in every language). */
function texts(p: CountryPack): Map<string, string> {
  const out = new Map<string, string>([['publisher', p.publisher]])
  const src = (at: string, sources: CountryPack['dpf']['sources']) =>
    sources.forEach((s, i) => out.set(`${at}.sources.${i}`, s.title))
  for (const a of p.adequacy) {
    out.set(`adequacy.${a.id}.name`, a.name)
    out.set(`adequacy.${a.id}.decision`, a.decision)
    if (a.scopeNote) out.set(`adequacy.${a.id}.scopeNote`, a.scopeNote)
    src(`adequacy.${a.id}`, a.sources)
  }
  out.set('dpf.decision', p.dpf.decision)
  out.set('dpf.status', p.dpf.status)
  src('dpf', p.dpf.sources)
  for (const c of p.countries) {
    for (const f of ['name', 'summary', 'oversight', 'redress', 'exporterNotes'] as const)
      if (c[f]) out.set(`countries.${c.country}.${f}`, c[f])
    for (const l of c.laws) {
      out.set(`laws.${l.key}.name`, l.name)
      out.set(`laws.${l.key}.summary`, l.summary)
      if (l.appliesTo) out.set(`laws.${l.key}.appliesTo`, l.appliesTo)
    }
    src(`countries.${c.country}`, c.sources)
  }
  return out
}

/** The pack with everything but its texts: what a translation must leave alone. */
function skeleton(p: CountryPack): unknown {
  const strip = (s: { title: string }) => ({ ...s, title: '' })
  return {
    ...p,
    publisher: '',
    adequacy: p.adequacy.map((a) => ({
      ...a,
      name: '',
      decision: '',
      scopeNote: a.scopeNote === undefined ? undefined : '',
      sources: a.sources.map(strip),
    })),
    dpf: { ...p.dpf, decision: '', status: '', sources: p.dpf.sources.map(strip) },
    countries: p.countries.map((c) => ({
      ...c,
      name: '',
      summary: '',
      oversight: '',
      redress: '',
      exporterNotes: c.exporterNotes === undefined ? undefined : '',
      laws: c.laws.map((l) => ({
        key: l.key,
        name: '',
        summary: '',
        appliesTo: l.appliesTo === undefined ? undefined : '',
      })),
      sources: c.sources.map(strip),
    })),
  }
}

// Texts that read the same in every language: names of non-EU statutes and of the DPF List, kept in
// English on purpose (US statute names stay as cited; the Indian and UK ones are cited in English too).
const SAME_IN_EVERY_LANGUAGE =
  /^(FISA section 702|Executive Order 12333$|CLOUD Act|Investigatory Powers Act 2016$|Digital Personal Data Protection Act 2023|Telecommunications Act 2023$|Data Privacy Framework List$|Personal Information Protection Act; |Wiretap Law 1979; |Information Technology Act 2000, s\.69; |Canada$|Jersey$|Uruguay$|Argentin|Andorr|Guernsey$|India$|Israel)/

describe('the built-in country pack in Italian and French', () => {
  it.each(LANGS)('has a non-empty %s translation of every text a user reads', (lang) => {
    const en = texts(BUILTIN_PACK)
    const local = texts(localizePack(BUILTIN_PACK, lang))
    expect([...local.keys()]).toEqual([...en.keys()])
    const untranslated = [...en.entries()]
      .filter(([path, text]) => local.get(path) === text && !SAME_IN_EVERY_LANGUAGE.test(text))
      .map(([path]) => path)
    expect(untranslated).toEqual([])
    for (const [path, text] of local) expect(text.trim(), path).not.toBe('')
  })

  it.each(LANGS)('has no %s translation of something the pack does not hold', (lang) => {
    const t = BUILTIN_PACK_TEXT[lang]
    const p = BUILTIN_PACK
    const laws = p.countries.flatMap((c) => c.laws)
    const titles = new Set(
      [...p.adequacy, p.dpf, ...p.countries].flatMap((x) => x.sources.map((s) => s.title)),
    )
    expect(Object.keys(t.adequacy).sort()).toEqual(p.adequacy.map((a) => a.id).sort())
    expect(Object.keys(t.countries).sort()).toEqual(p.countries.map((c) => c.country).sort())
    expect(Object.keys(t.laws).sort()).toEqual(laws.map((l) => l.key).sort())
    expect(Object.keys(t.sources).sort()).toEqual([...titles].sort())
    // A law key names one law of the whole pack, so a translation cannot land on the wrong country.
    expect(new Set(laws.map((l) => l.key)).size).toBe(laws.length)
    // Optional texts are translated exactly where the English has them.
    for (const a of p.adequacy) expect(!!t.adequacy[a.id].scopeNote, a.id).toBe(!!a.scopeNote)
    for (const c of p.countries)
      expect(!!t.countries[c.country].exporterNotes, c.country).toBe(!!c.exporterNotes)
    for (const l of laws) expect(!!t.laws[l.key].appliesTo, l.key).toBe(!!l.appliesTo)
  })

  it('returns the pack unchanged in English', () => {
    expect(localizePack(BUILTIN_PACK, 'en')).toBe(BUILTIN_PACK)
    expect(localizePack(BUILTIN_PACK, 'de')).toBe(BUILTIN_PACK)
  })

  it.each(LANGS)('in %s changes the texts but no code, date, id, address or flag', (lang) => {
    const local = localizePack(BUILTIN_PACK, lang)
    expect(skeleton(local)).toEqual(skeleton(BUILTIN_PACK))
    expect(CountryPackSchema.safeParse(local).success).toBe(true)
    // The built-in pack itself is not touched.
    expect(BUILTIN_PACK.countries.find((c) => c.country === 'US')!.summary).toMatch(/^Adequate only/)
  })

  it('keeps what the English leaves open: every "unverified here" stays unverified', () => {
    const marks = {
      it: /non (è stat[oa] )?verificat[oa] in questa sede/,
      fr: /n’a pas été vérifiée? ici|non vérifié ici/,
    }
    for (const lang of LANGS) {
      const en = texts(BUILTIN_PACK)
      const local = texts(localizePack(BUILTIN_PACK, lang))
      for (const [path, text] of en)
        if (/unverified here/.test(text)) expect(local.get(path), `${lang} ${path}`).toMatch(marks[lang])
    }
  })

  it('reads as a lawyer would write it: official EU names, US statutes in English', () => {
    const it_ = localizePack(BUILTIN_PACK, 'it')
    const fr = localizePack(BUILTIN_PACK, 'fr')
    expect(it_.dpf.decision).toMatch(/^Decisione di esecuzione \(UE\) 2023\/1795 della Commissione/)
    expect(fr.dpf.decision).toMatch(/^Décision d’exécution \(UE\) 2023\/1795 de la Commission/)
    const us = (p: CountryPack) => p.countries.find((c) => c.country === 'US')!
    expect(us(it_).summary).toContain('clausole contrattuali tipo')
    expect(us(fr).summary).toContain('clauses contractuelles types')
    expect(us(it_).summary).toContain('FISA section 702')
    expect(us(fr).laws.map((l) => l.name)).toEqual(
      expect.arrayContaining(['CLOUD Act (2018)', 'FISA section 702 (50 U.S.C. §1881a)']),
    )
    expect(us(it_).name).toBe('Stati Uniti')
    expect(us(fr).name).toBe('États-Unis')
    expect(it_.countries.find((c) => c.country === 'KR')!.name).toBe('Repubblica di Corea')
    expect(us(it_).sources.map((s) => s.title)).toContain(
      'Corte di giustizia, C-311/18 (Schrems II), 16 luglio 2020',
    )
    expect(us(fr).sources.map((s) => s.title)).toContain(
      'Cour de justice, C-311/18 (Schrems II), 16 juillet 2020',
    )
  })

  it('leaves a text that is not the built-in English as it was written (an imported pack)', () => {
    const imported: CountryPack = structuredClone(BUILTIN_PACK)
    const us = imported.countries.find((c) => c.country === 'US')!
    us.summary = 'Our consultant’s own view of the US.'
    us.laws[0] = { ...us.laws[0], summary: 'A newer reading of section 702.' }
    us.sources[0] = { ...us.sources[0], title: 'A newer source' }
    imported.dpf.status = 'Annulled (hypothetical).'
    imported.adequacy[0] = { ...imported.adequacy[0], decision: 'Some other decision' }
    imported.countries.push({ ...us, country: 'SG', name: 'Singapore', laws: [] })
    const local = localizePack(imported, 'it')
    const lus = local.countries.find((c) => c.country === 'US')!
    expect(lus.summary).toBe('Our consultant’s own view of the US.')
    expect(lus.laws[0].summary).toBe('A newer reading of section 702.')
    expect(lus.sources[0].title).toBe('A newer source')
    expect(local.dpf.status).toBe('Annulled (hypothetical).')
    expect(local.adequacy[0].decision).toBe('Some other decision')
    expect(local.countries.find((c) => c.country === 'SG')!.summary).toBe(
      'Our consultant’s own view of the US.',
    )
    // What still is the built-in text is translated beside it.
    expect(lus.oversight).toMatch(/^FISA Court \(certificazioni annuali\)/)
    expect(lus.laws[1].summary).toMatch(/^Disciplina la raccolta/)
  })
})
