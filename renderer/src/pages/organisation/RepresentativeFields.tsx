import { SimpleGrid, TextInput } from '@mantine/core'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { isEea } from '../../../../shared/reference/countries'
import { useFieldErrorText } from '../../components/useFieldErrorText'
import { FormSection } from './FormSection'
import type { ProfileForm } from './profileForm'

/** Art. 27: only organisations established outside the EU/EEA designate an EU representative. */
export function RepresentativeFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation()
  const errorText = useFieldErrorText()
  const country = useWatch({ control: form.control, name: 'country' })
  const { errors } = form.formState
  if (!country || isEea(country.toUpperCase())) return null
  return (
    <FormSection title={t('profile.representative.title')} intro={t('profile.representative.intro')}>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput
          label={t('profile.representative.name')}
          {...form.register('euRepresentative.name')}
          error={errorText(errors.euRepresentative?.name)}
        />
        <TextInput
          label={t('profile.representative.address')}
          {...form.register('euRepresentative.address')}
          error={errorText(errors.euRepresentative?.address)}
        />
        <TextInput
          type="email"
          label={t('profile.representative.email')}
          {...form.register('euRepresentative.email')}
          error={errorText(errors.euRepresentative?.email)}
        />
      </SimpleGrid>
    </FormSection>
  )
}
