import Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Language } from '../../../shared/reference/regimes'
import { testCore, type TestCore } from '../testing/testCore'
import { BREACH_DEMO_TEXT } from './breachDemoText'
import { DSAR_DEMO_TEXT } from './dsarDemoText'
import { isDemoText } from './localizeDemo'

// `workspace.createDemo { language }`: the same demo in Italian or French, every text a user reads in that
// language, the proper names (companies, people) unchanged, and every link between the modules' records
// (transfers and breaches to the register's vendors and activities) made as in English.

let tc: TestCore
beforeAll(() => {
  tc = testCore({ at: '2026-11-23T09:30:00Z' })
})
afterAll(() => tc.dispose())

const call = <T>(channel: string, input?: unknown) => tc.call<T>(channel, input)
const each = <T>(ids: { id: string }[], channel: string) =>
  Promise.all(ids.map(({ id }) => call<T>(channel, { id })))

/** Everything the demo put in the workspace a user can read, as the app shows it. */
async function snapshot(path: string) {
  const activities = await each<{ activity: { name: string } }>(
    await call('register.listActivities'),
    'register.getActivity',
  )
  const vendors = await call<{ id: string; name: string }[]>('register.listVendors')
  const vendorPages = await each(vendors, 'register.getVendor')
  const systems = await call<{ name: string }[]>('register.listSystems')
  const transfers =
    await call<{ id: string; importerName: string; activityName?: string }[]>('transfers.list')
  const transferDetails = await each(transfers, 'transfers.get')
  const tias = await each(await call('transfers.tia.list'), 'transfers.tia.get')
  const dsar = await each<{ case: { description?: string } }>(await call('dsar.list'), 'dsar.get')
  // Drills included: no list shows them, so their ids come from the file.
  const db = new Database(path, { readonly: true })
  const breachIds = db.prepare('select id from breach order by ref').all() as { id: string }[]
  db.close()
  const breaches = await each<{ breach: { title: string; vendorIds: string[]; activityIds: string[] } }>(
    breachIds,
    'breach.get',
  )
  const profile = await call<{ language: string; dpo: { reasonNotAppointed?: string } }>('profile.get')
  const serverplan = vendors.find((v) => v.name === 'Serverplan S.r.l.')
  const serverplanBreaches = serverplan
    ? (await call<{ dependents: { breaches: unknown[] } }>('register.getVendor', { id: serverplan.id }))
        .dependents.breaches.length
    : 0
  return {
    activityNames: activities.map((a) => a.activity.name),
    vendorNames: vendors.map((v) => v.name),
    counts: {
      activities: activities.length,
      vendors: vendors.length,
      systems: systems.length,
      transfers: transfers.length,
      tias: tias.length,
      dsar: dsar.length,
      breaches: breaches.length,
    },
    // The links the later seeders make by name, found in every language.
    links: {
      transfers: transfers.map((t) => [t.importerName, Boolean(t.activityName)]),
      breaches: breaches.map((b) => [b.breach.vendorIds.length, b.breach.activityIds.length]),
      serverplanBreaches,
    },
    profile,
    breachTitles: breaches.map((b) => b.breach.title),
    dsarDescriptions: dsar.map((d) => d.case.description),
    readable: JSON.stringify({
      activities,
      vendorPages,
      systems,
      transfers,
      transferDetails,
      tias,
      dsar,
      breaches,
      profile,
    }),
  }
}
type Snapshot = Awaited<ReturnType<typeof snapshot>>

/** The English texts of the demo whose translation into `lang` differs from them (these must not show). */
function englishOnly(sample: string, lang: Language): string[] {
  const out: string[] = []
  const walk = (v: unknown): void => {
    if (isDemoText(v)) {
      // Two-letter words ("IT", the IT team) would match country codes.
      if (v.en !== v[lang] && v.en.length > 2) out.push(v.en)
    } else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk)
  }
  for (const file of ['profile.json', 'register.json', 'transfers.json'])
    try {
      walk(JSON.parse(readFileSync(resolve('resources', 'demo', sample, file), 'utf8')))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    }
  // The DSAR demo's fallback systems are used only without a register: not in these demos.
  const { fallbackSystems: _unused, ...dsarTexts } = DSAR_DEMO_TEXT
  if (sample === 'vimage') [dsarTexts, BREACH_DEMO_TEXT].forEach(walk)
  return out
}

const known = {
  vimage: {
    it: {
      activity: 'Chatbot con IA (Vimage AI)',
      breach: 'Casella di posta violata tramite phishing',
      dsar: 'Chiede una copia dei suoi dati e la correzione del suo indirizzo di fatturazione.',
      assumption: /Ipotesi demo/,
    },
    fr: {
      activity: 'Chatbot d’IA (Vimage AI)',
      breach: 'Boîte aux lettres piratée par hameçonnage',
      dsar: 'Demande une copie de ses données et la correction de son adresse de facturation.',
      assumption: /Hypothèses? de démonstration/,
    },
  },
  'virtual-contact': {
    it: { activity: 'Selezione del personale', assumption: /Ipotesi demo/ },
    fr: { activity: 'Recrutement', assumption: /Hypothèses? de démonstration/ },
  },
} as const

describe.each(['vimage', 'virtual-contact'] as const)('the %s demo in Italian and French', (sample) => {
  let english: Snapshot
  beforeAll(async () => {
    const path = join(tc.dir, `${sample}-en.pwb`)
    await call('workspace.createDemo', { path, sample })
    english = await snapshot(path)
  })

  it('is in English by default (the language of the sample’s profile.json)', () => {
    expect(english.profile.language).toBe('en')
    expect(english.activityNames.join()).not.toMatch(/Ipotesi|Hypothèse/)
    // The probe of the test below sees the demo's texts: in English, each one shows.
    const missing = englishOnly(sample, 'it').filter((en) => !english.readable.includes(JSON.stringify(en)))
    expect(missing).toEqual([])
  })

  describe.each(['it', 'fr'] as const)('%s', (lang) => {
    let demo: Snapshot
    beforeAll(async () => {
      const path = join(tc.dir, `${sample}-${lang}.pwb`)
      const info = await call<{ organisationName: string }>('workspace.createDemo', {
        path,
        sample,
        language: lang,
      })
      expect(info.organisationName).toBe(sample === 'vimage' ? 'Vimage S.r.l.' : 'Virtual Contact s.r.l.')
      demo = await snapshot(path)
    })

    it('builds the same records as in English, linked the same way, in a workspace of that language', () => {
      expect(demo.counts).toEqual(english.counts)
      expect(demo.links).toEqual(english.links)
      expect(demo.profile.language).toBe(lang)
      if (sample === 'vimage') {
        expect(demo.counts).toMatchObject({
          activities: 7,
          vendors: 7,
          systems: 4,
          transfers: 5,
          tias: 1,
          dsar: 4,
        })
        expect(demo.links.serverplanBreaches).toBe(1)
      } else
        expect(demo.counts).toMatchObject({ activities: 10, vendors: 3, transfers: 0, dsar: 0, breaches: 0 })
    })

    it('writes its texts in that language and keeps the proper names', () => {
      const k = known[sample][lang]
      expect(demo.activityNames).toContain(k.activity)
      expect(demo.profile.dpo.reasonNotAppointed).not.toBe(english.profile.dpo.reasonNotAppointed)
      if ('breach' in k) {
        expect(demo.breachTitles).toContain(k.breach)
        expect(demo.dsarDescriptions).toContain(k.dsar)
        // Company names are the same in every language.
        expect(demo.vendorNames).toEqual(english.vendorNames)
        expect(demo.readable).toContain('Anthropic, PBC')
      } else {
        // Virtual Contact's "vendors" are descriptions (the notice names none), so they are translated.
        expect(demo.vendorNames).not.toEqual(english.vendorNames)
      }
      expect(demo.readable).toMatch(k.assumption)
    })

    it('shows none of the English texts that have a translation', () => {
      const left = englishOnly(sample, lang).filter((en) => demo.readable.includes(JSON.stringify(en)))
      expect(left).toEqual([])
    })
  })
})
