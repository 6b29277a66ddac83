import { SimpleGrid, Switch, TextInput, Textarea } from '@mantine/core'
import { Controller, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useFieldErrorText } from '../../components/useFieldErrorText'
import { FormSection } from './FormSection'
import type { ProfileForm } from './profileForm'

export function DpoFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation()
  const errorText = useFieldErrorText()
  const appointed = useWatch({ control: form.control, name: 'dpo.appointed' })
  const { errors } = form.formState
  return (
    <FormSection title={t('profile.dpo.title')} intro={t('profile.dpo.intro')}>
      <Controller
        control={form.control}
        name="dpo.appointed"
        render={({ field }) => (
          <Switch
            label={t('profile.dpo.appointed')}
            checked={field.value}
            onChange={(e) => field.onChange(e.currentTarget.checked)}
            onBlur={field.onBlur}
          />
        )}
      />
      {appointed ? (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            label={t('profile.dpo.name')}
            {...form.register('dpo.name')}
            error={errorText(errors.dpo?.name)}
          />
          <TextInput
            type="email"
            label={t('profile.dpo.email')}
            description={t('profile.dpo.emailHelp')}
            withAsterisk
            {...form.register('dpo.email')}
            error={errorText(errors.dpo?.email)}
          />
          <TextInput
            label={t('profile.dpo.phone')}
            {...form.register('dpo.phone')}
            error={errorText(errors.dpo?.phone)}
          />
        </SimpleGrid>
      ) : (
        <Textarea
          label={t('profile.dpo.reason')}
          description={t('profile.dpo.reasonHelp')}
          withAsterisk
          autosize
          minRows={2}
          {...form.register('dpo.reasonNotAppointed')}
          error={errorText(errors.dpo?.reasonNotAppointed)}
        />
      )}
    </FormSection>
  )
}
