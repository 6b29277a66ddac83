import { Container, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { CreateWorkspaceCard } from './CreateWorkspaceCard'
import { OpenWorkspaceCard } from './OpenWorkspaceCard'

/** Shown while no workspace is open: create one, open one, or pick a recent one. */
export function StartScreen({ loadError }: { loadError?: unknown }) {
  const { t } = useTranslation()
  const [error, setError] = useState<unknown>(null)
  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('app.name')}</Title>
          <Text c="dimmed">{t('start.tagline')}</Text>
        </div>
        <ErrorAlert error={error ?? loadError} title={t('start.problem')} onClose={() => setError(null)} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <CreateWorkspaceCard onError={setError} />
          <OpenWorkspaceCard onError={setError} />
        </SimpleGrid>
      </Stack>
    </Container>
  )
}
