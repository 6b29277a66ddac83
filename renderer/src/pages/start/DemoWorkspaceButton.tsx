import { Button, Stack, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { useEnterWorkspace } from './useEnterWorkspace'

/** A ready-made workspace (Vimage S.r.l., from its public privacy notice) to explore the app with. */
export function DemoWorkspaceButton({ onError }: { onError: (e: unknown) => void }) {
  const { t } = useTranslation()
  const enter = useEnterWorkspace()
  const demo = useMutation({
    mutationFn: async () => {
      const { path } = await call('dialog.chooseNewWorkspacePath', { suggestedName: 'Vimage-demo.pwb' })
      return path ? call('workspace.createDemo', { path }) : null
    },
    onMutate: () => onError(null),
    onSuccess: (info) => (info ? enter(info) : undefined),
    onError,
  })
  return (
    <Stack gap="xs" mt="md">
      <Title order={3} size="h5">
        {t('start.demo.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('start.demo.intro')}
      </Text>
      <div>
        <Button variant="default" onClick={() => demo.mutate()} loading={demo.isPending}>
          {t('start.demo.create')}
        </Button>
      </div>
    </Stack>
  )
}
