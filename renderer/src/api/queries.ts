import { QueryClient, useQuery } from '@tanstack/react-query'
import type { Channel, ChannelInput } from '../../../shared/ipc/contract'
import { call } from './client'

export const queryClient = new QueryClient({
  // Backend answers are deterministic: a retry would only repeat the same refusal.
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
})

/** Channels whose answers do not depend on the open workspace. */
const STATIC_CHANNELS: readonly Channel[] = ['reference.authorities', 'app.info']

/** One query per channel + input; the channel name leads the key so it can be invalidated as a prefix. */
export function useApiQuery<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: { enabled?: boolean } = {},
) {
  return useQuery({ queryKey: [channel, input], queryFn: () => call(channel, input), ...options })
}

/** After any write or open/close, everything tied to the workspace is stale. */
export function invalidateWorkspaceQueries(): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (q) => !STATIC_CHANNELS.includes(q.queryKey[0] as Channel),
  })
}

/** On close, drop cached workspace data outright so nothing of the closed file lingers in memory. */
export function forgetWorkspaceQueries(): void {
  queryClient.removeQueries({
    predicate: (q) =>
      !STATIC_CHANNELS.includes(q.queryKey[0] as Channel) && q.queryKey[0] !== 'workspace.current',
  })
}
