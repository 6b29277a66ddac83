import { Checkbox, Select, Stack, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { TRANSFER_TOOL_CODES, type TransferToolCode } from '../../../../../shared/domain/transfers/transfer'
import type { StepProps } from './types'
import { DateField } from '../../../components/DateField'

/** Step 2: the tool the transfer relies on, and what the country pack says about adequacy. */
export function Step2({ content, update, err }: StepProps) {
  const { t } = useTranslation('transfers')
  const s = content.step2
  return (
    <Stack gap="sm">
      <Select
        label={t('fields.tool')}
        data={TRANSFER_TOOL_CODES.map((k) => ({ value: k, label: t(`tools.${k}`) }))}
        value={s.tool ?? null}
        onChange={(v) => update('step2', { tool: (v ?? undefined) as TransferToolCode | undefined })}
        error={err('step2.tool')}
        w={420}
      />
      <Textarea
        label={t('fields.toolDetails')}
        value={s.toolDetails ?? ''}
        onChange={(e) => update('step2', { toolDetails: e.currentTarget.value })}
        autosize
        minRows={2}
      />
      <Textarea
        label={t('fields.adequacyStatus')}
        value={s.adequacyStatus ?? ''}
        onChange={(e) => update('step2', { adequacyStatus: e.currentTarget.value })}
        autosize
        minRows={2}
      />
      <Checkbox
        label={t('fields.dpfCertified')}
        checked={!!s.dpfCertified}
        onChange={(e) => update('step2', { dpfCertified: e.currentTarget.checked })}
      />
      <DateField
        label={t('fields.dpfCheckedOn')}
        value={s.dpfCheckedOn ?? ''}
        onChange={(v) => update('step2', { dpfCheckedOn: v || undefined })}
        error={err('step2.dpfCheckedOn')}
        w={220}
      />
    </Stack>
  )
}
