import type { Activity, ActivityFields } from '../../../../shared/domain/register/activity'
import { withoutTimes } from '../../../../shared/domain/withoutTimes'

/** What the editor holds: every list present, optional texts possibly empty. */
export type ActivityDraft = ActivityFields

export function emptyDraft(): ActivityDraft {
  return {
    name: '',
    description: undefined,
    status: 'draft',
    role: 'controller',
    owner: undefined,
    purposes: [],
    dataSubjectCategories: [],
    dataCategories: [],
    art9Conditions: [],
    criminalDataAuthority: undefined,
    collectedFromSubject: true,
    sources: [],
    recipients: [],
    transfers: [],
    systemIds: [],
    securityMeasures: [],
    jointControllers: [],
    jointArrangement: undefined,
    controllersServed: [],
    automatedDecision: { exists: false, logic: undefined, consequences: undefined },
    occasional: false,
    dpiaRef: undefined,
    lastReviewedOn: undefined,
    nextReviewOn: undefined,
    notes: undefined,
    templateId: undefined,
  }
}

export function draftOf(a: Activity): ActivityDraft {
  return { ...emptyDraft(), ...withoutTimes(a) }
}
