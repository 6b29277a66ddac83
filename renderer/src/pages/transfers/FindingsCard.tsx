import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TransferFinding } from '../../../../shared/domain/transfers/finding'

/** The transfer checks in plain words: what is wrong, what to do, and where the rule comes from. */
export function FindingsCard({ findings }: { findings: TransferFinding[] }) {
  const { t } = useTranslation('transfers')
  return (
    <Card withBorder padding="lg" data-testid="transfer-findings">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('ui.findings.title')}
        </Title>
        {findings.length === 0 && <Text size="sm">{t('ui.findings.none')}</Text>}
        {findings.map((f, i) => (
          <Stack key={`${f.transferId}-${f.code}-${i}`} gap={2}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge
                color={f.severity === 'error' ? 'red' : 'orange'}
                variant="light"
                style={{ flexShrink: 0 }}
              >
                {t(`ui.findings.${f.severity}`)}
              </Badge>
              <Text size="sm" fw={600}>
                {t(`findings.${f.code}.problem`, f.params)}
              </Text>
            </Group>
            <Text size="sm">{t(`findings.${f.code}.fix`, f.params)}</Text>
            <Text size="xs" c="dimmed">
              {t(`findings.${f.code}.source`)}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Card>
  )
}
