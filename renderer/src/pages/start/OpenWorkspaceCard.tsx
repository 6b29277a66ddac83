import { Button, Card, Stack, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { DemoWorkspaceButton } from './DemoWorkspaceButton'
import { RecentWorkspaces } from './RecentWorkspaces'
import { useEnterWorkspace } from './useEnterWorkspace'

export function OpenWorkspaceCard({ onError }: { onError: (e: unknown) => void }) {
  const { t } = useTranslation()
  const enter = useEnterWorkspace()
  const open = useMutation({
    mutationFn: async (path?: string) => {
      const target = path ?? (await call('dialog.chooseExistingWorkspace', {})).path
      return target ? call('workspace.open', { path: target }) : null
    },
    onMutate: () => onError(null),
    onSuccess: (info) => (info ? enter(info) : undefined),
    onError,
  })

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="open-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="open-title">
          {t('start.open.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('start.open.intro')}
        </Text>
        <Button
          variant="light"
          onClick={() => open.mutate(undefined)}
          loading={open.isPending && open.variables === undefined}
        >
          {t('start.open.choose')}
        </Button>
        <RecentWorkspaces
          onOpen={(path) => open.mutate(path)}
          pendingPath={open.isPending ? open.variables : undefined}
        />
        <DemoWorkspaceButton onError={onError} />
      </Stack>
    </Card>
  )
}
