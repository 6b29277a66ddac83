import type { TFunction } from 'i18next'
import { clockLabelKey } from '../../../../shared/domain/breach/labels'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import type { OrganisationProfile } from '../../../../shared/domain/organisation'
import { breachRulesText, type BreachRulesText } from '../../../../shared/format/breachText'
import { formatDate, formatDateTime } from '../../../../shared/format/dateTime'
import { translator } from '../../../../shared/i18n/translate'
import type { Language } from '../../../../shared/reference/regimes'
import type { IncidentClock } from '../../../../shared/rules/breach'
import { auditHead } from '../../audit/auditLog'
import { CoreError } from '../../errors'
import { listBreachRecords } from '../../repositories/breach/breachRepo'
import { readProfile } from '../../services/profileService'
import { breachDetail } from '../../services/breach/breachView'
import type { Workspace } from '../../store/workspace'
import type { ReportMeta } from '../layout'
import type { ReportContext } from '../registry'

// What every breach report reads: the profile, the details as the core computes them (clocks and
// statuses at the injected now), and the texts in the report's language.

export interface BreachReportKit {
  profile: OrganisationProfile
  lang: Language
  tz: string
  /** Layout texts (namespace 'report'). */
  t: TFunction
  /** Breach texts (namespace 'breach'): labels and report.* */
  b: TFunction
  when(iso: string | undefined): string
  /** The calendar date only, for letters to people. */
  day(iso: string): string
  clockLabel(c: IncidentClock): string
  /** The rules' messages (clock explanations, statuses) in the report's language, times in the zone. */
  rules: BreachRulesText
  clockStatusLabel(c: IncidentClock): string
  meta(title: string): ReportMeta
}

export function reportKit(ws: Workspace, ctx: ReportContext): BreachReportKit {
  const profile = readProfile(ws)
  const lang = ctx.lang
  const tz = profile.timeZone
  const b = translator(lang, 'breach')
  const rules = breachRulesText(lang, tz)
  const head = ws.read(auditHead)
  return {
    profile,
    lang,
    tz,
    t: translator(lang, 'report'),
    b,
    when: (iso) => (iso ? formatDateTime(iso, tz, lang) : ''),
    day: (iso) => formatDate(iso, tz, lang),
    clockLabel: (c) => b(clockLabelKey(c.clock.id), { defaultValue: rules.message(c.clock.labelMessage) }),
    rules,
    clockStatusLabel: (c) =>
      b(`labels.clockStatus.${c.status.status === 'missed' && !c.clock.isLegalPeriod ? 'missedTarget' : c.status.status}`),
    meta: (title) => ({
      title,
      organisationName: profile.legalName,
      generatedAt: ws.now().toISOString(),
      timeZone: tz,
      lang,
      workspaceId: ws.id,
      auditHeadHash: head,
      appVersion: ctx.appVersion,
    }),
  }
}

/** Every real breach (drill = 0 in SQL), oldest first as a register reads. */
export function realBreaches(ws: Workspace, profile: OrganisationProfile): BreachDetail[] {
  const now = ws.now()
  return ws.read((db) =>
    listBreachRecords(db, { drill: false })
      .reverse()
      .map((r) => breachDetail(db, profile, now, r.id)),
  )
}

/** The one breach a per-case report is about; drills are refused (they never reach real reports). */
export function caseDetail(ws: Workspace, profile: OrganisationProfile, ctx: ReportContext): BreachDetail {
  if (!ctx.caseId) throw new CoreError('VALIDATION', 'breach:errors.caseRequired', {}, { caseId: 'validation.required' })
  const caseId = ctx.caseId
  // --case takes the id or the reference people see (e.g. BR-2026-003).
  const d = ws.read((db) => {
    const hit = db.prepare('SELECT id FROM breach WHERE id = ? OR ref = ? LIMIT 1').get(caseId, caseId) as { id: string } | undefined
    return breachDetail(db, profile, ws.now(), hit?.id ?? caseId)
  })
  if (d.breach.drill) throw new CoreError('FORBIDDEN', 'breach:errors.drillReport', { ref: d.breach.ref })
  return d
}
