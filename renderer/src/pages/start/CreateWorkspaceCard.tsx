import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { CreateWorkspaceInputSchema } from '../../../../shared/domain/workspace'
import { languageOfLocale } from '../../../../shared/reference/regimes'
import { call } from '../../api/client'
import { applyServerFieldErrors } from '../../components/applyServerFieldErrors'
import { CountrySelect } from '../../components/CountrySelect'
import { PathText } from '../../components/PathText'
import { LanguageSelect } from '../../components/LanguageSelect'
import { TimeZoneSelect } from '../../components/TimeZoneSelect'
import { useFieldErrorText } from '../../components/useFieldErrorText'
import { keyedErrors } from '../../components/zodErrorKeys'
import { browserTimeZone } from '../../reference/timeZones'
import { COUNTRY_CODES } from '../../reference/countryCodes'
import { suggestedFileName } from './suggestedFileName'
import { useEnterWorkspace } from './useEnterWorkspace'
import { onCreateRequested } from '../../api/menuCommands'

const FormSchema = CreateWorkspaceInputSchema.omit({ path: true })
type FormInput = z.input<typeof FormSchema>
type FormOutput = z.output<typeof FormSchema>

function browserCountry(): string {
  const region = new Intl.Locale(navigator.language).maximize().region ?? ''
  return COUNTRY_CODES.includes(region) ? region : ''
}

export function CreateWorkspaceCard({ onError }: { onError: (e: unknown) => void }) {
  const { t, i18n } = useTranslation()
  const errorText = useFieldErrorText()
  const enter = useEnterWorkspace()
  const [path, setPath] = useState<string | null>(null)
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(FormSchema, keyedErrors),
    defaultValues: {
      legalName: '',
      country: browserCountry(),
      timeZone: browserTimeZone(),
      language: languageOfLocale(i18n.language),
    },
  })

  useEffect(() => onCreateRequested(() => form.setFocus('legalName')), [form])

  const choosePath = async (): Promise<string | null> => {
    const { path: chosen } = await call('dialog.chooseNewWorkspacePath', {
      suggestedName: suggestedFileName(form.getValues('legalName')),
    })
    if (chosen) setPath(chosen)
    return chosen
  }

  const create = useMutation({
    mutationFn: async (values: FormOutput) => {
      const target = path ?? (await choosePath())
      if (!target) return null
      return call('workspace.create', { ...values, path: target })
    },
    onSuccess: (info) => (info ? enter(info) : undefined),
    onError: (e) => {
      if (!applyServerFieldErrors(e, form.setError)) onError(e)
    },
  })

  const { errors } = form.formState
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="create-title">
      <form onSubmit={form.handleSubmit((v) => (onError(null), create.mutate(v)))} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="create-title">
            {t('start.create.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('start.create.intro')}
          </Text>
          <TextInput
            label={t('start.create.organisationName')}
            description={t('start.create.organisationNameHelp')}
            withAsterisk
            {...form.register('legalName')}
            error={errorText(errors.legalName)}
          />
          <Controller
            control={form.control}
            name="country"
            render={({ field }) => (
              <CountrySelect
                label={t('start.create.country')}
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
                label={t('start.create.timeZone')}
                description={t('start.create.timeZoneHelp')}
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
                label={t('start.create.language')}
                description={t('start.create.languageHelp')}
                value={field.value ?? 'en'}
                onChange={(v) => field.onChange(v ?? 'en')}
                error={errorText(errors.language)}
              />
            )}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('start.create.location')}
            </Text>
            <Group gap="sm" wrap="nowrap">
              <Button
                variant="default"
                onClick={() => void choosePath().catch(onError)}
                style={{ flexShrink: 0 }}
              >
                {t('start.create.chooseLocation')}
              </Button>
              {path ? (
                <PathText size="sm" path={path} data-testid="create-path" />
              ) : (
                <Text size="sm" c="dimmed" data-testid="create-path">
                  {t('start.create.noLocation')}
                </Text>
              )}
            </Group>
          </Stack>
          <Group justify="flex-end" mt="sm">
            <Button type="submit" loading={create.isPending}>
              {t('start.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}
