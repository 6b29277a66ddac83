// `pwb deadline dsar …` (issue 5 item 7): the DSAR deadline calculator over shared/rules/dsar. Needs no
// workspace. Exit codes: 0 ok, 2 usage or validation error (the message names the flag).
import { parseArgs } from 'node:util'
import { catalogueOf } from '../../shared/i18n/catalogueOf'
import { localeFor } from '../../shared/format/dateTime'
import {
  checkDsarInput,
  computeDsarDeadline,
  DSAR_REGIMES,
  DSAR_REQUEST_TYPES,
  fillTemplate,
  renderDsarMessage,
  type DsarDeadline,
  type DsarMessage,
} from '../../shared/rules/dsar'
import type { CliText } from './cliText'

export interface DeadlineDsarIo {
  out(s: string): void
  err(s: string): void
}

const OPTIONS = {
  regime: { type: 'string' },
  received: { type: 'string' },
  country: { type: 'string' },
  type: { type: 'string' },
  'id-received': { type: 'string' },
  'fee-received': { type: 'string' },
  pause: { type: 'string', multiple: true },
  'extended-to': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

/** Input field (shared/rules/dsar) -> the flag that sets it, so an error names what the user typed. */
const FLAG_OF: Record<string, string> = {
  regime: '--regime',
  received: '--received',
  requestType: '--type',
  country: '--country',
  idReceived: '--id-received',
  feeReceived: '--fee-received',
  pauses: '--pause',
  extendedTo: '--extended-to',
}

const PAUSE_RE = /^([^.]+)\.\.([^.]+)$/

/** The `dsar` namespace's texts in the CLI's language, and a sentence of it with its parameters. */
function dsarTexts(lang: string) {
  const catalogue = catalogueOf(lang, 'dsar')
  const locale = localeFor(lang)
  return {
    cli: catalogue.cli,
    types: catalogue.types,
    validation: catalogue.validation,
    line: (key: string, params: DsarMessage['params'] = {}) => renderDsarMessage({ key, params }, catalogue, locale),
  }
}

const parse = (args: string[]) => parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true })

export function runDeadlineDsar(args: string[], io: DeadlineDsarIo, text?: CliText): number {
  const lang = text?.language ?? 'en'
  const texts = dsarTexts(lang)
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(args)
  } catch (e) {
    io.err(fillTemplate(texts.cli.badArgs, { message: (e as Error).message }))
    return 2
  }
  const { values, positionals } = parsed
  // Tolerate the command words themselves, whether or not the caller stripped them.
  const stray = positionals.filter((p, i) => !(p === 'deadline' && i === 0) && p !== 'dsar')
  if (stray.length) {
    io.err(fillTemplate(texts.cli.unexpected, { value: stray[0] }))
    return 2
  }
  if (values.help) {
    io.out(fillTemplate(texts.cli.usage, { types: DSAR_REQUEST_TYPES.join(', ') }))
    return 0
  }
  if (!values.regime) return usageError(io, texts.cli.missing, { flag: '--regime', hint: DSAR_REGIMES.join('|') })
  if (!values.received) return usageError(io, texts.cli.missing, { flag: '--received', hint: 'YYYY-MM-DD' })

  const rawPauses = values.pause ?? []
  const pauses = []
  for (const p of rawPauses) {
    const m = PAUSE_RE.exec(p.trim())
    if (!m) return usageError(io, texts.cli.badPause, { flag: '--pause', value: p })
    pauses.push({ requestedAt: m[1], receivedAt: m[2] })
  }
  const given: Record<string, string | undefined> = {
    regime: values.regime,
    received: values.received,
    requestType: values.type,
    country: values.country,
    idReceived: values['id-received'],
    feeReceived: values['fee-received'],
    extendedTo: values['extended-to'],
  }
  const checked = checkDsarInput({
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
    pauses: pauses.length ? pauses : undefined,
  })
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const [field, index] = issue.field.split('.')
      const value = field === 'pauses' ? (rawPauses[Number(index)] ?? '') : (given[field] ?? '')
      // The rule's own words in the CLI's language (the English message when it has no catalogue key).
      const message = issue.key ? fillTemplate(texts.validation[issue.key], issue.params ?? {}) : issue.message
      io.err(fillTemplate(texts.cli.badValue, { flag: FLAG_OF[field] ?? field, value, message }))
    }
    return 2
  }

  const result = computeDsarDeadline(checked.input)
  if (values.json) {
    // `explanation` as one string (the rule in words); the sentences and their i18n keys stay beside it.
    io.out(JSON.stringify({ ...result, explanation: result.explanation.join(' '), explanationLines: result.explanation }, null, 2))
  } else io.out(summary(result, lang))
  return 0
}

function usageError(io: DeadlineDsarIo, template: string, params: Record<string, string>): number {
  io.err(fillTemplate(template, params))
  return 2
}

function dueLine(r: DsarDeadline, line: ReturnType<typeof dsarTexts>['line']): string {
  if (r.calendar === 'none' || (r.regime === 'ccpa' && r.acknowledgeBy)) return line('cli.dueNoRoll', { date: r.due })
  if (r.regime === 'ccpa') return line('cli.dueBusinessDays', { date: r.due })
  if (r.rolledOver.length) return line('cli.dueRolled', { date: r.due, end: r.rolledOver[0].date, skipped: r.rolledOver })
  return line('cli.dueSame', { date: r.due })
}

/** A readable summary in `lang`: the dates first, then why, then the readings chosen. */
export function summary(r: DsarDeadline, lang = 'en'): string {
  const { line, types, cli } = dsarTexts(lang)
  const out = [
    line('cli.heading', { regime: r.regime, type: types[r.requestType] }),
    line('cli.received', { date: r.received }),
  ]
  if (r.clockStart !== r.received) out.push(line('cli.clockStart', { date: r.clockStart }))
  out.push(line('cli.target', { date: r.target }), dueLine(r, line))
  if (r.unpausedTarget && r.unpausedDue) out.push(line('cli.unpaused', { target: r.unpausedTarget, due: r.unpausedDue }))
  if (r.acknowledgeBy) out.push(line('cli.acknowledgeBy', { date: r.acknowledgeBy }))
  if (r.extensionNoticeBy) out.push(line('cli.extensionNoticeBy', { date: r.extensionNoticeBy }))
  if (r.extendedDue) out.push(line('cli.extendedDue', { date: r.extendedDue }))
  if (r.refusalNoticeBy) out.push(line('cli.refusalNoticeBy', { date: r.refusalNoticeBy }))
  out.push(line('cli.calendar', { calendar: r.calendar }), '', line('cli.why'), ...r.messages.map((m) => `  - ${line(m.key, m.params)}`))
  if (r.readings.length) {
    out.push('', line('cli.readings'))
    for (const x of r.readings) {
      const part = (p: 'question' | 'chosen' | 'alternative' | 'why') => line(`readings.${x.id}.${p}`, x.params)
      out.push(`  - ${fillTemplate(cli.reading, { question: part('question'), chosen: part('chosen'), alternative: part('alternative'), why: part('why') })}`)
    }
  }
  return out.join('\n')
}
