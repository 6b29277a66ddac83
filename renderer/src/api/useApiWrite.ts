import { useMutation } from '@tanstack/react-query'
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import { call } from './client'
import { invalidateWorkspaceQueries } from './queries'

/**
 * A write through one channel; on success every workspace query is refreshed. `refreshFirst` waits for
 * the refresh before `onDone` (for pages that navigate to a view of what was just written).
 */
export function useApiWrite<C extends Channel>(
  channel: C,
  onDone?: (data: ChannelOutput<C>) => void,
  opts: { refreshFirst?: boolean } = {},
) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: async (data) => {
      if (opts.refreshFirst) await invalidateWorkspaceQueries()
      onDone?.(data)
      if (!opts.refreshFirst) await invalidateWorkspaceQueries()
    },
  })
}
