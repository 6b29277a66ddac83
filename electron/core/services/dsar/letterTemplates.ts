import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { OrganisationProfile } from '../../../../shared/domain/organisation'
import type { DsarCase, DsarClock } from '../../../../shared/domain/dsar/views'
import type { LetterKind } from '../../../../shared/domain/dsar/enums'
import { localeFor } from '../../../../shared/format/dateTime'
import { translator } from '../../../../shared/i18n/translate'
import { defaultAuthorityFor, findAuthority } from '../../../../shared/reference/authorities'
import { longDate } from '../../../../shared/rules/dsar'
import { CoreError } from '../../errors'

// Letters from the templates in resources/templates/dsar-letters/<lang>/<kind>.txt (see the README there),
// filled from the case, its clock and the organisation profile.

export const LETTER_PLACEHOLDERS = [
  'letterDate',
  'orgName',
  'orgEmail',
  'requesterName',
  'reference',
  'receivedDate',
  'requestTypes',
  'law',
  'dueDate',
  'extendedDueDate',
  'extensionReason',
  'identityReason',
  'clockNote',
  'decisions',
  'refusals',
  'complaintRights',
  'contactLine',
] as const
export type LetterValues = Record<(typeof LETTER_PLACEHOLDERS)[number], string>

export interface FilledLetter {
  subject: string
  body: string
}

/**
 * A date as a letter prints it: the long form of the letter's language, as the deadline texts print it
 * ("Monday 2 March 2026", "lunedì 2 marzo 2026", "mercredi 2 décembre 2026"); French letters write the
 * first of the month "1er" ("mardi 1er décembre 2026"), as a French business letter does.
 */
export function letterDay(d: string, lang: string): string {
  return longDate(d, localeFor(lang))
}

export function templatePath(resourcesDir: string, lang: string, kind: LetterKind): string {
  return join(resourcesDir, 'templates', 'dsar-letters', lang, `${kind}.txt`)
}

export function readTemplate(resourcesDir: string, lang: string, kind: LetterKind): string {
  const file = templatePath(resourcesDir, lang, kind)
  try {
    return readFileSync(file, 'utf8')
  } catch (e) {
    throw new CoreError('INTERNAL', 'dsarUi:errors.letterTemplate', { file, detail: (e as Error).message })
  }
}

/** Placeholders a template uses that the app does not know (a test keeps this empty for every template). */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(/\{\{(\w+)\}\}/g)]
    .map((m) => m[1])
    .filter((n) => !(LETTER_PLACEHOLDERS as readonly string[]).includes(n))
}

/** Fills a template: a line holding only an empty placeholder is dropped, with the blank line after it. */
export function fillLetter(template: string, values: LetterValues, file = 'template'): FilledLetter {
  const unknown = unknownPlaceholders(template)
  if (unknown.length)
    throw new CoreError('INTERNAL', 'dsarUi:errors.letterTemplate', {
      file,
      detail: `unknown placeholders ${unknown.join(', ')}`,
    })
  const lines = template.replace(/\r\n/g, '\n').split('\n')
  const first = lines.shift() ?? ''
  const m = /^[^:]+:\s*(.*)$/.exec(first)
  if (!m)
    throw new CoreError('INTERNAL', 'dsarUi:errors.letterTemplate', {
      file,
      detail: 'the first line must be "Subject: …"',
    })
  const fill = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (_all, name: keyof LetterValues) => values[name])
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const only = /^\{\{(\w+)\}\}$/.exec(lines[i].trim())
    if (only && !values[only[1] as keyof LetterValues].trim()) {
      if (lines[i + 1]?.trim() === '') i++
      continue
    }
    out.push(fill(lines[i]))
  }
  return {
    subject: fill(m[1]).trim(),
    body: out
      .join('\n')
      .replace(/^\n+/, '')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd(),
  }
}

const LAW: Record<DsarCase['regime'], string> = {
  gdpr: 'GDPR Art. 12(4), 77, 79',
  uk: 'UK GDPR Art. 12(4)',
  ccpa: 'CCPA',
  lgpd: 'LGPD Art. 18 §1',
  fadp: 'FADP Art. 49',
}
/** The same citations as a French letter writes them (RGPD; the Swiss FADP is the LPD). */
const LAW_FR: Record<DsarCase['regime'], string> = {
  gdpr: 'RGPD, art. 12(4), 77 et 79',
  uk: 'UK GDPR, art. 12(4)',
  ccpa: 'CCPA',
  lgpd: 'LGPD, art. 18 §1',
  fadp: 'LPD, art. 49',
}
const lawOf = (regime: DsarCase['regime'], lang: string) => (lang === 'fr' ? LAW_FR : LAW)[regime]

/** The supervisory authority a refused person may complain to: the lead authority (GDPR), the ICO (UK), the FDPIC (CH). */
function authorityFor(c: DsarCase, profile: OrganisationProfile) {
  if (c.regime === 'gdpr')
    return findAuthority(profile.leadAuthority ?? defaultAuthorityFor(profile.country) ?? '')
  if (c.regime === 'uk') return findAuthority('UK')
  if (c.regime === 'fadp') return findAuthority('CH')
  return undefined
}

export function letterValues(
  c: DsarCase,
  clock: DsarClock,
  profile: OrganisationProfile,
  lang: string,
  letterDate: string,
): LetterValues {
  const t = translator(lang, 'dsarUi')
  const r = translator(lang, 'dsar')
  const day = (d: string) => letterDay(d, lang)
  const type = (x: string) => r(`types.${x}`)
  const email = profile.dpo.appointed && profile.dpo.email ? profile.dpo.email : (profile.contactEmail ?? '')
  const contactLine = !email
    ? ''
    : profile.dpo.appointed && profile.dpo.name
      ? t('letters.contactLineDpo', { dpo: profile.dpo.name, email })
      : t('letters.contactLine', { email })
  const idRequest = [...c.events].reverse().find((e) => e.kind === 'id_requested')
  const authority = authorityFor(c, profile)
  const refusing = c.decisions.filter((d) => d.outcome === 'refused' || d.outcome === 'partly_granted')
  const complaintRights = authority
    ? t('letters.complaintAuthority', {
        authority: authority.name,
        website: authority.website,
        law: lawOf(c.regime, lang),
      })
    : t('letters.complaintGeneric')
  const clockNote =
    c.regime === 'uk'
      ? t('letters.clockNote.uk')
      : t('letters.clockNote.running', { dueDate: day(clock.due) })
  return {
    letterDate: day(letterDate),
    orgName: profile.legalName,
    orgEmail: email,
    requesterName: c.requesterName ?? '',
    reference: c.id,
    receivedDate: day(clock.receivedDate),
    requestTypes: c.requestTypes.map(type).join(', '),
    law: r(`regimes.${c.regime}`),
    dueDate: day(clock.due),
    extendedDueDate: clock.extended ? day(clock.due) : clock.extendedDue ? day(clock.extendedDue) : '',
    extensionReason: c.extension?.reason ?? '',
    identityReason: idRequest?.reason ?? t('letters.identityReasonDefault'),
    clockNote,
    decisions: c.decisions
      .map((d) =>
        d.reason
          ? t('letters.decisionLineReason', {
              type: type(d.type),
              outcome: t(`outcomes.${d.outcome}`),
              reason: d.reason,
            })
          : t('letters.decisionLine', { type: type(d.type), outcome: t(`outcomes.${d.outcome}`) }),
      )
      .join('\n'),
    refusals: refusing
      .map((d) =>
        t('letters.refusalLine', {
          type: type(d.type),
          ground: d.ground ? t(`grounds.${d.ground}`) : '',
          reason: d.reason ?? '',
        }),
      )
      .join('\n'),
    // Art. 12(4): a refusal, in whole or part, states the right to complain and to a judicial remedy.
    complaintRights: refusing.length ? complaintRights : '',
    contactLine,
  }
}

/** The refusal letter always carries the Art. 12(4) notice, whatever the decisions say. */
export function refusalValues(
  v: LetterValues,
  c: DsarCase,
  profile: OrganisationProfile,
  lang: string,
): LetterValues {
  const t = translator(lang, 'dsarUi')
  const authority = authorityFor(c, profile)
  return {
    ...v,
    complaintRights: authority
      ? t('letters.complaintAuthority', {
          authority: authority.name,
          website: authority.website,
          law: lawOf(c.regime, lang),
        })
      : t('letters.complaintGeneric'),
  }
}
