import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { OrganisationProfile } from '../../../../shared/domain/organisation'
import { call } from '../../api/client'
import { invalidateWorkspaceQueries } from '../../api/queries'
import { applyServerFieldErrors } from '../../components/applyServerFieldErrors'
import { ErrorAlert } from '../../components/ErrorAlert'
import { DpoFields } from './DpoFields'
import { EstablishmentFields } from './EstablishmentFields'
import { IdentityFields } from './IdentityFields'
import { toFormValues } from './profileFormValues'
import { profileResolver } from './profileResolver'
import { RepresentativeFields } from './RepresentativeFields'
import { ScopeFields } from './ScopeFields'
import type { ProfileForm as Form } from './profileForm'

export function ProfileForm({ profile }: { profile: OrganisationProfile }) {
  const { t } = useTranslation()
  const initial = useMemo(() => toFormValues(profile), [profile])
  const form: Form = useForm({ resolver: profileResolver, defaultValues: initial })
  // A change saved elsewhere (another window, the CLI) shows up here unless the user is editing.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(initial)
  }, [initial, form])

  const save = useMutation({
    mutationFn: (values: OrganisationProfile) => call('profile.save', values),
    onSuccess: async (saved) => {
      form.reset(toFormValues(saved))
      notifications.show({ color: 'green', title: t('profile.saved'), message: t('profile.savedDetail') })
      await invalidateWorkspaceQueries()
    },
    onError: (e) => applyServerFieldErrors(e, form.setError),
  })

  const hasErrors = Object.keys(form.formState.errors).length > 0
  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate aria-label={t('profile.title')}>
      <Stack gap="lg">
        <IdentityFields form={form} />
        <EstablishmentFields form={form} />
        <DpoFields form={form} />
        <RepresentativeFields form={form} />
        <ScopeFields form={form} />
        {hasErrors && (
          <Alert color="red" variant="light" role="alert" data-testid="form-has-errors">
            {t('profile.fixErrors')}
          </Alert>
        )}
        {save.error && !hasErrors && <ErrorAlert error={save.error} title={t('profile.saveFailed')} />}
        <Group justify="flex-end" gap="sm">
          {form.formState.isDirty && (
            <Text size="sm" c="dimmed">
              {t('profile.unsaved')}
            </Text>
          )}
          <Button variant="default" onClick={() => form.reset(initial)} disabled={!form.formState.isDirty}>
            {t('profile.discard')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
