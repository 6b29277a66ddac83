import { useMutation } from '@tanstack/react-query'
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract'
import { call } from '../../api/client'
import { invalidateWorkspaceQueries, useApiQuery } from '../../api/queries'

// Data of the register pages, all through window.api.

export const useActivities = () => useApiQuery('register.listActivities', {})
export const useActivity = (id: string, enabled = true) => useApiQuery('register.getActivity', { id }, { enabled })
export const useVendors = () => useApiQuery('register.listVendors', {})
export const useVendor = (id: string, enabled = true) => useApiQuery('register.getVendor', { id }, { enabled })
export const useSystems = () => useApiQuery('register.listSystems', {})
export const useFindings = () => useApiQuery('register.findings', {})
export const useDpiaQuestions = () => useApiQuery('register.dpiaQuestions', {})

/** A write through one channel; on success every workspace query is refreshed. */
export function useRegisterWrite<C extends Channel>(channel: C, onDone?: (data: ChannelOutput<C>) => void) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: async (data) => {
      await invalidateWorkspaceQueries()
      onDone?.(data)
    },
  })
}
