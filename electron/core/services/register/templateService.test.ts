import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ActivityInputSchema, type Activity } from '../../../../shared/domain/register/activity'
import { ActivityTemplateSchema, asTemplateLanguage, TEMPLATE_LANGUAGES } from '../../../../shared/domain/register/template'
import { checkActivity } from '../../../../shared/rules/register/completeness'
import { toApiError } from '../../createCore'
import { tempDir } from '../../testing/tempDir'
import { testCore, type TestCore } from '../../testing/testCore'
import { loadTemplates, templateDraft, templatesDir } from './templateService'

const RESOURCES = resolve('resources')
const dir = templatesDir(RESOURCES)
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))

describe('activity templates (resources/templates/activities)', () => {
  it('holds at least 15 templates', () => {
    expect(files.length).toBeGreaterThanOrEqual(15)
  })

  it.each(files)('%s is valid against the template schema, in English, Italian and French', (file) => {
    const parsed = ActivityTemplateSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')))
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true)
    expect(`${parsed.data!.id}.json`).toBe(file)
  })

  it('covers the small-business activities the issue lists', () => {
    const ids = loadTemplates(RESOURCES).map((t) => t.id)
    for (const id of ['payroll-hr', 'recruitment', 'customer-crm', 'invoicing-accounting', 'newsletter', 'contact-form', 'web-analytics', 'cookies-advertising', 'ecommerce-orders', 'customer-support', 'video-surveillance', 'supplier-management', 'appointment-booking', 'ai-chatbot', 'employee-devices-it'])
      expect(ids).toContain(id)
  })

  it('gives every data category a retention suggestion with its reason, and every purpose a basis with why', () => {
    for (const t of loadTemplates(RESOURCES)) {
      for (const d of t.dataCategories) expect(d.retention.reason.en.length, `${t.id}: ${d.name.en}`).toBeGreaterThan(5)
      for (const p of t.purposes) expect(p.why.it.length, `${t.id}: ${p.text.en}`).toBeGreaterThan(5)
    }
  })

  it('gives every text a non-empty French version, distinct from the English one where it is a sentence', () => {
    for (const file of files) {
      const texts: { en: string; it: string; fr: string; path: string }[] = []
      const walk = (o: unknown, path: string): void => {
        if (Array.isArray(o)) return o.forEach((x, i) => walk(x, `${path}[${i}]`))
        if (!o || typeof o !== 'object') return
        const r = o as Record<string, unknown>
        if (typeof r.en === 'string') texts.push({ ...(r as { en: string; it: string; fr: string }), path })
        else for (const [k, v] of Object.entries(r)) walk(v, `${path}.${k}`)
      }
      walk(JSON.parse(readFileSync(join(dir, file), 'utf8')), file)
      expect(texts.length, file).toBeGreaterThan(5)
      for (const x of texts) {
        expect(Object.keys(x).sort(), x.path).toEqual(['en', 'fr', 'it', 'path'])
        expect(x.fr.trim().length, x.path).toBeGreaterThan(0)
        // A sentence left in English is a missed translation (single words such as "Marketing" may match).
        if (x.en.split(' ').length > 3) expect(x.fr, x.path).not.toBe(x.en)
      }
    }
  })

  it('names a damaged template file and says to reinstall, instead of failing with a parser error', () => {
    const tmp = tempDir()
    try {
      const broken = join(templatesDir(tmp.dir), 'broken.json')
      mkdirSync(templatesDir(tmp.dir), { recursive: true })
      writeFileSync(broken, '{ "id": "broken", ')
      const e = (() => {
        try {
          loadTemplates(tmp.dir)
        } catch (x) {
          return x
        }
      })()
      expect(e).toMatchObject({ code: 'INTERNAL', key: 'register:errors.templateDamaged', params: { file: broken } })
      expect(toApiError(e, 'fr').message).toMatch(/^Le modèle de traitement .*broken\.json est endommagé/)
    } finally {
      tmp.cleanup()
    }
  })

  it('picks the template language from a UI language or locale, English otherwise', () => {
    expect(TEMPLATE_LANGUAGES).toEqual(['en', 'it', 'fr'])
    expect(['fr', 'fr-FR', 'it', 'it_IT', 'en', 'de', ''].map(asTemplateLanguage)).toEqual(['fr', 'fr', 'it', 'it', 'en', 'en', 'en'])
  })

  it('fills a French draft with the French texts of the template', () => {
    for (const t of loadTemplates(RESOURCES)) {
      const draft = ActivityInputSchema.parse(templateDraft(t, 'fr'))
      expect(draft.name).toBe(t.name.fr)
      expect(draft.purposes.map((p) => p.text)).toEqual(t.purposes.map((p) => p.text.fr))
      expect(draft.dataCategories.map((d) => d.retention.legalSource)).toEqual(t.dataCategories.map((d) => d.retention.reason.fr))
    }
    const crm = ActivityInputSchema.parse(templateDraft(loadTemplates(RESOURCES).find((t) => t.id === 'customer-crm')!, 'fr'))
    expect(crm.purposes[0].text).toBe('Gérer la relation client et le contrat')
    // The legal reference of a legal-obligation basis is in the draft's language too.
    const invoicing = loadTemplates(RESOURCES).find((t) => t.id === 'invoicing-accounting')!
    const bases = (lang: 'en' | 'fr') => ActivityInputSchema.parse(templateDraft(invoicing, lang)).purposes.flatMap((p) => p.bases)
    expect(bases('fr').map((b) => b.legalReference).filter(Boolean)).toEqual([expect.stringMatching(/^Droit fiscal/)])
    expect(bases('en').map((b) => b.legalReference).filter(Boolean)).toEqual([expect.stringMatching(/^Tax law/)])
  })

  it.each(['en', 'it', 'fr'])('turns every template into a valid draft with no missing legal basis or retention (%s)', (lang) => {
    for (const t of loadTemplates(RESOURCES)) {
      const draft = ActivityInputSchema.parse(templateDraft(t, lang))
      expect(draft.status).toBe('draft')
      expect(draft.templateId).toBe(t.id)
      const codes = checkActivity({ ...draft, id: 'x' }, { today: '2026-11-23', vendors: new Map(), screening: undefined }).map((f) => f.code)
      // Templates fill purposes, bases, data, retention and the Art. 9 condition; the rest is the user's.
      for (const c of ['noPurpose', 'noLawfulBasis', 'noDataCategory', 'noSubjectCategory', 'retentionMissing', 'specialWithoutCondition', 'consentWithdrawalMissing', 'legitimateInterestMissing'])
        expect(codes, `${t.id} (${lang})`).not.toContain(c)
    }
  })
})

describe('template channels', () => {
  let tc: TestCore
  beforeEach(async () => {
    tc = testCore()
    await tc.core.invoke('workspace.create', { path: join(tc.dir, 't.pwb'), legalName: 'Bar Roma', country: 'IT', timeZone: 'Europe/Rome', language: 'it' })
  })
  afterEach(() => tc.dispose())

  it('lists templates in the workspace language with retention and reasons', async () => {
    const r = await tc.core.invoke('register.listTemplates', {})
    if (!r.ok) throw new Error(r.error.message)
    const crm = (r.data as { id: string; name: string; dataCategories: { retention: string }[] }[]).find((t) => t.id === 'customer-crm')!
    expect(crm.name).toBe('Gestione clienti (CRM)')
    expect(crm.dataCategories[0].retention).toBe('10 anni (decorrenza: la fine del contratto)')
  })

  it('applying a template creates an ordinary, audited draft the user can edit', async () => {
    const r = await tc.core.invoke('register.applyTemplate', { templateId: 'newsletter', lang: 'en' })
    if (!r.ok) throw new Error(r.error.message)
    const a = r.data as Activity
    expect(a).toMatchObject({ name: 'Newsletter and e-mail marketing', status: 'draft', templateId: 'newsletter' })
    expect(a.purposes[0].bases[0]).toMatchObject({ basis: 'consent', consentWithdrawal: expect.stringContaining('Unsubscribe') })
    const edited = await tc.core.invoke('register.saveActivity', { ...a, name: 'Monthly newsletter', status: 'active' })
    expect(edited).toMatchObject({ ok: true, data: { id: a.id, name: 'Monthly newsletter' } })
    const audit = await tc.core.invoke('audit.list', {})
    if (!audit.ok) throw new Error(audit.error.message)
    const [upd, crt] = (audit.data as { rows: { action: string; entity: string; entityId: string }[] }).rows
    expect(upd).toMatchObject({ action: 'update', entity: 'activity', entityId: a.id })
    expect(crt).toMatchObject({ action: 'create', entity: 'activity', entityId: a.id })
  })

  it('applies a template in French for a French request', async () => {
    const r = await tc.core.invoke('register.applyTemplate', { templateId: 'newsletter', lang: 'fr' })
    if (!r.ok) throw new Error(r.error.message)
    const a = r.data as Activity
    expect(a).toMatchObject({ name: 'Newsletter et prospection par e-mail', status: 'draft', templateId: 'newsletter' })
    expect(a.purposes[0].text).toBe('Envoyer la newsletter')
    expect(a.purposes[0].bases[0]).toMatchObject({ basis: 'consent', consentWithdrawal: expect.stringContaining('désinscription') })
  })

  it('lists templates in French when asked', async () => {
    const r = await tc.core.invoke('register.listTemplates', { lang: 'fr' })
    if (!r.ok) throw new Error(r.error.message)
    const crm = (r.data as { id: string; name: string; purposes: { text: string }[] }[]).find((t) => t.id === 'customer-crm')!
    expect(crm.name).toBe('Gestion des clients (CRM)')
    expect(crm.purposes[0].text).toBe('Gérer la relation client et le contrat')
    // The legal reference of a legal-obligation basis is in the draft's language too.
    const invoicing = loadTemplates(RESOURCES).find((t) => t.id === 'invoicing-accounting')!
    const bases = (lang: 'en' | 'fr') => ActivityInputSchema.parse(templateDraft(invoicing, lang)).purposes.flatMap((p) => p.bases)
    expect(bases('fr').map((b) => b.legalReference).filter(Boolean)).toEqual([expect.stringMatching(/^Droit fiscal/)])
    expect(bases('en').map((b) => b.legalReference).filter(Boolean)).toEqual([expect.stringMatching(/^Tax law/)])
  })

  it('says when a template does not exist', async () => {
    expect(await tc.core.invoke('register.applyTemplate', { templateId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
