import { SegmentedControl, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ANSWERS, type Answer } from '../../../../../shared/domain/transfers/tia'

/** A yes / no / unclear question in plain words. */
export function AnswerField({
  label,
  value,
  onChange,
  error,
  testId,
}: {
  label: string
  value?: Answer
  onChange: (a: Answer) => void
  error?: string
  testId?: string
}) {
  const { t } = useTranslation('transfers')
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        data-testid={testId}
        value={value ?? ''}
        onChange={(v) => onChange(v as Answer)}
        data={ANSWERS.map((a) => ({ value: a, label: t(`answers.${a}`) }))}
        w="fit-content"
      />
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  )
}
