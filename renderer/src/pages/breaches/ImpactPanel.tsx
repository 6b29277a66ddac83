import { Alert, Badge, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { clockLabelKey } from '../../../../shared/domain/breach/labels'
import { formatDateTime } from '../../../../shared/format/dateTime'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useBreachRulesText } from './useBreachRulesText'

/** Impact query: who and what is concerned, where, and so which laws, authorities and clocks apply. */
export function ImpactPanel({ id, timeZone }: { id: string; timeZone: string }) {
  const { t, i18n } = useTranslation('breach')
  const rules = useBreachRulesText(timeZone)
  const q = useApiQuery('breach.impact', { id })
  if (q.isPending) return <Loader />
  if (q.error || !q.data) return <ErrorAlert error={q.error} />
  const i = q.data
  const block = (title: string, items: string[]) => (
    <Stack gap={4}>
      <Title order={5}>{title}</Title>
      {items.length ? (
        <List size="sm">
          {items.map((x) => (
            <List.Item key={x}>{x}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('ui.impact.noneRecorded')}
        </Text>
      )}
    </Stack>
  )
  return (
    <Stack gap="lg" data-testid="impact">
      {!i.registerAvailable && (
        <Alert color="gray" variant="light">
          {t('ui.impact.noRegister')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {block(t('ui.impact.subjects'), i.subjectCategories)}
        {block(
          t('ui.impact.data'),
          i.dataCategories.map((c) => (c.special ? `${c.name} (${t('report.special')})` : c.name)),
        )}
        {block(t('ui.impact.activities'), i.activities.map((a) => a.name ?? a.id))}
        {block(
          t('ui.impact.vendors'),
          i.vendors.map((v) => [v.name ?? v.id, v.role, v.country].filter(Boolean).join(' — ')),
        )}
        {block(t('ui.impact.countries'), i.countries)}
        {block(
          t('ui.impact.authorities'),
          i.authorities.map((a) => `${a.name} (${a.code}) — ${a.website}`),
        )}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {rules.message(i.authoritiesReasonMessage)}
      </Text>
      <Stack gap={4}>
        <Title order={5}>{t('ui.impact.regimes')}</Title>
        {i.regimes.map((r) => (
          <Group key={r.regime} gap="xs">
            <Badge color={r.applies ? 'blue' : 'gray'} variant="light">
              {t(`labels.regime.${r.regime}`)}
            </Badge>
            <Text size="sm">{t(`labels.regimeWhy.${r.why}`)}</Text>
            {r.why === 'excluded' && <Text size="sm">— {r.reason}</Text>}
          </Group>
        ))}
        {i.suggestedRegimes.map((r) => (
          <Text key={r.regime} size="sm" c="orange">
            {t('ui.impact.suggested', { regime: t(`labels.regime.${r.regime}`), country: r.country })}
          </Text>
        ))}
      </Stack>
      {block(
        t('ui.impact.clocks'),
        i.suggestedClocks.map((c) => `${t(clockLabelKey(c.id))} — ${formatDateTime(c.deadline, timeZone, i18n.language)}`),
      )}
    </Stack>
  )
}
