import { useMutation } from '@tanstack/react-query'
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import { call } from './client'
import { invalidateWorkspaceQueries } from './queries'

/** A write through one channel; on success every workspace query is refreshed. */
export function useApiWrite<C extends Channel>(channel: C, onDone?: (data: ChannelOutput<C>) => void) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: async (data) => {
      onDone?.(data)
      await invalidateWorkspaceQueries()
    },
  })
}
