import { Button, Card, Group, Stack, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { useProfile } from '../../api/useWorkspace'
import { LanguageSelect } from '../../components/LanguageSelect'
import { PageTitle } from '../../components/PageTitle'
import { WORKSPACE_REPORTS } from '../../../../shared/ipc/contract'
import { LANGUAGES, languageOfLocale, type Language } from '../../../../shared/reference/regimes'
import { ReportCard, type WrittenReport } from './ReportCard'

// Per-case documents (a request's closing pack, a breach's notification drafts, a TIA) are made from their case.
type WorkspaceReport = (typeof WORKSPACE_REPORTS)[number]

export function ReportsPage() {
  const { t } = useTranslation()
  const profileLang = useProfile().data?.language
  const [lang, setLang] = useState<Language | null>(null)
  const chosen: Language = lang ?? languageOfLocale(profileLang)
  const [written, setWritten] = useState<Partial<Record<WorkspaceReport, WrittenReport>>>({})
  const [failed, setFailed] = useState<Partial<Record<WorkspaceReport, unknown>>>({})
  // The report being written now: "all" writes them in turn, and only that card spins.
  const [current, setCurrent] = useState<WorkspaceReport | null>(null)
  // Each card shows its own result or refusal as it comes; a refusal replaces an older file's path, which
  // would otherwise read as if this attempt had written it.
  const create = useMutation({
    mutationFn: async (types: readonly WorkspaceReport[]) => {
      for (const type of types) {
        setCurrent(type)
        try {
          const out = await call('report.create', { type, lang: chosen })
          setWritten((w) => ({ ...w, [type]: out }))
          setFailed((f) => ({ ...f, [type]: undefined }))
        } catch (e) {
          setWritten((w) => ({ ...w, [type]: undefined }))
          setFailed((f) => ({ ...f, [type]: e }))
        }
      }
      setCurrent(null)
    },
  })
  const pending = (type: WorkspaceReport) => create.isPending && current === type

  return (
    <Stack gap="lg" maw={900}>
      <PageTitle title={t('reports.title')} intro={t('reports.intro')} />
      <Card withBorder padding="lg" data-testid="reports-language">
        <Group align="flex-end" justify="space-between" gap="sm">
          <LanguageSelect
            label={t('reports.language')}
            languages={LANGUAGES}
            value={chosen}
            onChange={(v) => setLang(v as Language)}
            w={200}
          />
          <Button
            onClick={() => create.mutate(WORKSPACE_REPORTS)}
            loading={create.isPending && create.variables.length > 1}
            disabled={create.isPending}
          >
            {t('reports.createAll', { count: WORKSPACE_REPORTS.length })}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('reports.languageHint')}
        </Text>
      </Card>
      {WORKSPACE_REPORTS.map((type) => (
        <ReportCard
          key={type}
          type={type}
          onCreate={() => create.mutate([type])}
          pending={pending(type)}
          disabled={create.isPending && !pending(type)}
          written={written[type]}
          error={failed[type]}
        />
      ))}
    </Stack>
  )
}
