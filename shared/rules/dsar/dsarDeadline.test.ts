import { describe, expect, it } from 'vitest'
import { checkDsarInput, dsarDeadline, DsarInputError } from './dsarDeadline'
import { calendarLabel, longDate, renderDsarMessage } from './dsarMessages'
import { DSAR_REGIMES, DsarDeadlineSchema, requestTypesOf, type DsarDeadlineInput } from './dsarTypes'

const issuesOf = (input: unknown) => {
  const r = checkDsarInput(input)
  return r.ok ? [] : r.issues
}

describe('input validation names the field (DESIGN: bad input gets an error that names the field)', () => {
  it.each([
    ['received', { regime: 'gdpr', received: '2026-02-30' }],
    ['received', { regime: 'gdpr', received: '31/01/2026' }],
    ['received', { regime: 'gdpr' }],
    ['regime', { regime: 'hipaa', received: '2026-01-31' }],
    ['requestType', { regime: 'gdpr', received: '2026-01-31', requestType: 'ccpa-know' }],
    ['requestType', { regime: 'ccpa', received: '2026-01-31', requestType: 'access' }],
    ['requestType', { regime: 'gdpr', received: '2026-01-31', requestType: 'complaint' }],
    ['country', { regime: 'gdpr', received: '2026-01-31', country: 'US' }],
    ['country', { regime: 'gdpr', received: '2026-01-31', country: 'CH' }],
    ['country', { regime: 'uk', received: '2026-01-31', country: 'FR' }],
    ['country', { regime: 'lgpd', received: '2026-01-31', country: 'PT' }],
    ['idReceived', { regime: 'uk', received: '2026-01-31', idReceived: '2026-13-01' }],
    ['pauses.0.receivedAt', { regime: 'uk', received: '2026-09-03', pauses: [{ requestedAt: '2026-09-10', receivedAt: '2026-09-07' }] }],
    ['pauses.0.requestedAt', { regime: 'uk', received: '2026-09-03', pauses: [{ requestedAt: '2026-09-01', receivedAt: '2026-09-07' }] }],
    ['extendedTo', { regime: 'gdpr', received: '2026-01-31', extendedTo: '2026-04-01' }],
    ['extendedTo', { regime: 'fadp', received: '2026-01-31', extendedTo: '2026-03-02' }],
  ])('%s: %j', (field, input) => {
    const issues = issuesOf(input)
    expect(issues.map((i) => i.field)).toContain(field)
    expect(issues.find((i) => i.field === field)?.message).toMatch(/\S/)
  })

  it('a missing date says it is required; a bad one says how to write it', () => {
    // Each issue carries its catalogue key, so a caller can say it in another language.
    expect(issuesOf({ regime: 'gdpr' })).toEqual([{ field: 'received', message: 'is required', key: 'required', params: {} }])
    expect(issuesOf({ regime: 'gdpr', received: '2026-02-30' })).toEqual([
      { field: 'received', message: 'must be a calendar date written YYYY-MM-DD', key: 'date', params: {} },
    ])
    expect(issuesOf({ regime: 'gdpr', received: '2026-01-31', country: 'US' })).toEqual([
      { field: 'country', message: expect.stringMatching(/^“US” is not an EU\/EEA member state/), key: 'countryEea', params: { country: 'US' } },
    ])
  })

  it('dsarDeadline throws DsarInputError listing the fields', () => {
    expect(() => dsarDeadline({ regime: 'gdpr', received: 'yesterday' })).toThrow(DsarInputError)
    expect(() => dsarDeadline({ regime: 'gdpr', received: 'yesterday' })).toThrow(/^received: /)
  })

  it('defaults: gdpr -> IT and access; uk -> England and Wales; ccpa -> request to know on US holidays', () => {
    expect(checkDsarInput({ regime: 'gdpr', received: '2026-01-31' })).toMatchObject({ ok: true, input: { calendar: 'IT', requestType: 'access', pauses: [] } })
    expect(checkDsarInput({ regime: 'uk', received: '2026-01-31' })).toMatchObject({ ok: true, input: { calendar: 'GB-ENG' } })
    expect(checkDsarInput({ regime: 'ccpa', received: '2026-01-31' })).toMatchObject({ ok: true, input: { calendar: 'US', requestType: 'ccpa-know' } })
    expect(checkDsarInput({ regime: 'gdpr', received: '2026-01-31', country: ' fr ' })).toMatchObject({ ok: true, input: { calendar: 'FR' } })
  })
})

describe('every regime and request type yields a complete, schema-valid result with rendered sentences', () => {
  const cases: DsarDeadlineInput[] = DSAR_REGIMES.flatMap((regime) =>
    requestTypesOf(regime).map((requestType) => ({
      regime,
      requestType,
      received: '2026-01-31',
      idReceived: '2026-02-03',
      pauses: [{ requestedAt: '2026-02-04', receivedAt: '2026-02-06' }],
    })),
  )
  it.each(cases)('$regime $requestType', (input) => {
    const r = DsarDeadlineSchema.parse(dsarDeadline(input))
    expect(r.target <= r.due).toBe(true)
    expect(r.received <= r.target).toBe(true)
    expect(r.explanation.length).toBeGreaterThan(0)
    for (const [i, line] of r.explanation.entries()) {
      expect(line).not.toMatch(/\{\{|explain\.|readings\./) // every key exists and every placeholder is filled
      expect(line).toBe(renderDsarMessage(r.messages[i]))
    }
    for (const x of r.readings) {
      expect(x.chosenDate < x.alternativeDate).toBe(true) // the earlier reading is the one used
      expect(`${x.question} ${x.chosen} ${x.alternative} ${x.why}`).not.toMatch(/\{\{/)
    }
  })
})

describe('rendering', () => {
  it('long dates and calendar names', () => {
    expect(longDate('2026-03-02')).toBe('Monday 2 March 2026')
    expect(longDate('2028-02-29')).toBe('Tuesday 29 February 2028')
    expect(calendarLabel('IT')).toBe('Italy (IT)')
    expect(calendarLabel('GB-SCT')).toBe('Scotland')
    expect(renderDsarMessage({ key: 'explain.notRolled', params: { target: '2026-03-03' } })).toBe(
      'Tuesday 3 March 2026 is a working day, so it is also the legal limit.',
    )
  })

  it('another catalogue renders the same keys (i18n-ready)', () => {
    const catalogue = { explain: { notRolled: '{{target}} è un giorno lavorativo.' } } as never
    expect(renderDsarMessage({ key: 'explain.notRolled', params: { target: '2026-03-03' } }, catalogue, 'it-IT')).toBe(
      'martedì 3 marzo 2026 è un giorno lavorativo.',
    )
  })
})
