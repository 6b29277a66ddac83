import { Alert, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { useProfile } from '../../api/useWorkspace'
import { ErrorAlert } from '../../components/ErrorAlert'
import { LanguageSelect } from '../../components/LanguageSelect'
import { formatBytes } from '../../format/formatBytes'
import { LANGUAGES, languageOfLocale, type Language } from '../../../../shared/reference/regimes'

type ReportLanguage = Language

export function SummaryReportCard() {
  const { t, i18n } = useTranslation()
  const profileLang = useProfile().data?.language
  const [lang, setLang] = useState<ReportLanguage | null>(null)
  const chosen: ReportLanguage = lang ?? languageOfLocale(profileLang)
  const create = useMutation({
    mutationFn: (l: ReportLanguage) => call('report.create', { type: 'summary', lang: l }),
  })

  return (
    <Card withBorder padding="lg" data-testid="report-summary">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('reports.summary.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reports.summary.intro')}
        </Text>
        <Group align="flex-end" gap="sm">
          <LanguageSelect
            label={t('reports.language')}
            languages={LANGUAGES}
            value={chosen}
            onChange={(v) => setLang(v as ReportLanguage)}
            w={200}
          />
          <Button onClick={() => create.mutate(chosen)} loading={create.isPending}>
            {t('reports.create')}
          </Button>
        </Group>
        <ErrorAlert error={create.error} title={t('reports.failed')} />
        {create.data && (
          <Alert color="green" variant="light" title={t('reports.written')} data-testid="report-result">
            <Stack gap={4}>
              <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {create.data.path}
              </Code>
              <Text size="sm">
                {t('reports.size', { size: formatBytes(create.data.bytes, i18n.language) })}
              </Text>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  )
}
