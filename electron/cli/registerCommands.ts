import { resolve } from 'node:path'
import type { Channel, ChannelOutput } from '../../shared/ipc/contract'
import type { ExportResult, ImportResult } from '../../shared/domain/register/importExport'
import { REGISTER_FILE_TYPES } from '../../shared/domain/register/importExport'
import type { CliText } from './cliText'

// `pwb import` and `pwb export`: the register as XLSX or CSV (docs/register-import-format.md).

export interface RegisterCliContext {
  path: string
  call<C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>>
  /** Opens the workspace (pwb then speaks its language). */
  open(): Promise<void>
  text: CliText
  option(name: 'type' | 'in' | 'out'): string | undefined
  flag(name: 'dry-run' | 'json' | 'template'): boolean
  out(s: string): void
  err(s: string): void
}

class RegisterUsageError extends Error {}

function fileType(ctx: RegisterCliContext, command: string): 'activities' | 'vendors' {
  const type = ctx.option('type')
  const types = REGISTER_FILE_TYPES.join('|')
  if (!type) throw new RegisterUsageError(ctx.text.t('usage.needsFileType', { command, types }))
  if (!(REGISTER_FILE_TYPES as readonly string[]).includes(type))
    throw new RegisterUsageError(ctx.text.t('usage.badFileType', { command, types, type }))
  return type as 'activities' | 'vendors'
}

/** The import's outcome for a terminal, in the language of `text`. */
export function formatImport(r: ImportResult, file: string, text: CliText): string {
  const { t } = text
  const at = (e: ImportResult['errors'][number]) =>
    `  ${t(e.column ? 'import.problemAt' : 'import.problem', { sheet: e.sheet, row: e.row, column: e.column, message: e.message })}`
  // Cells read as written that may not be what was meant: said after the outcome, never blocking.
  const notes = r.notes.length > 0 ? [t('import.notes', { count: r.notes.length }), ...r.notes.map(at)] : []
  if (r.errors.length > 0) return [t('import.rejected', { file, count: r.errors.length }), ...r.errors.map(at), ...notes].join('\n')
  const counts = (label: string, c: ImportResult['activities']) => `  ${t('import.counts', { label: t(label), ...c })}`
  return [
    r.dryRun ? t('import.dryRun', { file }) : t('import.imported', { file }),
    counts('import.activities', r.activities),
    counts('import.vendors', r.vendors),
    counts('import.systems', r.systems),
    ...notes,
  ].join('\n')
}

/** Runs `pwb import` / `pwb export`; returns the exit code (0 ok, 2 errors). */
export async function runRegisterCommand(command: 'import' | 'export', ctx: RegisterCliContext): Promise<number> {
  const { t } = ctx.text
  try {
    const type = fileType(ctx, command)
    if (command === 'import') {
      const input = ctx.option('in')
      if (!input) throw new RegisterUsageError(t('usage.importNeedsIn'))
      await ctx.open()
      const r = (await ctx.call('register.import', { path: resolve(input), type, dryRun: ctx.flag('dry-run') })) as ImportResult
      const text = formatImport(r, input, ctx.text)
      if (ctx.flag('json')) ctx.out(JSON.stringify(r, null, 2))
      else if (r.errors.length > 0) ctx.err(text)
      else ctx.out(text)
      return r.errors.length > 0 ? 2 : 0
    }
    const out = ctx.option('out')
    if (!out) throw new RegisterUsageError(t('usage.exportNeedsOut'))
    await ctx.open()
    const template = ctx.flag('template')
    const r = (await ctx.call('register.export', { path: resolve(out), type, template })) as ExportResult
    ctx.out(
      ctx.flag('json')
        ? JSON.stringify(r, null, 2)
        : template
          ? t('done.template', { files: r.files.join(', ') })
          : t('done.exported', { files: r.files.join(', '), count: r.activities, vendors: r.vendors }),
    )
    return 0
  } catch (e) {
    ctx.err((e as Error).message)
    return 2
  }
}
