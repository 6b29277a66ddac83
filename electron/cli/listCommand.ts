import type { CliText } from './cliText'
import { lister, listTypes, type ListContext } from './listRegistry'
// Each module's list types register themselves when imported here (one line per module).
import './transfersCommands'
import './caseListers'
import './registerListers'

/** `pwb list FILE --type T [--json]`: opens the workspace and prints the items of type T. */
export async function runList(args: {
  type: string | undefined
  json: boolean
  call: ListContext['call']
  /** Opens the workspace (pwb then speaks its language). */
  open(): Promise<void>
  text: CliText
  out(s: string): void
}): Promise<number> {
  const { t } = args.text
  const types = listTypes().join(', ')
  if (!args.type) throw new Error(t('usage.listNeedsType', { types }))
  const list = lister(args.type)
  if (!list) throw new Error(t('usage.unknownListType', { type: args.type, types }))
  await args.open()
  const { data, lines } = await list({ call: args.call, t })
  args.out(args.json ? JSON.stringify(data, null, 2) : lines.join('\n'))
  return 0
}
