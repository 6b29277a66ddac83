import { Button, Stack, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { languageOfLocale } from '../../../../shared/reference/regimes'
import { call } from '../../api/client'
import { useEnterWorkspace } from './useEnterWorkspace'

/**
 * A ready-made workspace (Vimage S.r.l., from its public privacy notice) to explore the app with, its
 * content in the language the start screen speaks (English for a language the demo lacks).
 */
export function DemoWorkspaceButton({ onError }: { onError: (e: unknown) => void }) {
  const { t, i18n } = useTranslation()
  const enter = useEnterWorkspace()
  const demo = useMutation({
    mutationFn: async () => {
      const { path } = await call('dialog.chooseNewWorkspacePath', { suggestedName: 'Vimage-demo.pwb' })
      return path ? call('workspace.createDemo', { path, language: languageOfLocale(i18n.language) }) : null
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
