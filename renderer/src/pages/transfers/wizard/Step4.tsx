import { Button, Card, Checkbox, Group, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TiaContent } from '../../../../../shared/domain/transfers/tia'
import { MEASURE_KINDS, SUPPLEMENTARY_MEASURES } from '../../../../../shared/reference/supplementaryMeasures'
import type { StepProps } from './types'

type Measure = TiaContent['step4']['measures'][number]

/** Step 4: the catalogue of supplementary measures (EDPB Annex 2), each with when it helps, plus the user's own. */
export function Step4({ content, update, err }: StepProps) {
  const { t } = useTranslation('transfers')
  const s = content.step4
  const chosen = (key: string) => s.measures.find((m) => m.key === key)
  const toggle = (key: string, kind: Measure['kind'], on: boolean) =>
    update('step4', {
      measures: on ? [...s.measures, { key, kind }] : s.measures.filter((m) => m.key !== key),
    })
  const setMeasure = (m: Measure, patch: Partial<Measure>) =>
    update('step4', { measures: s.measures.map((x) => (x === m ? { ...x, ...patch } : x)) })
  const own = s.measures.filter((m) => !m.key)
  return (
    <Stack gap="sm">
      {err('step4.measures') && (
        <Text size="sm" c="red">
          {err('step4.measures')}
        </Text>
      )}
      {MEASURE_KINDS.map((kind) => (
        <Stack key={kind} gap={6}>
          <Title order={5}>{t(`measureKinds.${kind}`)}</Title>
          {SUPPLEMENTARY_MEASURES.filter((m) => m.kind === kind).map((m) => {
            const c = chosen(m.key)
            return (
              <Card key={m.key} withBorder padding="xs">
                <Checkbox
                  label={t(`measures.${m.key}.label`)}
                  description={t(`measures.${m.key}.helps`)}
                  checked={!!c}
                  onChange={(e) => toggle(m.key, m.kind, e.currentTarget.checked)}
                  data-testid={`measure-${m.key}`}
                />
                {c && (
                  <TextInput
                    mt={6}
                    size="xs"
                    placeholder={t('fields.note')}
                    aria-label={t('fields.note')}
                    value={c.note ?? ''}
                    onChange={(e) => setMeasure(c, { note: e.currentTarget.value })}
                  />
                )}
              </Card>
            )
          })}
        </Stack>
      ))}
      <Title order={5}>{t('ui.wizard.ownMeasure')}</Title>
      {own.map((m, i) => (
        <Group key={i} grow align="flex-end">
          <TextInput
            label={t('ui.wizard.ownMeasure')}
            value={m.text ?? ''}
            onChange={(e) => setMeasure(m, { text: e.currentTarget.value })}
          />
          <Select
            label={t('report.colKind')}
            data={MEASURE_KINDS.map((k) => ({ value: k, label: t(`measureKinds.${k}`) }))}
            value={m.kind}
            onChange={(k) => k && setMeasure(m, { kind: k as Measure['kind'] })}
            style={{ flexGrow: 0 }}
          />
          <Button
            variant="subtle"
            color="red"
            onClick={() => update('step4', { measures: s.measures.filter((x) => x !== m) })}
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
          onClick={() => update('step4', { measures: [...s.measures, { kind: 'technical', text: '' }] })}
        >
          {t('ui.wizard.addMeasure')}
        </Button>
      </Group>
      <Textarea
        label={t('fields.measuresNote')}
        value={s.note ?? ''}
        onChange={(e) => update('step4', { note: e.currentTarget.value })}
        autosize
        minRows={2}
      />
    </Stack>
  )
}
