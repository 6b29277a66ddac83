import { useNavigate } from '@tanstack/react-router'
import type { WorkspaceInfo } from '../../../../shared/domain/workspace'
import { invalidateWorkspaceQueries, queryClient } from '../../api/queries'

/** After a create or open: show the new workspace's dashboard with nothing cached from before. */
export function useEnterWorkspace() {
  const navigate = useNavigate()
  return async (info: WorkspaceInfo) => {
    await navigate({ to: '/' })
    queryClient.setQueryData(['workspace.current', {}], info)
    await invalidateWorkspaceQueries()
  }
}
