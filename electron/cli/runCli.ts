import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ReportTypeSchema, type Channel, type ChannelOutput } from '../../shared/ipc/contract'
import { translator } from '../../shared/i18n/translate'
import { LANGUAGES } from '../../shared/reference/regimes'
import type { Clock } from '../core/clock'
import { createCore } from '../core/createCore'
import { HELP } from './commands'
import { runDeadline } from './deadlineCommand'
import { formatProfile } from './formatProfile'
import { runList } from './listCommand'
import { runRegisterCommand } from './registerCommands'
import { setField } from './setField'

export interface CliIo {
  out(s: string): void
  err(s: string): void
}

export interface CliEnv {
  resourcesDir: string
  clock: Clock
  version: string
  actor?: string
}

class UsageError extends Error {}

/** Reports about one case, which need --case. */
const PER_CASE_REPORTS = new Set(['dsar-case', 'dsar-letter', 'breach-case', 'breach-sa-draft', 'breach-subject-draft', 'tia'])

const t = translator('en')

/** Runs one `pwb` command; returns the exit code (0 ok, 1 verification failed, 2 error). */
export async function runCli(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  if (argv[0] === 'deadline') return runDeadline(argv.slice(1), io)
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      json: { type: 'boolean' },
      org: { type: 'string' },
      country: { type: 'string' },
      tz: { type: 'string' },
      lang: { type: 'string' },
      type: { type: 'string' },
      out: { type: 'string' },
      limit: { type: 'string' },
      set: { type: 'string', multiple: true },
      'from-json': { type: 'string' },
      case: { type: 'string' },
      in: { type: 'string' },
      'dry-run': { type: 'boolean' },
      sample: { type: 'string' },
    },
  })
  const [command, file] = positionals
  if (values.version) {
    io.out(env.version)
    return 0
  }
  if (values.help || !command || command === 'help') {
    io.out(HELP)
    return 0
  }

  const core = createCore({
    clock: env.clock,
    host: 'cli',
    actor: env.actor,
    resourcesDir: env.resourcesDir,
    defaultWorkspaceDir: join(homedir(), 'Documents', 'Privacy Workbench'),
    appVersion: env.version,
  })
  const call = async <C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>> => {
    const r = await core.invoke(channel, input)
    if (!r.ok) throw Object.assign(new Error(r.error.message), { api: r.error })
    return r.data as ChannelOutput<C>
  }
  const print = (data: unknown, text: string) => io.out(values.json ? JSON.stringify(data, null, 2) : text)
  const str = (k: keyof typeof values) => (typeof values[k] === 'string' ? (values[k] as string) : undefined)

  try {
    if (!file) throw new UsageError(`"pwb ${command}" needs a workspace FILE. See pwb --help.`)
    const path = resolve(file)
    switch (command) {
      case 'init': {
        const missing = (['org', 'country', 'tz'] as const).filter((k) => !str(k))
        if (missing.length) throw new UsageError(`pwb init needs ${missing.map((m) => `--${m}`).join(', ')}. See pwb --help.`)
        const info = await call('workspace.create', {
          path,
          legalName: str('org'),
          country: str('country'),
          timeZone: str('tz'),
          language: str('lang') ?? 'en',
        })
        print(info, `Created ${info.path} for ${info.organisationName} (workspace ${info.id}).`)
        return 0
      }
      case 'demo': {
        const sample = str('sample')
        const info = await call('workspace.createDemo', { path, ...(sample ? { sample } : {}) })
        print(info, `Created the demo workspace ${info.path} (${info.organisationName}).\nTry: pwb report ${file} --type summary --out summary.pdf`)
        return 0
      }
      case 'profile': {
        await call('workspace.open', { path })
        let profile = await call('profile.get', {})
        const fromJson = str('from-json')
        const sets = (values.set as string[] | undefined) ?? []
        if (fromJson || sets.length) {
          let next: Record<string, unknown> = fromJson ? JSON.parse(readFileSync(fromJson, 'utf8')) : { ...profile }
          for (const s of sets) next = setField(next, s)
          profile = await call('profile.save', next)
        }
        print(profile, formatProfile(profile))
        return 0
      }
      case 'audit': {
        await call('workspace.open', { path })
        const limit = Number(str('limit') ?? 1000)
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a whole number of at least 1.')
        const { rows, total } = await call('audit.list', { limit })
        print(
          { rows, total },
          [`${total} entries (newest first):`, ...rows.map((r) => `#${r.id}  ${r.at}  ${r.actor}  ${r.action} ${r.entity}/${r.entityId}  ${r.hash.slice(0, 12)}${r.payload === null ? '  [redacted]' : ''}`)].join('\n'),
        )
        return 0
      }
      case 'verify': {
        await call('workspace.open', { path })
        const v = await call('audit.verify', {})
        const text = v.ok
          ? t('audit.ok', { rows: v.rows, integrity: v.integrity })
          : v.brokenRowId !== undefined
            ? t('audit.broken', { id: v.brokenRowId, problem: v.problem })
            : (v.problem ?? 'verification failed')
        if (v.ok) print(v, `${text}\nHead hash: ${v.headHash ?? '(empty log)'}`)
        else if (values.json) io.out(JSON.stringify(v, null, 2))
        else io.err(text)
        return v.ok ? 0 : 1
      }
      case 'report': {
        const type = str('type') ?? 'summary'
        const types = ReportTypeSchema.options as readonly string[]
        if (!types.includes(type)) throw new UsageError(`Unknown report type "${type}". Available: ${types.join(', ')}.`)
        const out = str('out')
        if (!out) throw new UsageError('pwb report needs --out OUT.pdf.')
        const lang = str('lang')
        if (lang && !(LANGUAGES as readonly string[]).includes(lang))
          throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')} (got "${lang}").`)
        const caseId = str('case')
        if (PER_CASE_REPORTS.has(type) && !caseId)
          throw new UsageError(`pwb report --type ${type} needs --case ID (pwb list FILE --type ${type.split('-')[0]} shows the ids).`)
        await call('workspace.open', { path })
        const res = await call('report.create', { type, out: resolve(out), ...(lang ? { lang } : {}), ...(caseId ? { caseId } : {}) })
        print(res, `Wrote ${res.path} (${res.bytes} bytes).`)
        return 0
      }
      case 'import':
      case 'export':
        return await runRegisterCommand(command, {
          path,
          call,
          option: (k) => str(k),
          flag: (k) => values[k] === true,
          out: io.out,
          err: io.err,
        })
      case 'list':
        return await runList({ path, type: str('type'), json: values.json === true, call, out: io.out })
      default:
        throw new UsageError(`Unknown command "${command}". See pwb --help.`)
    }
  } catch (e) {
    io.err(e instanceof UsageError ? e.message : (e as Error).message)
    return 2
  } finally {
    await core.dispose()
  }
}
