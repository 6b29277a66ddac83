import { useMutation } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract'
import { call } from '../../api/client'
import { invalidateWorkspaceQueries, useApiQuery } from '../../api/queries'

// Data of the breach pages, all through window.api. Statuses change with time (pending -> missed), so the
// answers are refetched every 15 s and whenever a timer alert arrives; the core recomputes them.

const REFRESH_MS = 15_000

export const useBreachList = () => withRefresh(useApiQuery('breach.list', {}))
export const useBreach = (id: string) => withRefresh(useApiQuery('breach.get', { id }))
export const useRunningClocks = () => withRefresh(useApiQuery('breach.runningClocks', {}))

function withRefresh<T extends { refetch: () => unknown }>(q: T): T {
  const { refetch } = q
  useEffect(() => {
    const timer = setInterval(() => void refetch(), REFRESH_MS)
    const off = window.api?.onEvent('timer.alert', () => void refetch())
    return () => {
      clearInterval(timer)
      off?.()
    }
  }, [refetch])
  return q
}

/** A write through one channel; on success every workspace query is refreshed. */
export function useBreachWrite<C extends Channel>(channel: C, onDone?: (data: ChannelOutput<C>) => void) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: async (data) => {
      onDone?.(data)
      await invalidateWorkspaceQueries()
    },
  })
}
