import { Group, Stack, Title } from '@mantine/core'
import { PathText } from '../components/PathText'
import type { WorkspaceInfo } from '../../../shared/domain/workspace'
import { CloseWorkspaceButton } from './CloseWorkspaceButton'
import { ColorSchemeToggle } from './ColorSchemeToggle'

export function AppHeader({
  workspace,
  organisationName,
}: {
  workspace: WorkspaceInfo
  organisationName: string
}) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Title order={1} size="h4" lineClamp={1} data-testid="header-organisation">
          {organisationName}
        </Title>
        <PathText size="xs" c="dimmed" path={workspace.path} data-testid="header-path" />
      </Stack>
      <Group gap="sm" wrap="nowrap">
        <ColorSchemeToggle />
        <CloseWorkspaceButton />
      </Group>
    </Group>
  )
}
