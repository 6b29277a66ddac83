import { AppShell, ScrollArea } from '@mantine/core'
import { useEffect, type ReactNode } from 'react'
import type { WorkspaceInfo } from '../../../shared/domain/workspace'
import { useProfile } from '../api/useWorkspace'
import { setUiLanguage } from '../i18n'
import { AppHeader } from './AppHeader'
import { AppNavbar } from './AppNavbar'
import { useNavHotkeys } from './useNavHotkeys'

export function AppLayout({ workspace, children }: { workspace: WorkspaceInfo; children: ReactNode }) {
  useNavHotkeys()
  const profile = useProfile()
  const language = profile.data?.language
  useEffect(() => {
    if (language) setUiLanguage(language)
  }, [language])

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 232, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <AppHeader
          workspace={workspace}
          organisationName={profile.data?.legalName ?? workspace.organisationName}
        />
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          <AppNavbar />
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  )
}
