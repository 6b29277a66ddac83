import { NumberInput, SimpleGrid, TextInput } from '@mantine/core'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useFieldErrorText } from '../../components/useFieldErrorText'
import { FormSection } from './FormSection'
import type { ProfileForm } from './profileForm'

export function IdentityFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation()
  const errorText = useFieldErrorText()
  const { errors } = form.formState
  return (
    <FormSection title={t('profile.identity.title')} intro={t('profile.identity.intro')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('profile.legalName')}
          description={t('profile.legalNameHelp')}
          withAsterisk
          {...form.register('legalName')}
          error={errorText(errors.legalName)}
        />
        <TextInput
          label={t('profile.tradingName')}
          description={t('profile.tradingNameHelp')}
          {...form.register('tradingName')}
          error={errorText(errors.tradingName)}
        />
        <TextInput
          label={t('profile.legalForm')}
          description={t('profile.legalFormHelp')}
          {...form.register('legalForm')}
          error={errorText(errors.legalForm)}
        />
        <TextInput
          label={t('profile.registrationNumber')}
          description={t('profile.registrationNumberHelp')}
          {...form.register('registrationNumber')}
          error={errorText(errors.registrationNumber)}
        />
        <TextInput
          label={t('profile.vatNumber')}
          description={t('profile.vatNumberHelp')}
          {...form.register('vatNumber')}
          error={errorText(errors.vatNumber)}
        />
        <Controller
          control={form.control}
          name="employees"
          render={({ field }) => (
            <NumberInput
              label={t('profile.employees')}
              description={t('profile.employeesHelp')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
              onBlur={field.onBlur}
              error={errorText(errors.employees)}
              data-testid="profile-employees"
            />
          )}
        />
        <TextInput
          type="email"
          label={t('profile.contactEmail')}
          description={t('profile.contactEmailHelp')}
          {...form.register('contactEmail')}
          error={errorText(errors.contactEmail)}
        />
      </SimpleGrid>
    </FormSection>
  )
}
