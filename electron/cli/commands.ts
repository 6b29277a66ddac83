import type { TFunction } from 'i18next'
import { DSAR_REGIMES } from '../../shared/rules/dsar'
import { LANGUAGES } from '../../shared/reference/regimes'
import { BREACH_REGIMES } from './deadlineBreach'

// The `pwb` commands and their help text, kept apart from the runner so the help is the single list. The
// syntax lines are what a user types (never translated); each description comes from the `cli` catalogue.

// Lists a user picks from come from where they are defined, so the help cannot fall behind them.
const LANG = LANGUAGES.join('|')
const COMMANDS: [syntax: string, description: string][] = [
  [`pwb init FILE --org NAME --country CC --tz ZONE [--lang ${LANG}]`, 'init'],
  ['pwb profile FILE [--json] [--set FIELD=VALUE ...] [--from-json PROFILE.json]', 'profile'],
  ['pwb audit FILE [--json] [--limit N]', 'audit'],
  ['pwb verify FILE [--json]', 'verify'],
  [`pwb report FILE --type TYPE|all --out OUT.pdf|FOLDER [--case ID] [--lang ${LANG}]`, 'report'],
  ['pwb list FILE --type activities|vendors|findings|dsar|breach|tia [--json]', 'list'],
  [`pwb demo FILE [--sample vimage|virtual-contact] [--lang ${LANG}]`, 'demo'],
  ['pwb import FILE --type activities|vendors --in IN.xlsx|IN.csv [--dry-run]', 'import'],
  ['pwb export FILE --type activities|vendors --out OUT.xlsx|OUT.csv [--template]', 'export'],
  [`pwb deadline dsar --regime ${DSAR_REGIMES.join('|')} --received YYYY-MM-DD [--country CC] [--type T] [--json]`, 'deadlineDsar'],
  [`pwb deadline breach --regime ${BREACH_REGIMES.join('|')} --aware ISO [--tz ZONE] [--json]`, 'deadlineBreach'],
  ['pwb --help | --version', ''],
]

const INDENT = 27
const WIDTH = 100

/** Words of `text` in lines of at most WIDTH columns, each indented by `indent` spaces. */
function wrapText(text: string, indent: number, width = WIDTH): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(' '.repeat(indent) + line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(' '.repeat(indent) + line)
  return lines
}

/** `pwb --help` in the language of `t` (the `cli` namespace). */
export function helpText(t: TFunction): string {
  const lines = [t('help.title'), '', t('help.usage')]
  for (const [syntax, key] of COMMANDS) {
    lines.push(`  ${syntax}`)
    if (key) lines.push(...wrapText(t(`help.${key}`), INDENT))
  }
  lines.push('', ...wrapText(t('help.exitCodes'), 0), ...wrapText(t('help.fields'), 0), ...wrapText(t('help.language'), 0))
  return lines.join('\n')
}
