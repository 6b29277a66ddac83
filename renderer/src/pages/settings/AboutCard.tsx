import { Card, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/queries'
import { useCurrentWorkspace } from '../../api/useWorkspace'
import { ErrorAlert } from '../../components/ErrorAlert'

export function AboutCard() {
  const { t } = useTranslation()
  const info = useApiQuery('app.info', {})
  const workspace = useCurrentWorkspace().data
  return (
    <Card withBorder padding="lg">
      <Stack gap={6}>
        <Title order={3} size="h4">
          {t('settings.about.title')}
        </Title>
        <ErrorAlert error={info.error} />
        {info.data && (
          <>
            <Text size="sm">{t('settings.about.version', { version: info.data.version })}</Text>
            <Text size="sm">{t('settings.about.folder', { folder: info.data.defaultWorkspaceDir })}</Text>
          </>
        )}
        {workspace && (
          <>
            <Text size="sm" style={{ wordBreak: 'break-all' }}>
              {t('settings.about.file', { path: workspace.path })}
            </Text>
            <Text size="sm">{t('settings.about.schema', { version: workspace.schemaVersion })}</Text>
          </>
        )}
      </Stack>
    </Card>
  )
}
