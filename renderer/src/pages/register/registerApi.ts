import type { Channel, ChannelOutput } from '../../../../shared/ipc/contract'
import { useApiQuery } from '../../api/queries'
import { useApiWrite } from '../../api/useApiWrite'

// Data of the register pages, all through window.api.

export const useActivities = () => useApiQuery('register.listActivities', {})
export const useActivity = (id: string, enabled = true) => useApiQuery('register.getActivity', { id }, { enabled })
export const useVendors = () => useApiQuery('register.listVendors', {})
export const useVendor = (id: string, enabled = true) => useApiQuery('register.getVendor', { id }, { enabled })
export const useSystems = () => useApiQuery('register.listSystems', {})
export const useFindings = () => useApiQuery('register.findings', {})
export const useDpiaQuestions = () => useApiQuery('register.dpiaQuestions', {})

/** A write through one channel; the register refreshes before `onDone` (it navigates to what was saved). */
export function useRegisterWrite<C extends Channel>(channel: C, onDone?: (data: ChannelOutput<C>) => void) {
  return useApiWrite(channel, onDone, { refreshFirst: true })
}
