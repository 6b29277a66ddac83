import { Badge, Card, Group, Loader, Progress, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core'
import { labelled } from '../../../../shared/format/labelled'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { countryText } from './labels'

const TOOL_COLORS: Record<string, string> = {
  adequacy: 'teal',
  dpf: 'blue',
  scc: 'indigo',
  bcr: 'violet',
  art49_derogation: 'orange',
  none: 'red',
}
const colorOf = (tool: string) => TOOL_COLORS[tool] ?? 'gray'
const ADEQUACY_COLOR = { full: 'teal', partial: 'yellow', none: 'red' } as const

/** Destinations and tools at a glance: one card per country, and the share of each tool. */
export function OverviewPanel() {
  const { t, i18n } = useTranslation('transfers')
  const overview = useApiQuery('transfers.overview', {})
  const o = overview.data
  return (
    <Stack gap="md" data-testid="transfers-overview">
      <Stack gap={2}>
        <Title order={3} size="h4">
          {t('ui.overview.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ui.overview.intro')}
        </Text>
      </Stack>
      <ErrorAlert error={overview.error} />
      {overview.isPending && <Loader />}
      {o && o.total === 0 && <Text size="sm">{t('ui.overview.empty')}</Text>}
      {o && o.total > 0 && (
        <>
          <Card withBorder padding="md">
            <Text size="sm" fw={600} mb="xs">
              {t('ui.overview.tools')}
            </Text>
            <Progress.Root size={22}>
              {o.tools.map((x) => (
                <Tooltip key={x.tool} label={labelled(i18n.language, t(`tools.${x.tool}`), String(x.count))}>
                  <Progress.Section
                    value={(100 * x.count) / o.tools.reduce((a, b) => a + b.count, 0)}
                    color={colorOf(x.tool)}
                  >
                    <Progress.Label>{t(`toolsShort.${x.tool}`)}</Progress.Label>
                  </Progress.Section>
                </Tooltip>
              ))}
            </Progress.Root>
          </Card>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {o.destinations.map((d) => (
              <Card key={d.country} withBorder padding="md" data-testid={`destination-${d.country}`}>
                <Stack gap={6}>
                  <Text fw={700}>{countryText(d.country, i18n.language)}</Text>
                  <Group gap={4}>
                    <Badge color={d.eea ? 'gray' : ADEQUACY_COLOR[d.adequacyScope]} variant="light">
                      {d.eea ? t('ui.overview.eea') : t(`ui.overview.adequacy.${d.adequacyScope}`)}
                    </Badge>
                  </Group>
                  <Group gap="xs">
                    {d.transfers > 0 && (
                      <Text size="sm">{t('ui.overview.transfers', { count: d.transfers })}</Text>
                    )}
                    {d.onward > 0 && <Text size="sm">{t('ui.overview.onward', { count: d.onward })}</Text>}
                    {d.needTia > 0 && (
                      <Text size="sm" c="orange.8">
                        {t('ui.overview.needTia', { count: d.needTia })}
                      </Text>
                    )}
                  </Group>
                  <Group gap={4}>
                    {d.tools.map((x) => (
                      <Badge key={x.tool} color={colorOf(x.tool)} variant="outline">
                        {t(`toolsShort.${x.tool}`)} × {x.count}
                      </Badge>
                    ))}
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  )
}
