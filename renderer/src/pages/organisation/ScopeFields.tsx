import { Checkbox, Group, MultiSelect, Select } from '@mantine/core'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { REGIMES } from '../../../../shared/reference/regimes'
import { useApiQuery } from '../../api/queries'
import { useFieldErrorText } from '../../components/useFieldErrorText'
import { FormSection } from './FormSection'
import type { ProfileForm } from './profileForm'

export function ScopeFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation()
  const errorText = useFieldErrorText()
  const authorities = useApiQuery('reference.authorities', {})
  const { errors } = form.formState
  return (
    <FormSection title={t('profile.scope.title')} intro={t('profile.scope.intro')}>
      <Controller
        control={form.control}
        name="leadAuthority"
        render={({ field }) => (
          <Select
            label={t('profile.leadAuthority')}
            description={t('profile.leadAuthorityHelp')}
            placeholder={t('profile.leadAuthorityNone')}
            searchable
            clearable
            data={(authorities.data ?? []).map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))}
            value={field.value ?? null}
            onChange={(v) => field.onChange(v ?? undefined)}
            onBlur={field.onBlur}
            error={errorText(errors.leadAuthority) ?? authorities.error?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="roles"
        render={({ field }) => (
          <Checkbox.Group
            label={t('profile.roles')}
            description={t('profile.rolesHelp')}
            withAsterisk
            value={field.value}
            onChange={(v) => field.onChange(v as typeof field.value)}
            error={errorText(errors.roles)}
          >
            <Group mt="xs">
              <Checkbox value="controller" label={t('roles.controller')} />
              <Checkbox value="processor" label={t('roles.processor')} />
            </Group>
          </Checkbox.Group>
        )}
      />
      <Controller
        control={form.control}
        name="regimes"
        render={({ field }) => (
          <MultiSelect
            label={t('profile.regimes')}
            description={t('profile.regimesHelp')}
            withAsterisk
            data={REGIMES.map((r) => ({ value: r, label: t(`regimes.${r}`) }))}
            value={field.value}
            onChange={(v) => field.onChange(v as typeof field.value)}
            onBlur={field.onBlur}
            error={errorText(errors.regimes)}
          />
        )}
      />
    </FormSection>
  )
}
