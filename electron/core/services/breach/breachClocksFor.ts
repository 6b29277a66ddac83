import type { BreachRecord } from '../../../../shared/domain/breach/incident'
import type { BreachNotification, Decision } from '../../../../shared/domain/breach/response'
import type { OrganisationProfile } from '../../../../shared/domain/organisation'
import { utcSeconds } from '../../../../shared/rules/calendar'
import {
  applicableRegimes,
  appliedRegimes,
  incidentClocks,
  type IncidentClock,
  type RegimeApplicability,
} from '../../../../shared/rules/breach'
import type { DelayReasonRow } from '../../repositories/breach/responseRepo'

export interface BreachClockFacts {
  notifications: Pick<BreachNotification, 'clockId' | 'sentAt'>[]
  /** The decision in force (the newest), if any. */
  decision?: Decision
  delayReasons: Pick<DelayReasonRow, 'clockId' | 'reason'>[]
}

/**
 * Every clock of one stored breach at `now`, through the rules in shared/rules/breach: the regimes come
 * from the organisation profile narrowed by the incident's flags and exclusions, the deadlines from the
 * stored instants, the statuses from the notifications log, the decision and the reasons for delay.
 */
export function breachClocksFor(
  b: BreachRecord,
  profile: Pick<OrganisationProfile, 'regimes' | 'timeZone'>,
  now: Date,
  facts: BreachClockFacts,
): { regimes: RegimeApplicability[]; clocks: IncidentClock[] } {
  const regimes = applicableRegimes({ declared: profile.regimes, flags: b.flags, excluded: b.excludedRegimes })
  const clocks = incidentClocks(
    {
      regimes: appliedRegimes(regimes),
      role: b.role,
      tz: profile.timeZone,
      awareAt: b.awareAt,
      processorAwareAt: b.processorAwareAt,
      classifiedAt: b.flags.doraMajor ? b.flags.doraClassifiedAt : undefined,
      // HIPAA: "discovered" = first known (164.404(a)(2)), the earlier instant.
      discoveredAt: b.discoveredAt,
      processorTargetHours: b.processorTargetHours,
      fadpTargetHours: b.fadpTargetHours,
      lgpdSmallAgent: b.flags.lgpdSmallAgent,
      hipaaAffectedIndividuals: b.subjectCount,
      hipaaMaxResidentsInOneState: b.flags.hipaaMaxResidentsInOneState,
    },
    {
      now: utcSeconds(now),
      notifications: facts.notifications.map((n) => ({ clockId: n.clockId, sentAt: n.sentAt })),
      decision: facts.decision && {
        id: facts.decision.id,
        decidedAt: facts.decision.decidedAt,
        notifyAuthority: facts.decision.notifyAuthority,
        subjects: facts.decision.subjects,
      },
      delayReasons: Object.fromEntries(facts.delayReasons.map((d) => [d.clockId, d.reason])),
    },
  )
  return { regimes, clocks }
}
