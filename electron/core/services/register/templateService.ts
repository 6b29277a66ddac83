import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ActivityInput } from '../../../../shared/domain/register/activity'
import {
  ActivityTemplateSchema,
  asTemplateLanguage,
  type ActivityTemplate,
  type LocalizedText,
  type TemplateLanguage,
  type TemplateSummary,
} from '../../../../shared/domain/register/template'
import { translator } from '../../../../shared/i18n/translate'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../profileService'
import { notFound } from './registerErrors'
import { saveActivity } from './activityService'
import type { Activity } from '../../../../shared/domain/register/activity'
import { CoreError } from '../../errors'

// Activity templates are data files in resources/templates/activities (validated on load). A broken file
// is a packaging error, so it fails loudly with the file name rather than being skipped.

const cache = new Map<string, ActivityTemplate[]>()

export function templatesDir(resourcesDir: string): string {
  return join(resourcesDir, 'templates', 'activities')
}

export function loadTemplates(resourcesDir: string): ActivityTemplate[] {
  const dir = templatesDir(resourcesDir)
  const hit = cache.get(dir)
  if (hit) return hit
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  // A damaged template is an installation problem: the message names the file and says to reinstall.
  const damaged = (file: string, detail: string) => new CoreError('INTERNAL', 'register:errors.templateDamaged', { file: join(dir, file), detail })
  const list = files.map((f) => {
    let json: unknown
    try {
      json = JSON.parse(readFileSync(join(dir, f), 'utf8'))
    } catch (e) {
      throw damaged(f, (e as Error).message)
    }
    const parsed = ActivityTemplateSchema.safeParse(json)
    if (!parsed.success) throw damaged(f, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
    if (`${parsed.data.id}.json` !== f) throw damaged(f, `id "${parsed.data.id}"`)
    return parsed.data
  })
  cache.set(dir, list)
  return list
}

const pick = (l: LocalizedText, lang: TemplateLanguage): string => l[lang]

export function retentionText(r: ActivityTemplate['dataCategories'][number]['retention'], lang: TemplateLanguage): string {
  const t = translator(lang, 'register')
  if (r.period !== undefined && r.unit) return t('retention.periodFrom', { period: t(`retention.units.${r.unit}`, { count: r.period }), trigger: pick(r.trigger, lang) })
  return r.criteria ? pick(r.criteria, lang) : ''
}

export function summariseTemplate(tpl: ActivityTemplate, lang: string): TemplateSummary {
  const l = asTemplateLanguage(lang)
  return {
    id: tpl.id,
    sectors: [...tpl.sectors],
    name: pick(tpl.name, l),
    description: pick(tpl.description, l),
    purposes: tpl.purposes.map((p) => ({ text: pick(p.text, l), basis: p.basis, why: pick(p.why, l) })),
    dataCategories: tpl.dataCategories.map((d) => ({ name: pick(d.name, l), retention: retentionText(d.retention, l), reason: pick(d.retention.reason, l) })),
    ...(tpl.dpiaHint ? { dpiaHint: pick(tpl.dpiaHint, l) } : {}),
  }
}

/** The draft a template gives, in one language: every suggestion filled, status draft. */
export function templateDraft(tpl: ActivityTemplate, lang: string): ActivityInput {
  const l = asTemplateLanguage(lang)
  const t = translator(l, 'register')
  return {
    name: pick(tpl.name, l),
    description: pick(tpl.description, l),
    status: 'draft',
    role: tpl.role,
    templateId: tpl.id,
    purposes: tpl.purposes.map((p) => ({
      text: pick(p.text, l),
      bases: [
        {
          basis: p.basis,
          ...(p.legitimateInterest ? { legitimateInterest: pick(p.legitimateInterest, l) } : {}),
          ...(p.consentCollection ? { consentCollection: pick(p.consentCollection, l) } : {}),
          ...(p.consentWithdrawal ? { consentWithdrawal: pick(p.consentWithdrawal, l) } : {}),
          ...(p.legalReference ? { legalReference: pick(p.legalReference, l) } : {}),
        },
      ],
    })),
    dataSubjectCategories: tpl.dataSubjectCategories.map((s) => pick(s, l)),
    dataCategories: tpl.dataCategories.map((d) => ({
      name: pick(d.name, l),
      ...(d.special ? { special: d.special } : {}),
      criminal: d.criminal ?? false,
      retention: {
        ...(d.retention.period !== undefined ? { period: d.retention.period, unit: d.retention.unit } : {}),
        ...(d.retention.criteria ? { criteria: pick(d.retention.criteria, l) } : {}),
        trigger: pick(d.retention.trigger, l),
        legalSource: pick(d.retention.reason, l),
        action: 'delete',
      },
    })),
    art9Conditions: tpl.art9Conditions.map((c) => ({ condition: c.condition, note: pick(c.note, l) })),
    collectedFromSubject: tpl.collectedFromSubject,
    sources: tpl.sources.map((s) => ({ description: pick(s, l), publiclyAvailable: false })),
    recipients: [
      ...tpl.recipients.internal.map((n) => ({ kind: 'internal' as const, name: pick(n, l) })),
      ...tpl.recipients.external.map((r) => ({
        kind: r.kind,
        name: pick(r.name, l),
        note: r.note ? pick(r.note, l) : t('templates.linkVendorNote'),
      })),
    ],
    securityMeasures: tpl.securityMeasures.map((key) => ({ key })),
  }
}

export function listTemplates(resourcesDir: string, lang: string): TemplateSummary[] {
  return loadTemplates(resourcesDir).map((tpl) => summariseTemplate(tpl, lang))
}

/** Creates a normal draft from a template (in the workspace language unless one is asked for). */
export function applyTemplate(
  ws: Workspace,
  resourcesDir: string,
  input: { templateId: string; lang?: string; name?: string },
): Activity {
  const tpl = loadTemplates(resourcesDir).find((x) => x.id === input.templateId)
  if (!tpl) throw notFound('template', input.templateId)
  const draft = templateDraft(tpl, input.lang ?? readProfile(ws).language)
  return saveActivity(ws, { ...draft, ...(input.name ? { name: input.name } : {}) }).activity
}
