import { describe, expect, it } from 'vitest'
import { breachRulesText } from '../../format/breachText'
import { breach as itBreach } from '../../i18n/it/breach'
import { breachClocks } from './breachClocks'
import { clockStatus } from './clockStatus'
import { gdprClocks } from './gdprClocks'
import { hipaaClocks } from './hipaaClocks'
import { renderBreachMessages, type BreachMessage } from './messages'
import { proposeRisk } from './riskAssessment'
import { applicableRegimes, competentAuthorities } from './applicableRegimes'

// The rules return { key, params } beside their English strings; the English strings are the messages
// rendered with ISO stamps, and any language renders them with dates as people read them.

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const TZ = 'Europe/Rome'

/** Every clock of every regime, as controller and as processor, with all optional facts given. */
function everyClock() {
  const base = { tz: TZ, awareAt: '2026-03-27T11:00:00Z', processorAwareAt: '2026-03-26T08:30:00Z', classifiedAt: '2026-03-27T12:00:00Z' }
  const regimes = ['gdpr', 'uk_gdpr', 'nis2', 'dora', 'eprivacy', 'lgpd', 'fadp', 'hipaa'] as const
  return [
    ...breachClocks({ ...base, regimes: [...regimes], lgpdSmallAgent: true, hipaaAffectedIndividuals: 20, hipaaMaxResidentsInOneState: 20 }),
    ...breachClocks({ ...base, regimes: [...regimes], role: 'processor' }),
    ...breachClocks({ ...base, regimes: ['nis2', 'dora', 'eprivacy', 'hipaa'], submitted: { nis2Notification: '2026-03-28T09:00:00Z', doraInitial: '2026-03-27T13:00:00Z', doraIntermediate: '2026-03-29T13:00:00Z', eprivacyInitial: '2026-03-27T20:00:00Z' } }),
    ...hipaaClocks({ discoveredAt: '2026-03-27T11:00:00Z', tz: TZ }),
  ]
}

describe('breach rule messages', () => {
  it('the English label and explanation are the messages rendered in English with ISO stamps', () => {
    for (const c of everyClock()) {
      expect(renderBreachMessages([c.labelMessage], { style: 'iso' })).toBe(c.label)
      expect(renderBreachMessages(c.explanationMessages, { style: 'iso', tz: TZ })).toBe(c.explanation)
    }
  })

  it('params hold instants and dates, not formatted text', () => {
    const g = gdprClocks({ awareAt: '2026-11-22T22:03:00Z', tz: TZ }).controller
    expect(g.explanationMessages[0]).toEqual({
      key: 'gdpr.explain',
      params: {
        sa: { key: 'names.notifySa.gdpr' },
        law: { key: 'names.law33_1.gdpr' },
        awareAt: '2026-11-22T22:03:00Z',
        deadline: '2026-11-25T22:03:00Z',
      },
    })
    expect(g.explanation).toContain('aware 2026-11-22T22:03:00Z (2026-11-22T23:03+01:00 Europe/Rome)')
  })

  it('English for people: dates in the zone with the offset, no ISO stamps', () => {
    const en = breachRulesText('en', TZ)
    const g = gdprClocks({ awareAt: '2026-11-22T22:03:00Z', tz: TZ }).controller
    const text = en.messages(g.explanationMessages)
    expect(text).toContain('aware 22 Nov 2026, 23:03 (UTC+01:00), due 25 Nov 2026, 23:03 (UTC+01:00).')
    expect(text).not.toMatch(ISO)
  })

  it('Italian: every clock label and explanation in Italian, dates formatted, no key or placeholder left', () => {
    const it = breachRulesText('it', TZ)
    for (const c of everyClock()) {
      for (const text of [it.message(c.labelMessage), it.messages(c.explanationMessages)]) {
        expect(text, c.id).not.toMatch(/\{\{|\}\}/)
        expect(text, c.id).not.toMatch(ISO)
        expect(text, c.id).not.toBe(c.label)
      }
      expect(it.messages(c.explanationMessages)).not.toContain(c.explanation.slice(0, 30))
    }
    const g = gdprClocks({ awareAt: '2026-03-27T22:40:00Z', tz: TZ }).controller
    expect(it.message(g.labelMessage)).toBe('Notifica all’autorità di controllo (GDPR art. 33, par. 1)')
    expect(it.messages(g.explanationMessages)).toBe(
      'Notifica la violazione all’autorità di controllo senza ingiustificato ritardo e comunque entro 72 ore da quando ne sei venuto a conoscenza (GDPR art. 33, par. 1): conoscenza il 27 mar 2026, 23:40 (UTC+01:00), scadenza il 31 mar 2026, 00:40 (UTC+02:00). ' +
        itBreach.rules.elapsedHours +
        ' Nel frattempo lo scostamento da UTC in Europe/Rome cambia (da +01:00 a +02:00), quindi l’orologio locale segna 73 ore; la legge conta 72 ore effettive. ' +
        itBreach.rules.gdpr.lateReasons,
    )
  })

  it('Italian dates of day-counted clocks (LGPD) print as calendar dates', () => {
    const it = breachRulesText('it', 'America/Sao_Paulo')
    const [anpd] = breachClocks({ regimes: ['lgpd'], tz: 'America/Sao_Paulo', awareAt: '2026-04-03T01:30:00Z' })
    expect(it.messages(anpd.explanationMessages)).toContain('cioè il 2 apr 2026; scadenza alla fine del 8 apr 2026 in America/Sao_Paulo')
  })

  it('statuses, the risk proposal and the regime reasons have Italian messages too', () => {
    const it = breachRulesText('it', TZ)
    const clock = gdprClocks({ awareAt: '2026-03-27T22:40:00Z', tz: TZ }).controller
    const texts: [BreachMessage[], string][] = []
    for (const s of [
      clockStatus({ clock, now: '2026-03-28T00:00:00Z' }),
      clockStatus({ clock, now: '2026-04-02T00:00:00Z' }),
      clockStatus({ clock, now: '2026-04-02T00:00:00Z', metAt: '2026-04-01T00:00:00Z', delayReason: 'x' }),
      clockStatus({ clock, now: '2026-04-02T00:00:00Z', notRequired: { decisionId: 'D-1' } }),
    ])
      texts.push([s.explanationMessages, s.explanation])
    const p = proposeRisk({ score: 3.5, level: 'high' }, { answers: { sensitiveData: 'yes' }, art34Exception: 'a' })
    texts.push([p.explanationMessages, p.explanation], [[p.edpb.explanationMessage], p.edpb.explanation])
    texts.push([[p.notification.authority.reasonMessage], p.notification.authority.reason])
    for (const r of applicableRegimes({ declared: ['gdpr', 'nis2', 'ccpa'] })) if (r.reasonMessage) texts.push([[r.reasonMessage], r.reason])
    const auth = competentAuthorities({ establishedIn: 'US', subjectCountries: ['FR'] })
    texts.push([[auth.reasonMessage], auth.reason])
    for (const [ms, english] of texts) {
      expect(renderBreachMessages(ms, { style: 'iso' })).toBe(english)
      const text = it.messages(ms)
      expect(text).not.toMatch(/\{\{|\}\}|\b(risk|rules|status|proposal)\.\w/)
      expect(text).not.toBe(english)
    }
    expect(it.messages(clockStatus({ clock, now: '2026-03-28T00:00:00Z' }).explanationMessages)).toBe(
      'Termine di legge: da inviare entro il 31 mar 2026, 00:40 (UTC+02:00).',
    )
    expect(it.messages(p.explanationMessages)).toContain(
      'Domande EDPB: rischio elevato. La gravità ENISA 3,5 (alta) corrisponde a rischio elevato.',
    )
  })

  it('an unknown key shows as itself; a language without texts reads English', () => {
    expect(breachRulesText('it', TZ).message({ key: 'nope.missing', params: {} })).toBe('nope.missing')
    const g = gdprClocks({ awareAt: '2026-03-27T11:00:00Z', tz: TZ }).controller
    expect(breachRulesText('de', TZ).message(g.labelMessage)).toBe('Notify the supervisory authority (GDPR Art. 33(1))')
    expect(breachRulesText('fr', TZ).message(g.labelMessage)).toBe('Notification à l’autorité de contrôle (art. 33(1) RGPD)')
  })
})
