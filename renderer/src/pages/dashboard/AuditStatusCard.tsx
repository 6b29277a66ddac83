import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/queries'
import { AuditVerifyResult } from '../../components/AuditVerifyResult'
import { ErrorAlert } from '../../components/ErrorAlert'

export function AuditStatusCard() {
  const { t } = useTranslation()
  const verify = useApiQuery('audit.verify', {})
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('dashboard.audit.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dashboard.audit.intro')}
        </Text>
        {verify.isPending && <Loader size="sm" />}
        <ErrorAlert error={verify.error} />
        {verify.data && <AuditVerifyResult result={verify.data} />}
        <Group>
          <Button component={Link} to="/settings/audit" variant="default" size="xs">
            {t('dashboard.audit.open')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
