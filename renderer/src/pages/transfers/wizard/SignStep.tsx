import { Alert, Card, Group, NumberInput, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CONCLUSION_LEVELS, type ConclusionLevel } from '../../../../../shared/domain/transfers/tia'
import { suggestConclusion } from '../../../../../shared/rules/transfers/conclusion'
import type { StepProps } from './types'

/** Conclusion (the step-3 legal assessment, three levels, with reasons) and sign-off. */
export function SignStep({
  content,
  update,
  err,
  signer,
  setSigner,
}: StepProps & {
  signer: { signedBy: string; signedRole: string }
  setSigner: (s: { signedBy: string; signedRole: string }) => void
}) {
  const { t } = useTranslation('transfers')
  const c = content.conclusion
  const suggestion = suggestConclusion(content)
  const p = c.probability
  return (
    <Stack gap="sm">
      <Alert variant="light" color="blue" data-testid="suggestion">
        <Text size="sm" fw={600}>
          {t('ui.tia.suggestion', { level: t(`conclusions.${suggestion.level}`) })}
        </Text>
        <Text size="sm">{t(`suggestionReasons.${suggestion.reason}`)}</Text>
      </Alert>
      <Radio.Group
        label={t('fields.level')}
        value={c.level ?? ''}
        onChange={(v) => update('conclusion', { level: v as ConclusionLevel })}
        error={err('conclusion.level')}
      >
        <Stack gap={6} mt={6}>
          {CONCLUSION_LEVELS.map((l) => (
            <Radio key={l} value={l} label={t(`conclusions.${l}`)} data-testid={`conclusion-${l}`} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('fields.reasons')}
        value={c.reasons ?? ''}
        onChange={(e) => update('conclusion', { reasons: e.currentTarget.value })}
        autosize
        minRows={3}
        error={err('conclusion.reasons')}
        data-testid="reasons"
      />
      <Card withBorder padding="sm">
        <Text size="sm" fw={600} mb={6}>
          {t('ui.wizard.probabilityLabel')}
        </Text>
        <Group grow align="flex-start">
          <NumberInput
            label={t('fields.probabilityPercent')}
            min={0}
            max={100}
            decimalScale={3}
            value={p?.percent ?? ''}
            onChange={(v) =>
              update('conclusion', {
                probability:
                  v === '' ? undefined : { periodYears: p?.periodYears ?? 5, ...p, percent: Number(v) },
              })
            }
            error={err('conclusion.probability.percent')}
          />
          <NumberInput
            label={t('fields.probabilityYears')}
            min={1}
            max={10}
            value={p?.periodYears ?? ''}
            disabled={!p}
            onChange={(v) =>
              p && update('conclusion', { probability: { ...p, periodYears: Number(v) || 1 } })
            }
            error={err('conclusion.probability.periodYears')}
          />
        </Group>
        {p && (
          <TextInput
            mt={6}
            label={t('fields.probabilityMethod')}
            value={p.method ?? ''}
            onChange={(e) => update('conclusion', { probability: { ...p, method: e.currentTarget.value } })}
          />
        )}
      </Card>
      <Group grow align="flex-start">
        <TextInput
          label={t('fields.signedBy')}
          value={signer.signedBy}
          onChange={(e) => setSigner({ ...signer, signedBy: e.currentTarget.value })}
          error={err('signedBy')}
          required
          data-testid="signed-by"
        />
        <TextInput
          label={t('fields.signedRole')}
          value={signer.signedRole}
          onChange={(e) => setSigner({ ...signer, signedRole: e.currentTarget.value })}
        />
      </Group>
    </Stack>
  )
}
