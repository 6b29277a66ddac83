import { Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { FindingsList } from './FindingsList'
import { useFindings } from './registerApi'

/** What the register still lacks, for every activity (register page and dashboard). */
export function CompletenessPanel({ limit, compact = false }: { limit?: number; compact?: boolean }) {
  const { t } = useTranslation('register')
  const findings = useFindings()
  const list = findings.data ?? []
  const errors = list.filter((f) => f.severity === 'error')
  const warnings = list.length - errors.length
  // Required items first: they are what an inspector would point at.
  const ordered = [...errors, ...list.filter((f) => f.severity === 'warning')]
  return (
    <Card withBorder padding="lg" data-testid="register-completeness">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('ui.completeness.title')}
          </Title>
          {findings.data && (
            <Group gap={6}>
              <Badge color={errors.length ? 'red' : 'green'} variant="light" data-testid="completeness-errors">
                {t('ui.completeness.errors', { count: errors.length })}
              </Badge>
              <Badge color={warnings ? 'yellow' : 'green'} variant="light">
                {t('ui.completeness.warnings', { count: warnings })}
              </Badge>
            </Group>
          )}
        </Group>
        {!compact && (
          <Text size="sm" c="dimmed">
            {t('ui.completeness.intro')}
          </Text>
        )}
        <ErrorAlert error={findings.error} />
        {findings.isPending && <Loader size="sm" />}
        {findings.data && <FindingsList findings={ordered} showActivity limit={limit} />}
      </Stack>
    </Card>
  )
}
