import { useApiQuery } from '../../api/queries'
import { useApiWrite } from '../../api/useApiWrite'
import { useRefreshing } from '../../api/useRefreshing'

// Data of the breach pages, all through window.api. Statuses change with time (pending -> missed), so the
// answers are refetched every 15 s and whenever a timer alert arrives; the core recomputes them.

const REFRESH_MS = 15_000

export const useBreachList = () => useRefreshing(useApiQuery('breach.list', {}), REFRESH_MS)
export const useBreach = (id: string) => useRefreshing(useApiQuery('breach.get', { id }), REFRESH_MS)
export const useRunningClocks = () => useRefreshing(useApiQuery('breach.runningClocks', {}), REFRESH_MS)
export const useBreachWrite = useApiWrite
