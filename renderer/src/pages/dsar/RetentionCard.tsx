import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDsarWrite } from './dsarApi'
import { useDsarFormat, useFieldError } from './dsarFormat'

/** The workspace's retention for closed requests (storage limitation, Art. 5(1)(e)). */
export function RetentionCard() {
  const { t } = useDsarFormat()
  const settings = useApiQuery('dsar.settingsGet', {})
  const save = useDsarWrite('dsar.settingsSave')
  const [months, setMonths] = useState<number | string>('')
  const fieldError = useFieldError(save.error)
  useEffect(() => {
    if (settings.data) setMonths(settings.data.closedRetentionMonths)
  }, [settings.data])
  return (
    <Card withBorder padding="md" data-testid="dsar-retention">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('ui.settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ui.settings.intro')}
        </Text>
        <Group align="flex-end">
          <NumberInput
            label={t('ui.settings.months')}
            value={months}
            onChange={setMonths}
            min={1}
            max={120}
            w={140}
            error={fieldError('closedRetentionMonths')}
          />
          <Button
            variant="default"
            loading={save.isPending}
            onClick={() => save.mutate({ closedRetentionMonths: Number(months) })}
          >
            {t('ui.settings.save')}
          </Button>
          {save.isSuccess && <Text size="sm">{t('ui.saved')}</Text>}
        </Group>
        {!(save.error && fieldError('closedRetentionMonths')) && <ErrorAlert error={save.error} />}
      </Stack>
    </Card>
  )
}
