import { lister, listTypes, type ListContext } from './listRegistry'
// Each module's list types register themselves when imported here (one line per module).
import './transfersCommands'
import './caseListers'
import './registerListers'

/** `pwb list FILE --type T [--json]`: opens the workspace and prints the items of type T. */
export async function runList(args: {
  path: string
  type: string | undefined
  json: boolean
  call: ListContext['call']
  out(s: string): void
}): Promise<number> {
  const types = listTypes()
  if (!args.type) throw new Error(`pwb list needs --type (${types.join(', ')}). See pwb --help.`)
  const list = lister(args.type)
  if (!list) throw new Error(`Unknown list type "${args.type}". Available: ${types.join(', ')}.`)
  await args.call('workspace.open', { path: args.path })
  const { data, lines } = await list({ call: args.call })
  args.out(args.json ? JSON.stringify(data, null, 2) : lines.join('\n'))
  return 0
}
