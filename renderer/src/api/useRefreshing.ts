import { useEffect } from 'react'

/**
 * Refetches a query every `everyMs` and whenever a timer alert arrives: statuses that depend on "now"
 * (days left, overdue, missed) are recomputed by the core, never by the renderer.
 */
export function useRefreshing<T extends { refetch: () => unknown }>(q: T, everyMs: number): T {
  const { refetch } = q
  useEffect(() => {
    const timer = setInterval(() => void refetch(), everyMs)
    const off = window.api?.onEvent('timer.alert', () => void refetch())
    return () => {
      clearInterval(timer)
      off?.()
    }
  }, [refetch, everyMs])
  return q
}
