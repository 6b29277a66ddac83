import {
  Button,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useEffect, useState } from 'react'
import { DSAR_CHANNELS, DSAR_RELATIONSHIPS } from '../../../../shared/domain/dsar/enums'
import type { DsarCaseInput } from '../../../../shared/domain/dsar/inputs'
import type { DsarCase, DsarCaseView } from '../../../../shared/domain/dsar/views'
import { DSAR_REGIMES, requestTypesOf, type DsarRegime } from '../../../../shared/rules/dsar/dsarTypes'
import { useApiQuery } from '../../api/queries'
import { useProfile } from '../../api/useWorkspace'
import { CountrySelect } from '../../components/CountrySelect'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDsarWrite } from './dsarApi'
import { useDsarFormat, useFieldError } from './dsarFormat'
import { DateField } from '../../components/DateField'

type Values = Omit<DsarCaseInput, 'receivedAt' | 'requestTypes' | 'regime'> & {
  regime: DsarRegime
  requestTypes: string[]
  receivedDate: string
  receivedTime: string
}

function fromCase(c: DsarCase, timeZone: string): Values {
  // The stored instant as the organisation's wall time (display conversion only).
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .formatToParts(new Date(c.receivedAt))
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {})
  return {
    id: c.id,
    requesterName: c.requesterName ?? '',
    requesterEmail: c.requesterEmail ?? '',
    requesterPhone: c.requesterPhone ?? '',
    requesterAddress: c.requesterAddress ?? '',
    requesterCountry: c.requesterCountry ?? '',
    relationship: c.relationship,
    channel: c.channel,
    regime: c.regime,
    country: c.country ?? '',
    requestTypes: c.requestTypes,
    description: c.description ?? '',
    notes: c.notes ?? '',
    receivedDate: `${parts.year}-${parts.month}-${parts.day}`,
    receivedTime: `${parts.hour}:${parts.minute}`,
  }
}

/** Log a new request, or edit one (`existing`). Every check and date is the core's; errors name the field. */
export function RequestForm({
  existing,
  onSaved,
  onCancel,
}: {
  existing?: DsarCase
  onSaved: (v: DsarCaseView) => void
  onCancel: () => void
}) {
  const f = useDsarFormat()
  const { t } = f
  const timeZone = useProfile().data?.timeZone ?? 'UTC'
  const [v, setV] = useState<Values | null>(existing ? fromCase(existing, timeZone) : null)
  const [askedCountry, setAskedCountry] = useState<string | undefined>(undefined)
  const suggestion = useApiQuery('dsar.suggest', askedCountry ? { requesterCountry: askedCountry } : {})
  const save = useDsarWrite('dsar.save', onSaved)
  const fieldError = useFieldError(save.error)

  // A new request starts from the core's suggestion: the law, its holiday calendar, and "now" in the organisation's zone.
  useEffect(() => {
    const s = suggestion.data
    if (!s || existing) return
    setV((cur) =>
      cur
        ? {
            ...cur,
            regime: s.regime,
            country: s.country,
            requestTypes: cur.requestTypes.filter((x) =>
              (requestTypesOf(s.regime) as readonly string[]).includes(x),
            ),
          }
        : {
            requesterName: '',
            relationship: 'customer',
            channel: 'email',
            regime: s.regime,
            country: s.country,
            requestTypes: [requestTypesOf(s.regime)[0]],
            receivedDate: s.today,
            receivedTime: s.time,
          },
    )
  }, [suggestion.data, existing])

  if (!v) return null
  const set = (patch: Partial<Values>) => setV({ ...v, ...patch })
  const options = (values: readonly string[], prefix: string) =>
    values.map((x) => ({ value: x, label: t(`${prefix}.${x}`) }))
  const submit = () => {
    const { receivedDate, receivedTime, ...rest } = v
    save.mutate({
      ...rest,
      receivedAt: `${receivedDate}T${receivedTime}`,
      requestTypes: v.requestTypes as DsarCaseInput['requestTypes'],
    })
  }
  return (
    <Stack gap="md" data-testid="dsar-form">
      <Title order={3} size="h4">
        {t('ui.form.requester')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('ui.form.requesterName')}
          required
          value={v.requesterName}
          onChange={(e) => set({ requesterName: e.currentTarget.value })}
          error={fieldError('requesterName')}
        />
        <TextInput
          label={t('ui.form.requesterEmail')}
          value={v.requesterEmail ?? ''}
          onChange={(e) => set({ requesterEmail: e.currentTarget.value })}
          error={fieldError('requesterEmail')}
        />
        <TextInput
          label={t('ui.form.requesterPhone')}
          value={v.requesterPhone ?? ''}
          onChange={(e) => set({ requesterPhone: e.currentTarget.value })}
          error={fieldError('requesterPhone')}
        />
        <TextInput
          label={t('ui.form.requesterAddress')}
          value={v.requesterAddress ?? ''}
          onChange={(e) => set({ requesterAddress: e.currentTarget.value })}
          error={fieldError('requesterAddress')}
        />
        <CountrySelect
          label={t('ui.form.requesterCountry')}
          value={v.requesterCountry || null}
          clearable
          onChange={(c) => {
            set({ requesterCountry: c ?? '' })
            if (!existing) setAskedCountry(c ?? undefined)
          }}
          error={fieldError('requesterCountry')}
        />
        <Select
          label={t('ui.form.relationship')}
          data={options(DSAR_RELATIONSHIPS, 'relationships')}
          value={v.relationship}
          onChange={(x) => x && set({ relationship: x as Values['relationship'] })}
          allowDeselect={false}
          error={fieldError('relationship')}
        />
      </SimpleGrid>
      <Title order={3} size="h4">
        {t('ui.form.request')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Select
          label={t('ui.form.channel')}
          data={options(DSAR_CHANNELS, 'channels')}
          value={v.channel}
          onChange={(x) => x && set({ channel: x as Values['channel'] })}
          allowDeselect={false}
          error={fieldError('channel')}
        />
        <DateField
          label={t('ui.form.receivedDate')}
          value={v.receivedDate}
          onChange={(v) => set({ receivedDate: v })}
          error={fieldError('receivedAt')}
          required
        />
        <TextInput
          type="time"
          label={t('ui.form.receivedTime')}
          value={v.receivedTime}
          onChange={(e) => set({ receivedTime: e.currentTarget.value })}
          required
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={-8}>
        {t('ui.form.receivedHelp', { timeZone })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Select
          label={t('ui.form.regime')}
          description={t('ui.form.regimeHelp')}
          data={DSAR_REGIMES.map((r) => ({ value: r, label: t(`dsar:regimes.${r}`) }))}
          value={v.regime}
          allowDeselect={false}
          onChange={(x) => {
            if (!x) return
            const regime = x as DsarRegime
            const allowed = requestTypesOf(regime) as readonly string[]
            const kept = v.requestTypes.filter((y) => allowed.includes(y))
            set({ regime, country: '', requestTypes: kept.length ? kept : [allowed[0]] })
          }}
          error={fieldError('regime')}
        />
        <TextInput
          label={t('ui.form.country')}
          description={t('ui.form.countryHelp')}
          value={v.country ?? ''}
          onChange={(e) => set({ country: e.currentTarget.value.toUpperCase() })}
          error={fieldError('country')}
        />
      </SimpleGrid>
      {suggestion.data && !existing && (
        <Text size="sm" c="dimmed" data-testid="dsar-suggestion">
          {t('ui.form.suggested', {
            regime: t(`dsar:regimes.${suggestion.data.regime}`),
            why: t(suggestion.data.why.key, suggestion.data.why.params),
          })}
        </Text>
      )}
      <MultiSelect
        label={t('ui.form.types')}
        data={requestTypesOf(v.regime).map((x) => ({ value: x, label: f.type(x) }))}
        value={v.requestTypes}
        onChange={(x) => set({ requestTypes: x })}
        error={fieldError('requestTypes')}
        required
      />
      <Textarea
        label={t('ui.form.description')}
        autosize
        minRows={2}
        value={v.description ?? ''}
        onChange={(e) => set({ description: e.currentTarget.value })}
        error={fieldError('description')}
      />
      <Textarea
        label={t('ui.form.notes')}
        autosize
        minRows={2}
        value={v.notes ?? ''}
        onChange={(e) => set({ notes: e.currentTarget.value })}
        error={fieldError('notes')}
      />
      <ErrorAlert error={save.error} />
      <Group>
        <Button onClick={submit} loading={save.isPending} data-testid="dsar-save">
          {t('ui.form.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('ui.form.cancel')}
        </Button>
      </Group>
    </Stack>
  )
}
