import { Alert, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatBytes } from '../../format/formatBytes'

export interface WrittenReport {
  path: string
  bytes: number
}

/** One report of the workspace: what it is, a button to write it, and where it was written. */
export function ReportCard(props: {
  type: string
  onCreate: () => void
  pending: boolean
  /** Another report is being written. */
  disabled?: boolean
  written?: WrittenReport
  error?: unknown
}) {
  const { t, i18n } = useTranslation()
  const { type, written } = props
  return (
    <Card withBorder padding="lg" data-testid={`report-${type}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={3} size="h4">
              {t(`reports.${type}.title`)}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`reports.${type}.intro`)}
            </Text>
          </Stack>
          <Button
            variant="default"
            onClick={props.onCreate}
            loading={props.pending}
            disabled={props.disabled}
            style={{ flexShrink: 0 }}
          >
            {t('reports.create')}
          </Button>
        </Group>
        <ErrorAlert error={props.error ?? null} title={t('reports.failed')} />
        {written && (
          <Alert
            color="green"
            variant="light"
            p="sm"
            title={`${t('reports.written')} · ${t('reports.size', { size: formatBytes(written.bytes, i18n.language) })}`}
            data-testid="report-result"
          >
            <Code style={{ wordBreak: 'break-all' }}>{written.path}</Code>
          </Alert>
        )}
      </Stack>
    </Card>
  )
}
