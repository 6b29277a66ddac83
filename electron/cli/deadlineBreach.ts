// `pwb deadline breach`: the breach-notification calculator (issue 6 item 10). No workspace, no clock:
// it only computes deadlines from the instants given, through the rules in shared/rules/breach.
import type { TFunction } from 'i18next'
import { parseArgs } from 'node:util'
import { breachRulesText, type BreachRulesText } from '../../shared/format/breachText'
import { translator } from '../../shared/i18n/translate'
import { isIanaTimeZone } from '../../shared/domain/timeZone'
import { localIsoMinutes, utcSeconds } from '../../shared/rules/calendar'
import {
  doraClocks,
  eprivacyClocks,
  fadpClock,
  gdprClocks,
  hipaaClocks,
  InstantSchema,
  lgpdClocks,
  nis2Clocks,
  type BreachClock,
} from '../../shared/rules/breach'
import type { CliText } from './cliText'

export const BREACH_REGIMES = ['gdpr', 'uk', 'nis2', 'dora', 'eprivacy', 'lgpd', 'hipaa', 'fadp'] as const
type CliRegime = (typeof BREACH_REGIMES)[number]

/** `pwb deadline breach --help` in the language of `t` (the `cli` namespace). */
export function deadlineBreachUsage(t: TFunction): string {
  const flag = (name: string, key: string) => `  ${name.padEnd(18)} ${t(`breachDeadline.${key}`)}`
  return [
    t('breachDeadline.usage', { regimes: BREACH_REGIMES.join('|') }),
    '',
    flag('--regime', 'flagRegime'),
    flag('--aware', 'flagAware'),
    flag('--classified', 'flagClassified'),
    flag('--processor-aware', 'flagProcessorAware'),
    flag('--small-agent', 'flagSmallAgent'),
    flag('--tz', 'flagTz'),
    flag('--json', 'flagJson'),
    '',
    t('breachDeadline.formats'),
    t('breachDeadline.exitCodes'),
  ].join('\n')
}

class UsageError extends Error {}

type Json = Record<string, string | boolean>

/** Runs `pwb deadline breach` with the flags that follow it; returns 0, or 2 with a message naming the flag. */
export function runDeadlineBreach(
  args: string[],
  io: { out(s: string): void; err(s: string): void },
  text?: CliText,
): number {
  const t = text?.t ?? translator('en', 'cli')
  const lang = text?.language ?? 'en'
  const b = (key: string, params: Record<string, unknown> = {}) => t(`breachDeadline.${key}`, params)
  const instant = (flag: string, value: string | undefined, what: string): string => {
    if (value === undefined) throw new UsageError(b('required', { flag, what: b(what) }))
    if (!InstantSchema.safeParse(value).success) throw new UsageError(b('notInstant', { flag, value }))
    return value
  }
  try {
    const { values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        regime: { type: 'string' },
        aware: { type: 'string' },
        classified: { type: 'string' },
        'processor-aware': { type: 'string' },
        'small-agent': { type: 'boolean' },
        tz: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help) {
      io.out(deadlineBreachUsage(t))
      return 0
    }
    const regime = values.regime
    const regimes = BREACH_REGIMES.join(', ')
    if (regime === undefined) throw new UsageError(b('regimeRequired', { regimes }))
    if (!(BREACH_REGIMES as readonly string[]).includes(regime)) throw new UsageError(b('regimeUnknown', { regime, regimes }))
    const r = regime as CliRegime
    const tz = values.tz ?? 'UTC'
    if (!isIanaTimeZone(tz)) throw new UsageError(b('badZone', { tz }))
    const aware = instant('--aware', values.aware, 'whatAware')
    const only = (flag: string, given: unknown, allowed: CliRegime[]) => {
      if (given !== undefined && !allowed.includes(r))
        throw new UsageError(b('onlyFor', { flag, allowed: allowed.join(b('or')), regime: r }))
    }
    only('--classified', values.classified, ['dora'])
    only('--processor-aware', values['processor-aware'], ['gdpr', 'uk'])
    only('--small-agent', values['small-agent'], ['lgpd'])
    const classified =
      r === 'dora'
        ? instant('--classified', values.classified, 'whatClassified')
        : undefined
    const processorAware =
      values['processor-aware'] === undefined
        ? undefined
        : instant('--processor-aware', values['processor-aware'], 'whatProcessorAware')

    const { json, clocks } = compute(r, {
      aware,
      classified,
      processorAware,
      tz,
      smallAgent: values['small-agent'] === true,
    })
    const explanation = clocks.map((c) => c.explanation).join(' ')
    if (values.json) {
      io.out(JSON.stringify({ regime: r, tz, aware: utcSeconds(aware), ...json, explanation }, null, 2))
    } else {
      io.out(summary(r, tz, aware, clocks, t, breachRulesText(lang, tz)))
    }
    return 0
  } catch (e) {
    const message = (e as Error).message
    io.err(e instanceof UsageError ? message : b('failed', { message }))
    io.err(b('seeHelp'))
    return 2
  }
}

interface Inputs {
  aware: string
  classified?: string
  processorAware?: string
  tz: string
  smallAgent: boolean
}

function compute(r: CliRegime, i: Inputs): { json: Json; clocks: BreachClock[] } {
  const at = (key: string, c: BreachClock): Json => ({
    [key]: c.deadline,
    [`${key}Local`]: localIsoMinutes(c.deadline, i.tz),
  })
  switch (r) {
    case 'gdpr':
    case 'uk': {
      const g = gdprClocks({
        regime: r === 'uk' ? 'uk_gdpr' : 'gdpr',
        awareAt: i.aware,
        processorAwareAt: i.processorAware,
        tz: i.tz,
      })
      if (!g.fromProcessorAwareness) return { json: at('deadline', g.controller), clocks: [g.controller] }
      // `deadline` is the one to work to: the earlier of the two (REFERENCE.md §8 Q12).
      return {
        json: {
          ...at('deadline', g.effective),
          ...at('controllerDeadline', g.controller),
          ...at('processorAwareDeadline', g.fromProcessorAwareness),
        },
        clocks: [g.controller, g.fromProcessorAwareness],
      }
    }
    case 'eprivacy': {
      const e = eprivacyClocks({ detectedAt: i.aware, tz: i.tz })
      return {
        json: { ...at('deadline', e.initial), ...at('remainderDeadline', e.remainder) },
        clocks: [e.initial, e.remainder],
      }
    }
    case 'nis2': {
      const n = nis2Clocks({ awareAt: i.aware, tz: i.tz })
      return {
        json: {
          ...at('earlyWarning', n.earlyWarning),
          ...at('notification', n.notification),
          ...at('finalReport', n.finalReport),
        },
        clocks: [n.earlyWarning, n.notification, n.finalReport],
      }
    }
    case 'dora': {
      const d = doraClocks({ awareAt: i.aware, classifiedAt: i.classified, tz: i.tz })
      return {
        json: { ...at('initial', d.initial), ...at('intermediate', d.intermediate), ...at('final', d.final) },
        clocks: [d.initial, d.intermediate, d.final],
      }
    }
    case 'lgpd': {
      const l = lgpdClocks({ awareAt: i.aware, tz: i.tz, smallAgent: i.smallAgent })
      return { json: { deadlineDate: l.anpd.deadlineDate ?? '' }, clocks: [l.anpd, l.dataSubjects] }
    }
    case 'hipaa': {
      const h = hipaaClocks({ discoveredAt: i.aware, tz: i.tz })
      return { json: { deadlineDate: h[0].deadlineDate ?? '' }, clocks: h }
    }
    case 'fadp': {
      const f = fadpClock({ awareAt: i.aware, tz: i.tz })
      return { json: { ...at('deadline', f), isLegalPeriod: false }, clocks: [f] }
    }
  }
}

function summary(r: CliRegime, tz: string, aware: string, clocks: BreachClock[], t: TFunction, rules: BreachRulesText): string {
  const b = (key: string, params: Record<string, unknown> = {}) => t(`breachDeadline.${key}`, params)
  const labels = ['aware', 'dueBy', 'due', 'target', 'why'].map((k) => b(k))
  const width = Math.max(10, ...labels.map((l) => l.length))
  const row = (name: string, value: string) => `  ${name.padEnd(width)} ${value}`
  const lines = [
    tz === 'UTC' ? b('heading', { regime: r }) : b('headingZone', { regime: r, tz }),
    row(b('aware'), `${utcSeconds(aware)}  (${localIsoMinutes(aware, tz)})`),
    '',
  ]
  for (const c of clocks) {
    lines.push(rules.message(c.labelMessage))
    if (c.deadlineDate) lines.push(row(b('dueBy'), `${c.deadlineDate}  (${b('endOfDay', { tz })})`))
    else lines.push(row(b(c.isLegalPeriod ? 'due' : 'target'), `${c.deadline}  (${localIsoMinutes(c.deadline, tz)})`))
    if (!c.isLegalPeriod) lines.push(row('', b('targetNote')))
    lines.push(row(b('why'), rules.messages(c.explanationMessages)), '')
  }
  return lines.join('\n').trimEnd()
}
