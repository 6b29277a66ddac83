import { Alert, Button, Card, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TiaContent } from '../../../../../shared/domain/transfers/tia'
import { useApiQuery } from '../../../api/queries'
import { AnswerField } from './fields'
import type { StepProps } from './types'
import { DateField } from '../../../components/DateField'

type S3 = TiaContent['step3']

/** Step 3: could the destination's authorities reach these data at this importer? The country pack is prefilled. */
export function Step3({ content, update, err, country }: StepProps & { country: string }) {
  const { t } = useTranslation('transfers')
  const s = content.step3
  const up = (patch: Partial<S3>) => update('step3', patch)
  const info = useApiQuery('transfers.countries.get', { country }, { enabled: country.length === 2 })
  const a = info.data?.assessment
  const setLaw = (i: number, patch: Partial<S3['laws'][number]>) =>
    up({ laws: s.laws.map((l, j) => (j === i ? { ...l, ...patch } : l)) })
  const setSource = (i: number, patch: Partial<S3['sources'][number]>) =>
    up({ sources: s.sources.map((x, j) => (j === i ? { ...x, ...patch } : x)) })
  return (
    <Stack gap="sm">
      {a && (
        <Alert
          variant="light"
          color={a.unverified ? 'yellow' : 'blue'}
          title={`${t('ui.wizard.countrySummary')} — ${t('report.asOf', { date: a.asOf })}`}
          data-testid="country-summary"
        >
          <Text size="sm">{a.summary}</Text>
          {a.unverified && (
            <Text size="xs" mt={4} fw={600}>
              {t('ui.wizard.countryUnverified')}
            </Text>
          )}
        </Alert>
      )}
      <AnswerField
        testId="importer-in-scope"
        label={t('fields.importerInScope')}
        value={s.importerInScope}
        onChange={(v) => up({ importerInScope: v })}
        error={err('step3.importerInScope')}
      />
      <Textarea
        label={t('fields.importerInScopeNote')}
        value={s.importerInScopeNote ?? ''}
        onChange={(e) => up({ importerInScopeNote: e.currentTarget.value })}
        autosize
        minRows={2}
      />
      <Title order={5}>{t('report.lawsHeading')}</Title>
      {s.laws.map((l, i) => (
        <Card key={i} withBorder padding="sm">
          <Stack gap={6}>
            <TextInput
              label={t('ui.wizard.lawName')}
              value={l.name}
              onChange={(e) => setLaw(i, { name: e.currentTarget.value })}
              error={err(`step3.laws.${i}.name`)}
            />
            {l.summary && (
              <Text size="xs" c="dimmed">
                {l.summary}
              </Text>
            )}
            <AnswerField
              label={t('ui.wizard.lawApplies')}
              value={l.applies}
              onChange={(v) => setLaw(i, { applies: v })}
            />
            <TextInput
              label={t('fields.note')}
              value={l.note ?? ''}
              onChange={(e) => setLaw(i, { note: e.currentTarget.value })}
            />
          </Stack>
        </Card>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => up({ laws: [...s.laws, { name: '' }] })}>
          {t('ui.wizard.addLaw')}
        </Button>
      </Group>
      <Textarea
        label={t('fields.oversight')}
        value={s.oversight ?? ''}
        onChange={(e) => up({ oversight: e.currentTarget.value })}
        autosize
        minRows={2}
      />
      <Textarea
        label={t('fields.redress')}
        value={s.redress ?? ''}
        onChange={(e) => up({ redress: e.currentTarget.value })}
        autosize
        minRows={2}
      />
      <Textarea
        label={t('fields.practice')}
        value={s.practice ?? ''}
        onChange={(e) => up({ practice: e.currentTarget.value })}
        autosize
        minRows={2}
      />
      <AnswerField
        testId="practice-applies"
        label={t('fields.practiceApplies')}
        value={s.practiceApplies}
        onChange={(v) => up({ practiceApplies: v })}
      />
      <AnswerField
        testId="law-impinges"
        label={t('fields.lawImpinges')}
        value={s.lawImpinges}
        onChange={(v) => up({ lawImpinges: v })}
        error={err('step3.lawImpinges')}
      />
      <Textarea
        label={t('fields.assessment')}
        value={s.assessment ?? ''}
        onChange={(e) => up({ assessment: e.currentTarget.value })}
        autosize
        minRows={3}
        error={err('step3.assessment')}
        data-testid="assessment"
      />
      <Title order={5}>{t('report.sourcesSub')}</Title>
      {err('step3.sources') && (
        <Text size="xs" c="red">
          {err('step3.sources')}
        </Text>
      )}
      {s.sources.map((src, i) => (
        <Group key={i} grow align="flex-end">
          <TextInput
            label={t('ui.wizard.sourceTitle')}
            value={src.title}
            onChange={(e) => setSource(i, { title: e.currentTarget.value })}
            error={err(`step3.sources.${i}.title`)}
          />
          <TextInput
            label={t('ui.wizard.sourceUrl')}
            value={src.url ?? ''}
            onChange={(e) => setSource(i, { url: e.currentTarget.value })}
          />
          <DateField
            label={t('ui.wizard.sourceAsOf')}
            value={src.asOf}
            onChange={(v) => setSource(i, { asOf: v })}
            error={err(`step3.sources.${i}.asOf`)}
            style={{ flexGrow: 0 }}
          />
          <Button
            variant="subtle"
            color="red"
            onClick={() => up({ sources: s.sources.filter((_, j) => j !== i) })}
            style={{ flexGrow: 0 }}
          >
            {t('ui.transfer.remove')}
          </Button>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => up({ sources: [...s.sources, { title: '', asOf: '', unverified: false }] })}
        >
          {t('ui.wizard.addSource')}
        </Button>
      </Group>
    </Stack>
  )
}
