import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ReportTypeSchema, WORKSPACE_REPORTS, type Channel, type ChannelOutput } from '../../shared/ipc/contract'
import { translator } from '../../shared/i18n/translate'
import { LANGUAGES, type Language } from '../../shared/reference/regimes'
import type { Clock } from '../core/clock'
import { createCore } from '../core/createCore'
import { CliText } from './cliText'
import { helpText } from './commands'
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
  /** The language before a workspace is open (cliLanguage(process.env) for the real `pwb`); English if absent. */
  language?: Language
  /** The import worker built beside the program (out/cli/importWorker.js); absent when run from sources. */
  importWorker?: string
}

class UsageError extends Error {}

/** Reports about one case, which need --case. */
const PER_CASE_REPORTS = new Set(['dsar-case', 'dsar-letter', 'breach-case', 'breach-sa-draft', 'breach-subject-draft', 'tia'])

/** Runs one `pwb` command; returns the exit code (0 ok, 1 verification failed, 2 error). */
export async function runCli(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const text = new CliText(env.language ?? 'en')
  const t = text.t
  if (argv[0] === 'deadline') return runDeadline(argv.slice(1), io, text)
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
      template: { type: 'boolean' },
      sample: { type: 'string' },
    },
  })
  const [command, file] = positionals
  if (values.version) {
    io.out(env.version)
    return 0
  }
  if (values.help || !command || command === 'help') {
    io.out(helpText(t))
    return 0
  }

  const core = createCore({
    clock: env.clock,
    host: 'cli',
    actor: env.actor,
    resourcesDir: env.resourcesDir,
    defaultWorkspaceDir: join(homedir(), 'Documents', 'Privacy Workbench'),
    appVersion: env.version,
    language: text.language,
    importWorker: env.importWorker,
  })
  const call = async <C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>> => {
    const r = await core.invoke(channel, input)
    if (!r.ok) throw Object.assign(new Error(r.error.message), { api: r.error })
    return r.data as ChannelOutput<C>
  }
  const print = (data: unknown, line: string) => io.out(values.json ? JSON.stringify(data, null, 2) : line)
  const str = (k: keyof typeof values) => (typeof values[k] === 'string' ? (values[k] as string) : undefined)
  /** --lang of the commands that write in a chosen language (demo, report); a usage error names a bad one. */
  const langOption = (): Language | undefined => {
    const lang = str('lang')
    if (lang && !(LANGUAGES as readonly string[]).includes(lang))
      throw new UsageError(t('usage.badLang', { languages: LANGUAGES.join(', '), lang }))
    return lang as Language | undefined
  }
  /** From now on pwb speaks the language of the workspace the core has open. */
  const speakWorkspaceLanguage = async () => text.use((await call('profile.get', {})).language)
  /** Opens the workspace and speaks its language. What the core noticed on opening goes to stderr. */
  const open = async (workspacePath: string): Promise<void> => {
    const info = await call('workspace.open', { path: workspacePath })
    await speakWorkspaceLanguage()
    for (const w of info.warnings) io.err(w)
  }

  try {
    if (!file) throw new UsageError(t('usage.needFile', { command }))
    const path = resolve(file)
    switch (command) {
      case 'init': {
        const missing = (['org', 'country', 'tz'] as const).filter((k) => !str(k))
        if (missing.length) throw new UsageError(t('usage.initNeeds', { flags: missing.map((m) => `--${m}`).join(', ') }))
        const info = await call('workspace.create', {
          path,
          legalName: str('org'),
          country: str('country'),
          timeZone: str('tz'),
          language: str('lang') ?? 'en',
        })
        await speakWorkspaceLanguage()
        print(info, t('done.created', { path: info.path, org: info.organisationName, id: info.id }))
        return 0
      }
      case 'demo': {
        const sample = str('sample')
        const language = langOption()
        const info = await call('workspace.createDemo', { path, ...(sample ? { sample } : {}), ...(language ? { language } : {}) })
        await speakWorkspaceLanguage()
        print(info, [t('done.demo', { path: info.path, org: info.organisationName }), t('done.demoTry', { file })].join('\n'))
        return 0
      }
      case 'profile': {
        await open(path)
        let profile = await call('profile.get', {})
        const fromJson = str('from-json')
        const sets = (values.set as string[] | undefined) ?? []
        if (fromJson || sets.length) {
          let next: Record<string, unknown> = fromJson ? JSON.parse(readFileSync(fromJson, 'utf8')) : { ...profile }
          for (const s of sets) next = setField(next, s)
          profile = await call('profile.save', next)
        }
        text.use(profile.language)
        print(profile, formatProfile(profile, text.t))
        return 0
      }
      case 'audit': {
        const limit = Number(str('limit') ?? 1000)
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError(t('usage.limit'))
        await open(path)
        const { rows, total } = await call('audit.list', { limit })
        print(
          { rows, total },
          [
            t('audit.heading', { count: total }),
            ...rows.map(
              (r) =>
                `#${r.id}  ${r.at}  ${r.actor}  ${r.action} ${r.entity}/${r.entityId}  ${r.hash.slice(0, 12)}${r.payload === null ? `  ${t('audit.redacted')}` : ''}`,
            ),
          ].join('\n'),
        )
        return 0
      }
      case 'verify': {
        await open(path)
        const v = await call('audit.verify', {})
        const common = translator(text.language)
        const verdict = v.ok
          ? common('audit.ok', { rows: v.rows, integrity: v.integrity })
          : v.brokenRowId !== undefined
            ? common('audit.broken', { id: v.brokenRowId, problem: v.problem })
            : (v.problem ?? t('audit.failed'))
        if (v.ok) print(v, `${verdict}\n${t('audit.headHash', { hash: v.headHash ?? t('audit.emptyLog') })}`)
        else if (values.json) io.out(JSON.stringify(v, null, 2))
        else io.err(verdict)
        return v.ok ? 0 : 1
      }
      case 'report': {
        const type = str('type') ?? 'summary'
        const types = ReportTypeSchema.options as readonly string[]
        if (type !== 'all' && !types.includes(type))
          throw new UsageError(t('usage.unknownReportType', { type, types: [...types, 'all'].join(', ') }))
        const out = str('out')
        if (!out) throw new UsageError(t('usage.reportNeedsOut'))
        const lang = langOption()
        if (type === 'all') {
          // The registers a consultant hands over together, into one folder under their usual names.
          if (/\.pdf$/i.test(out)) throw new UsageError(t('usage.reportAllNeedsFolder', { out }))
          await open(path)
          const written = []
          for (const each of WORKSPACE_REPORTS)
            written.push({ type: each, ...(await call('report.create', { type: each, outDir: resolve(out), ...(lang ? { lang } : {}) })) })
          print(written, written.map((w) => t('done.wrote', { path: w.path, bytes: w.bytes })).join('\n'))
          return 0
        }
        const caseId = str('case')
        if (PER_CASE_REPORTS.has(type) && !caseId)
          throw new UsageError(t('usage.needsCase', { type, list: type.split('-')[0] }))
        await open(path)
        const res = await call('report.create', { type, out: resolve(out), ...(lang ? { lang } : {}), ...(caseId ? { caseId } : {}) })
        print(res, t('done.wrote', { path: res.path, bytes: res.bytes }))
        return 0
      }
      case 'import':
      case 'export':
        return await runRegisterCommand(command, {
          path,
          call,
          open: () => open(path),
          text,
          option: (k) => str(k),
          flag: (k) => values[k] === true,
          out: io.out,
          err: io.err,
        })
      case 'list':
        return await runList({ type: str('type'), json: values.json === true, call, open: () => open(path), text, out: io.out })
      default:
        throw new UsageError(t('usage.unknownCommand', { command }))
    }
  } catch (e) {
    io.err(e instanceof UsageError ? e.message : (e as Error).message)
    return 2
  } finally {
    await core.dispose()
  }
}
