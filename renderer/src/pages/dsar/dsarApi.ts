import { useApiQuery } from '../../api/queries'
import { useApiWrite } from '../../api/useApiWrite'
import { useRefreshing } from '../../api/useRefreshing'

// Data of the request pages, all through window.api. "Days left" and "overdue" change with the date, so
// the answers are refetched when a timer alert arrives and every minute; the core recomputes them.

const REFRESH_MS = 60_000

export const useDsarList = () => useRefreshing(useApiQuery('dsar.list', {}), REFRESH_MS)
export const useDsarCase = (id: string) => useRefreshing(useApiQuery('dsar.get', { id }), REFRESH_MS)
export const useDsarWrite = useApiWrite
