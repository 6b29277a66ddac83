import type { CliText } from './cliText'
import type { CliIo } from './runCli'
import { runDeadlineBreach } from './deadlineBreach'
import { runDeadlineDsar } from './deadlineDsar'

const KINDS: Record<string, (args: string[], io: CliIo, text: CliText) => number> = {
  dsar: runDeadlineDsar,
  breach: runDeadlineBreach,
}

/** `pwb deadline <kind> …`: the legal-clock calculators; no workspace needed (pwb speaks the system's language). */
export function runDeadline(argv: string[], io: CliIo, text: CliText): number {
  const [kind, ...rest] = argv
  const run = kind ? KINDS[kind] : undefined
  if (!run) {
    io.err(text.t('usage.deadlineKind', { kinds: Object.keys(KINDS).join(', ') }))
    return 2
  }
  return run(rest, io, text)
}
