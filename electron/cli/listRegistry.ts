import type { TFunction } from 'i18next'
import type { Channel, ChannelOutput } from '../../shared/ipc/contract'

// `pwb list FILE --type T`: each module registers the types it can list (transfersCommands.ts: 'tia').

export interface ListContext {
  call<C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>>
  /** The `cli` texts in the open workspace's language (other namespaces as 'ns:key'). */
  t: TFunction
}

export interface ListResult {
  /** What --json prints. */
  data: unknown
  /** One line per item for people. */
  lines: string[]
}

export type Lister = (ctx: ListContext) => Promise<ListResult>

const listers = new Map<string, Lister>()

export function registerLister(type: string, lister: Lister): void {
  listers.set(type, lister)
}

export const listTypes = (): string[] => [...listers.keys()].sort()
export const lister = (type: string): Lister | undefined => listers.get(type)
