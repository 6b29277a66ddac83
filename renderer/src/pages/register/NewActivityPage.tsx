import { Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { asTemplateLanguage, type TemplateSummary } from '../../../../shared/domain/register/template'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { useRegisterWrite } from './registerApi'

/** The template picker: a template fills purposes, bases, data and retention with reasons; the user edits the draft. */
export function NewActivityPage() {
  const { t, i18n } = useTranslation('register')
  const navigate = useNavigate()
  const lang = asTemplateLanguage(i18n.language)
  const templates = useApiQuery('register.listTemplates', { lang })
  const [search, setSearch] = useState('')
  const apply = useRegisterWrite('register.applyTemplate', (a) =>
    void navigate({ to: `/register/activities/${a.id}` }),
  )
  const shown = useMemo(() => {
    const q = search.trim().toLowerCase()
    return (templates.data ?? []).filter((x) => !q || `${x.name} ${x.description}`.toLowerCase().includes(q))
  }, [templates.data, search])
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('ui.templates.title')} intro={t('ui.templates.intro')} />
        <Button variant="default" onClick={() => void navigate({ to: '/register/activities/new' })}>
          {t('ui.templates.blank')}
        </Button>
      </Group>
      <TextInput
        placeholder={t('ui.templates.search')}
        aria-label={t('ui.templates.search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={360}
      />
      <ErrorAlert error={templates.error ?? apply.error} />
      {templates.isPending && <Loader />}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {shown.map((tpl) => (
          <TemplateCard key={tpl.id} tpl={tpl} pending={apply.isPending} onUse={() => apply.mutate({ templateId: tpl.id, lang })} />
        ))}
      </SimpleGrid>
    </Stack>
  )
}

function TemplateCard({ tpl, pending, onUse }: { tpl: TemplateSummary; pending: boolean; onUse: () => void }) {
  const { t } = useTranslation('register')
  return (
    <Card withBorder padding="md" data-testid={`template-${tpl.id}`}>
      <Stack gap="xs" style={{ flex: 1 }}>
        <Title order={4} size="h5">
          {tpl.name}
        </Title>
        <Text size="sm" c="dimmed">
          {tpl.description}
        </Text>
        <Text size="xs" fw={600}>
          {t('ui.templates.purposes')}
        </Text>
        {tpl.purposes.map((p) => (
          <Group key={p.text} gap={6} wrap="nowrap" align="flex-start">
            <Badge size="xs" variant="light" style={{ flexShrink: 0, marginTop: 3 }}>
              {t(`basesShort.${p.basis}`)}
            </Badge>
            <Text size="xs" title={p.why}>
              {p.text}
            </Text>
          </Group>
        ))}
        <Text size="xs" fw={600}>
          {t('ui.templates.retention')}
        </Text>
        {tpl.dataCategories.map((d) => (
          <Stack key={d.name} gap={0}>
            <Text size="xs">
              {d.name}: {d.retention}
            </Text>
            <Text size="xs" c="dimmed">
              {d.reason}
            </Text>
          </Stack>
        ))}
        {tpl.dpiaHint && (
          <Text size="xs" c="dimmed" fs="italic">
            {tpl.dpiaHint}
          </Text>
        )}
      </Stack>
      <Group justify="flex-end" mt="sm">
        <Button size="xs" onClick={onUse} loading={pending} data-testid={`use-template-${tpl.id}`}>
          {t('ui.templates.use')}
        </Button>
      </Group>
    </Card>
  )
}
