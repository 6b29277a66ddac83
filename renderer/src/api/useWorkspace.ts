import { useApiQuery } from './queries'

/** The open workspace, or null on the start screen. */
export const useCurrentWorkspace = () => useApiQuery('workspace.current', {})

export const useProfile = () => useApiQuery('profile.get', {})
