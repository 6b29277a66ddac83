import { useMutation } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract'
import { call } from '../../api/client'
import { invalidateWorkspaceQueries, useApiQuery } from '../../api/queries'

// Data of the request pages, all through window.api. "Days left" and "overdue" change with the date, so
// the answers are refetched when a timer alert arrives and every minute; the core recomputes them.

const REFRESH_MS = 60_000

export const useDsarList = () => withRefresh(useApiQuery('dsar.list', {}))
export const useDsarCase = (id: string) => withRefresh(useApiQuery('dsar.get', { id }))

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
export function useDsarWrite<C extends Channel>(channel: C, onDone?: (data: ChannelOutput<C>) => void) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: async (data) => {
      onDone?.(data)
      await invalidateWorkspaceQueries()
    },
  })
}
