import { Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PathText } from '../../components/PathText'
import classes from './RecentWorkspaces.module.css'

export function RecentWorkspaces({
  onOpen,
  pendingPath,
}: {
  onOpen: (path: string) => void
  pendingPath?: string
}) {
  const { t, i18n } = useTranslation()
  const recent = useApiQuery('workspace.recent', {})
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

  return (
    <Stack gap="xs" mt="md">
      <Title order={3} size="h5">
        {t('start.recent.title')}
      </Title>
      {recent.isPending && <Loader size="sm" />}
      <ErrorAlert error={recent.error} />
      {recent.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('start.recent.empty')}
        </Text>
      )}
      <Stack gap={4} component="ul" className={classes.list} aria-label={t('start.recent.title')}>
        {recent.data?.map((w) => (
          <li key={w.path}>
            <UnstyledButton
              className={classes.item}
              onClick={() => onOpen(w.path)}
              disabled={pendingPath !== undefined}
            >
              <Text fw={600} size="sm" lineClamp={1}>
                {w.organisationName} {pendingPath === w.path && <Loader size={12} ml={6} />}
              </Text>
              <PathText size="xs" c="dimmed" path={w.path} />
              <Text size="xs" c="dimmed">
                {t('start.recent.openedAt', { when: when(w.openedAt) })}
              </Text>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </Stack>
  )
}
