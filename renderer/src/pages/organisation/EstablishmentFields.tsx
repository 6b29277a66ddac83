import { SimpleGrid, TextInput } from '@mantine/core'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { CountrySelect } from '../../components/CountrySelect'
import { LanguageSelect } from '../../components/LanguageSelect'
import { TimeZoneSelect } from '../../components/TimeZoneSelect'
import { useFieldErrorText } from '../../components/useFieldErrorText'
import { FormSection } from './FormSection'
import type { ProfileForm } from './profileForm'

export function EstablishmentFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation()
  const errorText = useFieldErrorText()
  const { errors } = form.formState
  return (
    <FormSection title={t('profile.establishment.title')} intro={t('profile.establishment.intro')}>
      <TextInput
        label={t('profile.street')}
        {...form.register('address.street')}
        error={errorText(errors.address?.street)}
      />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput
          label={t('profile.postalCode')}
          {...form.register('address.postalCode')}
          error={errorText(errors.address?.postalCode)}
        />
        <TextInput
          label={t('profile.city')}
          {...form.register('address.city')}
          error={errorText(errors.address?.city)}
        />
        <TextInput
          label={t('profile.region')}
          {...form.register('address.region')}
          error={errorText(errors.address?.region)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Controller
          control={form.control}
          name="country"
          render={({ field }) => (
            <CountrySelect
              label={t('profile.country')}
              description={t('profile.countryHelp')}
              withAsterisk
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              error={errorText(errors.country)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="timeZone"
          render={({ field }) => (
            <TimeZoneSelect
              label={t('profile.timeZone')}
              description={t('profile.timeZoneHelp')}
              withAsterisk
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              error={errorText(errors.timeZone)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="language"
          render={({ field }) => (
            <LanguageSelect
              label={t('profile.language')}
              description={t('profile.languageHelp')}
              value={field.value}
              onChange={(v) => field.onChange(v ?? 'en')}
              error={errorText(errors.language)}
            />
          )}
        />
      </SimpleGrid>
    </FormSection>
  )
}
