// `pwb deadline breach`: the breach-notification calculator (issue 6 item 10). No workspace, no clock:
// it only computes deadlines from the instants given, through the rules in shared/rules/breach.
import { parseArgs } from 'node:util'
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

export const BREACH_REGIMES = ['gdpr', 'uk', 'nis2', 'dora', 'eprivacy', 'lgpd', 'hipaa', 'fadp'] as const
type CliRegime = (typeof BREACH_REGIMES)[number]

export const DEADLINE_BREACH_USAGE = `Usage: pwb deadline breach --regime ${BREACH_REGIMES.join('|')} --aware ISO_INSTANT
         [--classified ISO_INSTANT] [--processor-aware ISO_INSTANT] [--small-agent] [--tz ZONE] [--json]

  --regime           the notification regime (uk = UK GDPR)
  --aware            when you became aware (HIPAA: discovery; ePrivacy: detection), e.g. 2026-03-27T11:00:00Z
  --classified       dora only, required: when the incident was classified as major
  --processor-aware  gdpr/uk only: when your processor became aware (shows the safer, earlier deadline)
  --small-agent      lgpd only: small-scale processing agent (periods doubled)
  --tz               IANA zone for local times and dates (default UTC), e.g. Europe/Rome
  --json             print one JSON object

Instants are printed in UTC as YYYY-MM-DDTHH:MM:SSZ, local times as YYYY-MM-DDTHH:MM+HH:MM, dates as YYYY-MM-DD.
Exit codes: 0 ok, 2 bad usage (message on stderr).`

class UsageError extends Error {}

type Json = Record<string, string | boolean>

/** Runs `pwb deadline breach` with the flags that follow it; returns 0, or 2 with a message naming the flag. */
export function runDeadlineBreach(
  args: string[],
  io: { out(s: string): void; err(s: string): void },
): number {
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
      io.out(DEADLINE_BREACH_USAGE)
      return 0
    }
    const regime = values.regime
    if (regime === undefined)
      throw new UsageError(`--regime is required: one of ${BREACH_REGIMES.join(', ')}.`)
    if (!(BREACH_REGIMES as readonly string[]).includes(regime)) {
      throw new UsageError(`--regime "${regime}" is not known: use one of ${BREACH_REGIMES.join(', ')}.`)
    }
    const r = regime as CliRegime
    const tz = values.tz ?? 'UTC'
    if (!isIanaTimeZone(tz))
      throw new UsageError(`--tz "${tz}" is not an IANA time zone: use a name such as Europe/Rome or UTC.`)
    const aware = instant('--aware', values.aware, 'when you became aware of the breach')
    const only = (flag: string, given: unknown, allowed: CliRegime[]) => {
      if (given !== undefined && !allowed.includes(r)) {
        throw new UsageError(`${flag} applies only to --regime ${allowed.join(' or ')}, not ${r}.`)
      }
    }
    only('--classified', values.classified, ['dora'])
    only('--processor-aware', values['processor-aware'], ['gdpr', 'uk'])
    only('--small-agent', values['small-agent'], ['lgpd'])
    const classified =
      r === 'dora'
        ? instant(
            '--classified',
            values.classified,
            'for --regime dora, when the incident was classified as major',
          )
        : undefined
    const processorAware =
      values['processor-aware'] === undefined
        ? undefined
        : instant('--processor-aware', values['processor-aware'], 'when your processor became aware')

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
      io.out(summary(r, tz, aware, clocks))
    }
    return 0
  } catch (e) {
    const msg = (e as Error).message
    io.err(e instanceof UsageError ? msg : `pwb deadline breach: ${msg}`)
    io.err('See pwb deadline breach --help.')
    return 2
  }
}

function instant(flag: string, value: string | undefined, what: string): string {
  if (value === undefined) throw new UsageError(`${flag} is required: ${what}, e.g. 2026-03-27T11:00:00Z.`)
  if (!InstantSchema.safeParse(value).success) {
    throw new UsageError(
      `${flag} "${value}" is not an instant: write it in UTC like 2026-03-27T11:00:00Z, or with an offset like 2026-03-27T12:00:00+01:00.`,
    )
  }
  return value
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

function summary(r: CliRegime, tz: string, aware: string, clocks: BreachClock[]): string {
  const row = (name: string, value: string) => `  ${name.padEnd(10)} ${value}`
  const lines = [
    `Breach notification deadlines (${r}); times in UTC${tz === 'UTC' ? '' : ` and ${tz}`}`,
    row('aware', `${utcSeconds(aware)}  (${localIsoMinutes(aware, tz)})`),
    '',
  ]
  for (const c of clocks) {
    lines.push(c.label)
    if (c.deadlineDate) lines.push(row('due by', `${c.deadlineDate}  (end of the day in ${tz})`))
    else
      lines.push(
        row(c.isLegalPeriod ? 'due' : 'target', `${c.deadline}  (${localIsoMinutes(c.deadline, tz)})`),
      )
    if (!c.isLegalPeriod) lines.push(row('', 'a target you can change, not a period set by law'))
    lines.push(row('why', c.explanation), '')
  }
  return lines.join('\n').trimEnd()
}
