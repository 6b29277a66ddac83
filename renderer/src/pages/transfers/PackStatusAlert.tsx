import { Alert, Badge, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/queries'

/** The country data in use: version, "as of" date, and a warning once they are older than 12 months. */
export function PackStatusAlert() {
  const { t } = useTranslation('transfers')
  const status = useApiQuery('transfers.pack.status', {})
  const s = status.data
  if (!s) return null
  return (
    <Alert
      color={s.stale ? 'orange' : 'gray'}
      variant="light"
      title={t('ui.pack.title')}
      data-testid="pack-status"
    >
      <Group gap="sm">
        <Text size="sm">
          {t('ui.pack.line', { version: s.version, asOf: s.asOf, source: t(`ui.pack.${s.source}`) })}
        </Text>
        {s.overrides > 0 && <Badge variant="light">{t('ui.pack.overrides', { count: s.overrides })}</Badge>}
      </Group>
      {s.stale && (
        <Text size="sm" c="orange.8" fw={600} mt={4} data-testid="pack-stale">
          {t('ui.pack.stale', { until: s.currentUntil })}
        </Text>
      )}
    </Alert>
  )
}
