// Entry point of the DSAR deadline rules: validates the input (a bad value gets an error naming its field),
// resolves the holiday calendar and hands over to the regime's rule. To add a regime: a rule file, an entry
// in DSAR_REGIMES (dsarTypes.ts), a case in calendarFor and in RULES.
import { addDays, holidayCalendar } from '../calendar'
import { isEea } from '../../reference/countries'
import { dsar as en } from '../../i18n/en/dsar'
import { ccpaDeadline } from './ccpaDeadline'
import { fillTemplate } from './dsarMessages'
import {
  DSAR_REQUEST_TYPES,
  DsarDeadlineInputSchema,
  defaultRequestType,
  requestTypesOf,
  type DsarDeadline,
  type DsarDeadlineInput,
  type DsarRegime,
  type DsarRuleInput,
} from './dsarTypes'
import { fadpDeadline } from './fadpDeadline'
import { gdprDeadline } from './gdprDeadline'
import { lgpdDeadline } from './lgpdDeadline'
import { ukDeadline } from './ukDeadline'

const RULES: Record<DsarRegime, (input: DsarRuleInput) => DsarDeadline> = {
  gdpr: gdprDeadline,
  uk: ukDeadline,
  ccpa: ccpaDeadline,
  lgpd: lgpdDeadline,
  fadp: fadpDeadline,
}

/** Accepted `country` values per regime -> holiday calendar id (REFERENCE §8 Q7; issue 5 item 7). */
const UK_CALENDARS: Record<string, string> = { GB: 'GB-ENG', 'GB-ENG': 'GB-ENG', 'GB-WLS': 'GB-ENG', 'GB-SCT': 'GB-SCT', 'GB-NIR': 'GB-NIR' }
const FIXED: Partial<Record<DsarRegime, { allowed: string[]; calendar: string }>> = {
  ccpa: { allowed: ['US', 'US-CA'], calendar: 'US' }, // federal holidays for business days
  lgpd: { allowed: ['BR'], calendar: 'none' }, // calendar days, no move (§8 Q14)
  fadp: { allowed: ['CH'], calendar: 'none' }, // calendar days, no move (§8 Q15)
}

type CalendarError = { key: 'countryEea' | 'country'; params: Record<string, string> }

function calendarFor(regime: DsarRegime, country: string | undefined): { calendar: string } | { error: CalendarError } {
  if (regime === 'gdpr') {
    const cc = country === 'EL' ? 'GR' : (country ?? 'IT') // Greece: EU code EL, ISO code GR
    if (!isEea(cc)) return { error: { key: 'countryEea', params: { country: cc } } }
    try {
      holidayCalendar(cc)
    } catch {
      return { error: { key: 'countryEea', params: { country: cc } } }
    }
    return { calendar: cc }
  }
  if (regime === 'uk') {
    const cal = UK_CALENDARS[country ?? 'GB-ENG']
    return cal ? { calendar: cal } : { error: { key: 'country', params: { regime: 'uk', allowed: Object.keys(UK_CALENDARS).join(', ') } } }
  }
  const fixed = FIXED[regime]!
  if (country !== undefined && !fixed.allowed.includes(country))
    return { error: { key: 'country', params: { regime, allowed: fixed.allowed.join(', ') } } }
  return { calendar: fixed.calendar }
}

export interface DsarInputIssue {
  /** Input field, e.g. 'received', 'pauses.0.requestedAt'. */
  field: string
  /** In English. */
  message: string
  /** The same as `validation.<key>` of the dsar catalogue with its parameters, to say it in another language. */
  key?: keyof typeof en.validation
  params?: Record<string, string>
}

const VALIDATION_KEYS = Object.keys(en.validation) as (keyof typeof en.validation)[]

/** An issue with its catalogue key: the message was written from `en.validation[key]` with `params`. */
const issue = (field: string, key: keyof typeof en.validation, params: Record<string, string> = {}): DsarInputIssue => ({
  field,
  message: fillTemplate(en.validation[key], params),
  key,
  params,
})

/** A schema issue's key, found by its English text (the schema writes them from en.validation). */
function schemaIssue(field: string, message: string): DsarInputIssue {
  const key = VALIDATION_KEYS.find((k) => en.validation[k] === message)
  if (key) return { field, message, key, params: {} }
  if (field === 'requestType') return { field, message, key: 'type', params: { types: DSAR_REQUEST_TYPES.join(', ') } }
  return { field, message }
}

export class DsarInputError extends Error {
  constructor(readonly issues: DsarInputIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '))
    this.name = 'DsarInputError'
  }
}

/** Validates and completes an input (defaults: request type, calendar), or lists every problem by field. */
export function checkDsarInput(raw: unknown): { ok: true; input: DsarRuleInput } | { ok: false; issues: DsarInputIssue[] } {
  const parsed = DsarDeadlineInputSchema.safeParse(raw)
  if (!parsed.success)
    return { ok: false, issues: parsed.error.issues.map((i) => schemaIssue(i.path.map(String).join('.') || '_', i.message)) }
  const v = parsed.data
  const issues: DsarInputIssue[] = []
  const requestType = v.requestType ?? defaultRequestType(v.regime)
  const allowed = requestTypesOf(v.regime)
  if (!allowed.includes(requestType))
    issues.push(issue('requestType', 'typeForRegime', { type: requestType, regime: v.regime, types: allowed.join(', ') }))
  const cal = calendarFor(v.regime, v.country)
  if ('error' in cal) issues.push(issue('country', cal.error.key, cal.error.params))
  const pauses = v.pauses ?? []
  pauses.forEach((p, i) => {
    if (p.requestedAt < v.received) issues.push(issue(`pauses.${i}.requestedAt`, 'pauseBeforeReceipt'))
  })
  if (v.extendedTo !== undefined) {
    const thirtieth = addDays(v.received, 30)
    if (v.regime !== 'fadp') issues.push(issue('extendedTo', 'extendedToRegime'))
    else if (v.extendedTo <= thirtieth) issues.push(issue('extendedTo', 'extendedToEarly', { target: thirtieth }))
  }
  if (issues.length || 'error' in cal) return { ok: false, issues }
  return {
    ok: true,
    input: {
      regime: v.regime,
      received: v.received,
      requestType,
      calendar: cal.calendar,
      idReceived: v.idReceived,
      feeReceived: v.feeReceived,
      pauses,
      extendedTo: v.extendedTo,
    },
  }
}

/** Runs the regime's rule on a checked input. */
export function computeDsarDeadline(input: DsarRuleInput): DsarDeadline {
  return RULES[input.regime](input)
}

/** The deadlines of one data-subject request; throws DsarInputError naming each bad field. */
export function dsarDeadline(input: DsarDeadlineInput): DsarDeadline {
  const checked = checkDsarInput(input)
  if (!checked.ok) throw new DsarInputError(checked.issues)
  return computeDsarDeadline(checked.input)
}
