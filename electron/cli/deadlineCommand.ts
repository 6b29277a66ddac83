import type { CliIo } from './runCli'
import { runDeadlineBreach } from './deadlineBreach'
import { runDeadlineDsar } from './deadlineDsar'

const KINDS: Record<string, (args: string[], io: CliIo) => number> = {
  dsar: runDeadlineDsar,
  breach: runDeadlineBreach,
}

/** `pwb deadline <kind> …`: the legal-clock calculators; no workspace needed. */
export function runDeadline(argv: string[], io: CliIo): number {
  const [kind, ...rest] = argv
  const run = kind ? KINDS[kind] : undefined
  if (!run) {
    io.err(`pwb deadline needs one of: ${Object.keys(KINDS).join(', ')} (e.g. pwb deadline breach --help).`)
    return 2
  }
  return run(rest, io)
}
