import type { BreachInput, BreachRecord } from '../../../../shared/domain/breach/incident'
import { instantToLocalInput, localInputToInstant } from '../../../../shared/format/localInput'

// What the breach form edits: plain strings and booleans, times as wall clock in the organisation's zone.
// The backend validates the result and names any field that is wrong.

export interface BreachFormValues {
  title: string
  discoveredAt: string
  discoveryHow: string
  awareAt: string
  awareBy: string
  awareReasoning: string
  processorAwareAt: string
  startedAt: string
  endedAt: string
  ongoing: boolean
  natures: string[]
  causeKind: string
  cause: string
  subjectCategories: string
  subjectCount: string
  recordCount: string
  subjectCountries: string
  dataCategories: string
  specialCategories: string
  /** Ids of register activities and vendors, chosen from the register's lists. */
  activityIds: string[]
  vendorIds: string[]
  role: 'controller' | 'processor'
  controllerName: string
  controllerContact: string
  likelyConsequences: string
  contactName: string
  contactEmail: string
  contactPhone: string
  nis2Significant: boolean
  doraMajor: boolean
  doraClassifiedAt: string
  eprivacyService: boolean
  hipaaPhi: boolean
  lgpdSmallAgent: boolean
  processorTargetHours: string
  fadpTargetHours: string
  authorityCode: string
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
const words = (s: string) =>
  s
    .split(/[,;\s]+/)
    .map((w) => w.trim())
    .filter(Boolean)
/** A number as typed; what is not a number goes through as text so the backend names the field. */
const num = (s: string): number | string | undefined => (s.trim() === '' ? undefined : Number.isFinite(Number(s)) ? Number(s) : s)

export function emptyBreachForm(nowIso: string, tz: string): BreachFormValues {
  const now = instantToLocalInput(nowIso, tz)
  return {
    title: '',
    discoveredAt: now,
    discoveryHow: '',
    awareAt: now,
    awareBy: '',
    awareReasoning: '',
    processorAwareAt: '',
    startedAt: '',
    endedAt: '',
    ongoing: false,
    natures: [],
    causeKind: '',
    cause: '',
    subjectCategories: '',
    subjectCount: '',
    recordCount: '',
    subjectCountries: '',
    dataCategories: '',
    specialCategories: '',
    activityIds: [],
    vendorIds: [],
    role: 'controller',
    controllerName: '',
    controllerContact: '',
    likelyConsequences: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    nis2Significant: false,
    doraMajor: false,
    doraClassifiedAt: '',
    eprivacyService: false,
    hipaaPhi: false,
    lgpdSmallAgent: false,
    processorTargetHours: '',
    fadpTargetHours: '',
    authorityCode: '',
  }
}

export function breachFormFromRecord(b: BreachRecord, tz: string): BreachFormValues {
  const local = (iso: string | undefined) => (iso ? instantToLocalInput(iso, tz) : '')
  return {
    title: b.title,
    discoveredAt: local(b.discoveredAt),
    discoveryHow: b.discoveryHow ?? '',
    awareAt: local(b.awareAt),
    awareBy: b.awareBy,
    awareReasoning: b.awareReasoning ?? '',
    processorAwareAt: local(b.processorAwareAt),
    startedAt: local(b.startedAt),
    endedAt: local(b.endedAt),
    ongoing: b.ongoing,
    natures: [...b.natures],
    causeKind: b.causeKind ?? '',
    cause: b.cause ?? '',
    subjectCategories: b.subjectCategories.join('\n'),
    subjectCount: b.subjectCount?.toString() ?? '',
    recordCount: b.recordCount?.toString() ?? '',
    subjectCountries: b.subjectCountries.join(', '),
    dataCategories: b.dataCategories.filter((c) => !c.special).map((c) => c.name).join('\n'),
    specialCategories: b.dataCategories.filter((c) => c.special).map((c) => c.name).join('\n'),
    activityIds: [...b.activityIds],
    vendorIds: [...b.vendorIds],
    role: b.role,
    controllerName: b.controllerName ?? '',
    controllerContact: b.controllerContact ?? '',
    likelyConsequences: b.likelyConsequences ?? '',
    contactName: b.contact.name ?? '',
    contactEmail: b.contact.email ?? '',
    contactPhone: b.contact.phone ?? '',
    nis2Significant: b.flags.nis2Significant,
    doraMajor: b.flags.doraMajor,
    doraClassifiedAt: local(b.flags.doraClassifiedAt),
    eprivacyService: b.flags.eprivacyService,
    hipaaPhi: b.flags.hipaaPhi,
    lgpdSmallAgent: b.flags.lgpdSmallAgent,
    processorTargetHours: b.processorTargetHours?.toString() ?? '',
    fadpTargetHours: b.fadpTargetHours?.toString() ?? '',
    authorityCode: b.authorityCode ?? '',
  }
}

/** The channel input; exclusions of regimes are kept from the record (edited elsewhere). */
export function breachInputFromForm(v: BreachFormValues, tz: string, keep?: Pick<BreachRecord, 'excludedRegimes'>): BreachInput {
  // A time that is not a wall time goes through as typed, so the backend names the field.
  const instant = (s: string) => (s.trim() === '' ? undefined : (localInputToInstant(s, tz) ?? s))
  return {
    title: v.title,
    discoveredAt: instant(v.discoveredAt) ?? '',
    discoveryHow: v.discoveryHow,
    awareAt: instant(v.awareAt) ?? '',
    awareBy: v.awareBy,
    awareReasoning: v.awareReasoning,
    processorAwareAt: instant(v.processorAwareAt),
    startedAt: instant(v.startedAt),
    endedAt: instant(v.endedAt),
    ongoing: v.ongoing,
    natures: v.natures as BreachInput['natures'],
    causeKind: (v.causeKind || undefined) as BreachInput['causeKind'],
    cause: v.cause,
    subjectCategories: lines(v.subjectCategories),
    subjectCount: num(v.subjectCount) as number | undefined,
    recordCount: num(v.recordCount) as number | undefined,
    subjectCountries: words(v.subjectCountries),
    dataCategories: [
      ...lines(v.dataCategories).map((name) => ({ name, special: false })),
      ...lines(v.specialCategories).map((name) => ({ name, special: true })),
    ],
    activityIds: v.activityIds,
    vendorIds: v.vendorIds,
    role: v.role,
    controllerName: v.controllerName,
    controllerContact: v.controllerContact,
    likelyConsequences: v.likelyConsequences,
    contact: { name: v.contactName, email: v.contactEmail, phone: v.contactPhone },
    flags: {
      nis2Significant: v.nis2Significant,
      doraMajor: v.doraMajor,
      doraClassifiedAt: instant(v.doraClassifiedAt),
      eprivacyService: v.eprivacyService,
      hipaaPhi: v.hipaaPhi,
      lgpdSmallAgent: v.lgpdSmallAgent,
    },
    processorTargetHours: num(v.processorTargetHours) as number | undefined,
    fadpTargetHours: num(v.fadpTargetHours) as number | undefined,
    authorityCode: v.authorityCode || undefined,
    ...(keep ? { excludedRegimes: keep.excludedRegimes } : {}),
  }
}
