import { useEffect, useMemo, useState } from 'react'

/**
 * "Now" for countdowns: the core's now (its injected clock) when the data was computed, advanced by the
 * time elapsed on this screen since. Display only: deadlines and statuses always come from the core.
 */
export function useCoreNow(coreNow: string | undefined): number {
  const offset = useMemo(
    // The offset is taken once per answer from the core.
    () => (coreNow ? new Date(coreNow).getTime() - Date.now() : 0),
    [coreNow],
  )
  const [tick, setTick] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return tick + offset
}
