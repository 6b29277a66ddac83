import { Checkbox, Stack, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StepProps } from './types'
import { DateField } from '../../../components/DateField'

/** Step 5: procedural steps (unchanged SCCs need no authorisation; changed clauses do, Art. 46(3)(a)). */
export function Step5({ content, update }: StepProps) {
  const { t } = useTranslation('transfers')
  const s = content.step5
  return (
    <Stack gap="sm">
      <Checkbox
        label={t('fields.sccUnmodified')}
        checked={!!s.sccUnmodified}
        onChange={(e) => update('step5', { sccUnmodified: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('fields.saAuthorisationNeeded')}
        checked={!!s.saAuthorisationNeeded}
        onChange={(e) => update('step5', { saAuthorisationNeeded: e.currentTarget.checked })}
      />
      <Textarea
        label={t('fields.steps')}
        value={s.steps ?? ''}
        onChange={(e) => update('step5', { steps: e.currentTarget.value })}
        autosize
        minRows={2}
      />
    </Stack>
  )
}

/** Step 6: when to re-evaluate (default 12 months after signing) and what would make it earlier. */
export function Step6({ content, update, err }: StepProps) {
  const { t } = useTranslation('transfers')
  const s = content.step6
  return (
    <Stack gap="sm">
      <DateField
        label={t('fields.nextReviewOn')}
        description={t('ui.wizard.defaultReview')}
        value={s.nextReviewOn ?? ''}
        onChange={(v) => update('step6', { nextReviewOn: v || undefined })}
        error={err('step6.nextReviewOn')}
        w={260}
      />
      <Textarea
        label={t('fields.triggers')}
        value={s.triggers ?? ''}
        onChange={(e) => update('step6', { triggers: e.currentTarget.value })}
        autosize
        minRows={2}
      />
    </Stack>
  )
}
