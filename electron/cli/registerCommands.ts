import { resolve } from 'node:path'
import type { Channel, ChannelOutput } from '../../shared/ipc/contract'
import type { ExportResult, ImportResult } from '../../shared/domain/register/importExport'
import { REGISTER_FILE_TYPES } from '../../shared/domain/register/importExport'

// `pwb import` and `pwb export`: the register as XLSX or CSV (docs/register-import-format.md).

export interface RegisterCliContext {
  path: string
  call<C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>>
  option(name: 'type' | 'in' | 'out'): string | undefined
  flag(name: 'dry-run' | 'json'): boolean
  out(s: string): void
  err(s: string): void
}

class RegisterUsageError extends Error {}

function fileType(ctx: RegisterCliContext, command: string): 'activities' | 'vendors' {
  const type = ctx.option('type')
  if (!type || !(REGISTER_FILE_TYPES as readonly string[]).includes(type))
    throw new RegisterUsageError(`pwb ${command} needs --type ${REGISTER_FILE_TYPES.join('|')}${type ? ` (got "${type}")` : ''}.`)
  return type as 'activities' | 'vendors'
}

const counts = (label: string, c: ImportResult['activities']) =>
  `${label}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`

export function formatImport(r: ImportResult, file: string): string {
  if (r.errors.length > 0)
    return [
      `Nothing was imported from ${file}: ${r.errors.length} problem(s). Fix them and import again.`,
      ...r.errors.map((e) => `  ${e.sheet}, row ${e.row}${e.column ? `, column ${e.column}` : ''}: ${e.message}`),
    ].join('\n')
  return [
    r.dryRun ? `Dry run of ${file}: every row is valid. Nothing was written; this is what an import would do:` : `Imported ${file}:`,
    `  ${counts('Activities', r.activities)}`,
    `  ${counts('Vendors', r.vendors)}`,
    `  ${counts('Systems', r.systems)}`,
  ].join('\n')
}

/** Runs `pwb import` / `pwb export`; returns the exit code (0 ok, 2 errors). */
export async function runRegisterCommand(command: 'import' | 'export', ctx: RegisterCliContext): Promise<number> {
  try {
    const type = fileType(ctx, command)
    await ctx.call('workspace.open', { path: ctx.path })
    if (command === 'import') {
      const input = ctx.option('in')
      if (!input) throw new RegisterUsageError('pwb import needs --in FILE.xlsx or FILE.csv.')
      const r = (await ctx.call('register.import', { path: resolve(input), type, dryRun: ctx.flag('dry-run') })) as ImportResult
      const text = formatImport(r, input)
      if (ctx.flag('json')) ctx.out(JSON.stringify(r, null, 2))
      else if (r.errors.length > 0) ctx.err(text)
      else ctx.out(text)
      return r.errors.length > 0 ? 2 : 0
    }
    const out = ctx.option('out')
    if (!out) throw new RegisterUsageError('pwb export needs --out FILE.xlsx or FILE.csv.')
    const r = (await ctx.call('register.export', { path: resolve(out), type })) as ExportResult
    ctx.out(ctx.flag('json') ? JSON.stringify(r, null, 2) : `Wrote ${r.files.join(', ')} (${r.activities} activities, ${r.vendors} vendors).`)
    return 0
  } catch (e) {
    ctx.err((e as Error).message)
    return 2
  }
}
