import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Language } from '../../shared/reference/regimes'
import { tempDir } from '../core/testing/tempDir'
import { cliLanguage } from './cliLanguage'
import { pwbRunner, pwbTestEnv } from './testing/pwbRunner'

// pwb speaks the language of the workspace it opens (as the app does) and, before one is open, the system's.
// "Everything a user reads goes through i18n": a text left in English, or a key printed raw, fails here.

let tmp: ReturnType<typeof tempDir>
beforeEach(() => (tmp = tempDir()))
afterEach(() => tmp.cleanup())

const pwbIn = (language: Language) => pwbRunner({ ...pwbTestEnv(), language })
/** A catalogue key printed instead of its text (i18next returns the key when it has none). */
const RAW_KEY = /\b(help|usage|done|audit|import|list|profile|breachDeadline|cli|status|vendorRoles|basesShort|labels)\.[a-zA-Z]+/

describe('the language pwb speaks', () => {
  it('is the system locale in POSIX order: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(cliLanguage({ LANG: 'it_IT.UTF-8' })).toBe('it')
    expect(cliLanguage({ LC_ALL: 'fr_FR.UTF-8', LANG: 'it_IT.UTF-8' })).toBe('fr')
    expect(cliLanguage({ LC_MESSAGES: 'fr_CA', LANG: 'it_IT.UTF-8' })).toBe('fr')
    expect(cliLanguage({ LC_ALL: '', LANG: 'it_IT.UTF-8' })).toBe('it') // an empty variable is unset
  })

  it('is English for the C/POSIX locale, a language the app does not have, or nothing set', () => {
    expect(cliLanguage({ LANG: 'C.UTF-8' })).toBe('en')
    expect(cliLanguage({ LC_ALL: 'POSIX' })).toBe('en')
    expect(cliLanguage({ LANG: 'de_DE.UTF-8' })).toBe('en')
    expect(cliLanguage({})).toBe('en')
  })
})

describe.each(['it', 'fr'] as const)('pwb in %s', (lang) => {
  it('prints its help in the system language, the commands and flags unchanged', async () => {
    const en = (await pwbIn('en')('--help')).out
    const other = (await pwbIn(lang)('--help')).out
    expect(other).not.toMatch(RAW_KEY)
    expect(other).not.toContain('create a workspace for an organisation')
    // Every syntax line a user types is the same in every language.
    const syntax = (help: string) => help.split('\n').filter((l) => l.startsWith('  pwb '))
    expect(syntax(other)).toEqual(syntax(en))
    expect(syntax(en).length).toBeGreaterThan(10)
  })

  it('speaks the workspace’s language once one is open, whatever the system’s', async () => {
    const f = join(tmp.dir, `${lang}.pwb`)
    const pwb = pwbIn('en')
    expect((await pwb('init', f, '--org', 'Acme', '--country', 'IT', '--tz', 'Europe/Rome', '--lang', lang)).code).toBe(0)
    const profile = await pwb('profile', f)
    expect(profile.code).toBe(0)
    expect(profile.out).not.toMatch(RAW_KEY)
    expect(profile.out).not.toContain('Legal name')
    const audit = await pwb('audit', f)
    expect(audit.out).not.toContain('entries (newest first)')
    const list = await pwb('list', f, '--type', 'activities')
    expect(list.out).not.toBe('No processing activities.')
    expect(list.out).not.toMatch(RAW_KEY)
  })

  it('lists the demo register with translated statuses, bases and tags', async () => {
    const demo = join(tmp.dir, 'demo.pwb')
    const pwb = pwbIn('en')
    expect((await pwb('demo', demo)).code).toBe(0)
    expect((await pwb('profile', demo, '--set', `language=${lang}`)).code).toBe(0)
    const activities = (await pwb('list', demo, '--type', 'activities')).out
    const active = { it: 'Attivo', fr: 'Actif' }[lang]
    const consent = { it: 'Consenso', fr: 'Consentement' }[lang]
    expect(activities).toMatch(new RegExp(`  ${active} +AI chatbot \\(Vimage AI\\)  \\[${consent}\\]`))
    for (const type of ['vendors', 'findings', 'dsar', 'breach', 'tia']) {
      const r = await pwb('list', demo, '--type', type)
      expect(r.code, type).toBe(0)
      expect(r.out, type).not.toMatch(RAW_KEY)
    }
    const vendors = (await pwb('list', demo, '--type', 'vendors')).out
    expect(vendors).not.toMatch(/DPA signed|1 activity\b|Processor/)
    // Each finding follows its activity's name with the language's colon (French puts a space before it).
    const findings = (await pwb('list', demo, '--type', 'findings')).out
    expect(findings).toContain({ it: 'Anti-bot protection: ', fr: 'Anti-bot protection : ' }[lang])
  })

  it('builds the demo in that language with --lang: its register listed in it, the vendors’ names unchanged', async () => {
    const demo = join(tmp.dir, `demo-${lang}.pwb`)
    const pwb = pwbIn('en')
    const made = await pwb('demo', demo, '--lang', lang)
    expect(made.code).toBe(0)
    // pwb speaks the new workspace's language from then on.
    expect(made.out).toContain({ it: 'Creato l’archivio demo', fr: 'Espace de travail de démonstration' }[lang])
    const activities = (await pwb('list', demo, '--type', 'activities')).out
    const names = {
      it: ['Chatbot con IA (Vimage AI)', 'Modulo di contatto e risposte', 'Hosting del sito e della posta elettronica'],
      fr: ['Chatbot d’IA (Vimage AI)', 'Formulaire de contact et réponses', 'Hébergement du site et de la messagerie'],
    }[lang]
    for (const name of names) expect(activities).toContain(name)
    expect(activities).not.toContain('AI chatbot (Vimage AI)')
    expect((await pwb('list', demo, '--type', 'vendors')).out).toContain('Anthropic, PBC')
    expect(JSON.parse((await pwb('profile', demo, '--json')).out)).toMatchObject({ language: lang })
  })

  it('says its usage errors in the system language before a workspace is open', async () => {
    const r = await pwbIn(lang)('report', join(tmp.dir, 'x.pwb'), '--type', 'nothing', '--out', 'x.pdf')
    expect(r.code).toBe(2)
    expect(r.err).toContain('nothing')
    expect(r.err).not.toContain('Unknown report type')
    expect(r.err).not.toMatch(RAW_KEY)
  })

  it('says why a workspace cannot be opened in the system language (the core speaks it too)', async () => {
    const missing = join(tmp.dir, 'missing.pwb')
    const en = await pwbIn('en')('verify', missing)
    const other = await pwbIn(lang)('verify', missing)
    expect(other.code).toBe(2)
    expect(en.code).toBe(2)
    expect(other.err).toContain('missing.pwb')
    expect(other.err).not.toBe(en.err)
    expect(other.err).not.toMatch(RAW_KEY)
  })

  it('runs the breach calculator in the system language: labels, the clock and its explanation', async () => {
    const r = await pwbIn(lang)('deadline', 'breach', '--regime', 'gdpr', '--aware', '2026-03-27T11:00:00Z', '--tz', 'Europe/Rome')
    expect(r.code).toBe(0)
    expect(r.out).not.toMatch(RAW_KEY)
    expect(r.out).toContain('2026-03-30T11:00:00Z  (2026-03-30T13:00+02:00)')
    expect(r.out).toContain({ it: 'Notifica', fr: 'Notification' }[lang])
    expect(r.out).not.toMatch(/Breach notification deadlines|without undue delay/)
    const help = await pwbIn(lang)('deadline', 'breach', '--help')
    expect(help.out).toContain('--processor-aware')
    expect(help.out).not.toContain('when your processor became aware')
  })

  it('says what is wrong with a DSAR calculator flag in the system language, naming the flag', async () => {
    const pwb = pwbIn(lang)
    const date = await pwb('deadline', 'dsar', '--regime', 'gdpr', '--received', '31/01/2026')
    expect(date.code).toBe(2)
    expect(date.err).toContain('--received')
    expect(date.err).toContain({ it: 'AAAA-MM-GG', fr: 'AAAA-MM-JJ' }[lang])
    const country = await pwb('deadline', 'dsar', '--regime', 'gdpr', '--country', 'US', '--received', '2026-01-31')
    expect(country.err).toContain('--country')
    expect(country.err).not.toContain('is not an EU/EEA member state')
    const extended = await pwb('deadline', 'dsar', '--regime', 'gdpr', '--received', '2026-01-31', '--extended-to', '2026-04-01')
    expect(extended.err).toContain('--extended-to')
    expect(extended.err).not.toContain('only the Swiss FADP')
    for (const r of [date, country, extended]) expect(r.err).not.toMatch(/validation\./)
  })

  it('runs the DSAR calculator in the system language, the dates unchanged', async () => {
    const en = await pwbIn('en')('deadline', 'dsar', '--regime', 'gdpr', '--country', 'IT', '--received', '2026-01-31')
    const other = await pwbIn(lang)('deadline', 'dsar', '--regime', 'gdpr', '--country', 'IT', '--received', '2026-01-31')
    expect(other.code).toBe(0)
    expect(other.out).toContain({ it: 'Scadenza: lunedì 2 marzo 2026', fr: 'Échéance : lundi 2 mars 2026' }[lang])
    expect(other.out).not.toContain('Why:')
    // The explanation is rendered from the rules' messages in the language, not the English sentences.
    expect(other.out.split('\n').length).toBe(en.out.split('\n').length)
    expect(other.out).not.toContain(en.out.split('\n').at(-1))
  })
})
