import type { ActivityFields } from '../../domain/register/activity'
import type { DpiaResult } from '../../domain/register/activity'

// Art. 30(5) GDPR: an organisation with fewer than 250 employees need not keep the record UNLESS the
// processing (i) is likely to result in a risk, (ii) is not occasional, or (iii) includes Art. 9(1) or
// Art. 10 data. Any one of the three removes the exemption (WP29 position paper on Art. 30(5), April
// 2018: routine processing such as payroll or customers is "not occasional"). REFERENCE.md §1.1 and §8
// item 24: off by default; every condition must be confirmed. The app keeps the record in every case.

export const EXEMPTION_EMPLOYEE_LIMIT = 250

export type ExemptionBlocker = 'employeesUnknown' | 'employees250' | 'likelyRisk' | 'notOccasional' | 'specialOrCriminal'

export interface ExemptionInput {
  /** Persons employed; undefined = not known, which keeps the duty. */
  employees: number | undefined
  likelyRisk: boolean
  occasional: boolean
  specialOrCriminal: boolean
}

export function art30Exemption(i: ExemptionInput): { exempt: boolean; blockers: ExemptionBlocker[] } {
  const blockers: ExemptionBlocker[] = []
  if (i.employees === undefined) blockers.push('employeesUnknown')
  else if (i.employees >= EXEMPTION_EMPLOYEE_LIMIT) blockers.push('employees250')
  if (i.likelyRisk) blockers.push('likelyRisk')
  if (!i.occasional) blockers.push('notOccasional')
  if (i.specialOrCriminal) blockers.push('specialOrCriminal')
  return { exempt: blockers.length === 0, blockers }
}

/**
 * The exemption for one activity. Risk counts as likely unless a DPIA screening found a DPIA
 * "not required" (no screening = unknown = not exempt).
 */
export function activityExemption(
  a: Pick<ActivityFields, 'occasional' | 'dataCategories'>,
  employees: number | undefined,
  screening: DpiaResult | undefined,
): { exempt: boolean; blockers: ExemptionBlocker[] } {
  return art30Exemption({
    employees,
    likelyRisk: screening !== 'not_required',
    occasional: a.occasional,
    specialOrCriminal: a.dataCategories.some((d) => d.special !== undefined || d.criminal),
  })
}
