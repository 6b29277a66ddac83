import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CAUSE_KINDS, NATURES } from '../../../../shared/domain/breach/incident'
import type { Regime } from '../../../../shared/reference/regimes'
import { FACTS_OF_ONE_LAW, YES_NO_FACTS_OF_ONE_LAW } from '../../../../shared/rules/breach/applicableRegimes'
import { useApiQuery } from '../../api/queries'
import { useProfile } from '../../api/useWorkspace'
import { ErrorAlert } from '../../components/ErrorAlert'
import type { BreachFormValues } from './breachFormValues'
import { useFieldError } from './fieldError'
import { DateTimeField } from '../../components/DateTimeField'

/** The incident record (issue 6 item 2): what happened, when you knew, who and what is affected. */
export function BreachForm({
  initial,
  timeZone,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: BreachFormValues
  timeZone: string
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (v: BreachFormValues) => void
  onCancel?: () => void
}) {
  const { t } = useTranslation('breach')
  const [v, setV] = useState(initial)
  const fieldError = useFieldError(error)
  const authorities = useApiQuery('reference.authorities', {})
  // A law's facts are asked only when the organisation profile declares that law (its clocks cannot run
  // otherwise); a fact already recorded stays shown, to be seen and changed. All are shown until it loads.
  const declared = useProfile().data?.regimes
  const factAsked = (fact: (typeof FACTS_OF_ONE_LAW)[number][0], regime: Regime) =>
    !declared || declared.includes(regime) || (v[fact] !== false && v[fact] !== '')
  const activities = useApiQuery('register.listActivities', {})
  const vendors = useApiQuery('register.listVendors', {})
  // The register's records to choose from; a linked record the list does not hold (yet) keeps its id as label.
  const choices = (list: { id: string; name: string }[] | undefined, chosen: string[]) => {
    const known = (list ?? []).map((x) => ({ value: x.id, label: x.name }))
    const ids = new Set(known.map((x) => x.value))
    return [...known, ...chosen.filter((id) => !ids.has(id)).map((id) => ({ value: id, label: id }))]
  }
  const activityData = useMemo(() => choices(activities.data, v.activityIds), [activities.data, v.activityIds])
  const vendorData = useMemo(
    () => choices(vendors.data?.map((x) => ({ id: x.id, name: `${x.name} (${x.country})` })), v.vendorIds),
    [vendors.data, v.vendorIds],
  )
  const set = <K extends keyof BreachFormValues>(k: K) => (value: BreachFormValues[K]) => setV((old) => ({ ...old, [k]: value }))
  const text = (k: keyof BreachFormValues, errorPath: string = k) => ({
    value: v[k] as string,
    onChange: (e: { currentTarget: { value: string } }) => set(k)(e.currentTarget.value as never),
    error: fieldError(errorPath),
    label: t(`ui.form.${k}`),
  })
  const time = (k: keyof BreachFormValues, errorPath: string = k) => ({
    value: v[k] as string,
    onChange: (value: string) => set(k)(value as never),
    error: fieldError(errorPath),
    label: t(`ui.form.${k}`),
    description: t('ui.form.inZone', { timeZone }),
  })
  const lawFields = [
    ...YES_NO_FACTS_OF_ONE_LAW.filter(([k, regime]) => factAsked(k, regime)).map(([k]) => (
      <Checkbox key={k} label={t(`ui.form.${k}`)} checked={v[k]} onChange={(e) => set(k)(e.currentTarget.checked)} />
    )),
    v.doraMajor && <DateTimeField key="doraClassifiedAt" {...time('doraClassifiedAt', 'flags.doraClassifiedAt')} />,
    // Only a processor informs a controller; a value already saved stays visible to be cleared.
    (v.role === 'processor' || v.processorTargetHours !== '') && (
      <TextInput key="processorTargetHours" {...text('processorTargetHours')} inputMode="numeric" description={t('ui.form.targetHelp')} />
    ),
    factAsked('fadpTargetHours', 'fadp') && (
      <TextInput key="fadpTargetHours" {...text('fadpTargetHours')} inputMode="numeric" description={t('ui.form.targetHelp')} />
    ),
  ].filter(Boolean)
  const section = (key: string, children: ReactNode) => (
    <Fieldset legend={t(`ui.form.section.${key}`)}>
      <Stack gap="sm">{children}</Stack>
    </Fieldset>
  )

  return (
    <form
      noValidate
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit(v)
      }}
    >
      <Stack gap="lg">
        {section(
          'what',
          <>
            <TextInput {...text('title')} required description={t('ui.form.titleHelp')} data-autofocus />
            <Checkbox.Group label={t('ui.form.natures')} value={v.natures} onChange={set('natures')} error={fieldError('natures')} required>
              <Group gap="lg" mt={4}>
                {NATURES.map((n) => (
                  <Checkbox key={n} value={n} label={t(`labels.nature.${n}`)} description={t(`labels.natureHelp.${n}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Select
                label={t('ui.form.causeKind')}
                data={CAUSE_KINDS.map((c) => ({ value: c, label: t(`labels.causeKind.${c}`) }))}
                value={v.causeKind || null}
                onChange={(x) => set('causeKind')(x ?? '')}
                clearable
                error={fieldError('causeKind')}
              />
              <TextInput {...text('cause')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <DateTimeField {...time('startedAt')} />
              <DateTimeField {...time('endedAt')} disabled={v.ongoing} />
              <Switch mt="xl" label={t('ui.form.ongoing')} checked={v.ongoing} onChange={(e) => set('ongoing')(e.currentTarget.checked)} />
            </SimpleGrid>
          </>,
        )}
        {section(
          'aware',
          <>
            <Text size="sm" c="dimmed">
              {t('ui.form.awareHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <DateTimeField {...time('discoveredAt')} required />
              <TextInput {...text('discoveryHow')} />
              <DateTimeField {...time('awareAt')} required />
              <TextInput {...text('awareBy')} required />
            </SimpleGrid>
            <Textarea {...text('awareReasoning')} autosize minRows={2} description={t('ui.form.awareReasoningHelp')} />
            {v.role === 'controller' && <DateTimeField {...time('processorAwareAt')} description={t('ui.form.processorAwareHelp')} />}
          </>,
        )}
        {section(
          'affected',
          <>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Textarea {...text('subjectCategories')} autosize minRows={2} description={t('ui.form.onePerLine')} />
              <TextInput {...text('subjectCount')} inputMode="numeric" description={t('ui.form.approximate')} />
              <Textarea {...text('dataCategories')} autosize minRows={2} description={t('ui.form.onePerLine')} />
              <TextInput {...text('recordCount')} inputMode="numeric" description={t('ui.form.approximate')} />
              <Textarea {...text('specialCategories', 'dataCategories')} autosize minRows={1} description={t('ui.form.specialHelp')} />
              <TextInput {...text('subjectCountries')} description={t('ui.form.countriesHelp')} />
            </SimpleGrid>
            <TextInput {...text('likelyConsequences')} />
          </>,
        )}
        {section(
          'role',
          <>
            <SegmentedControl
              value={v.role}
              onChange={(x) => set('role')(x as BreachFormValues['role'])}
              data={(['controller', 'processor'] as const).map((r) => ({ value: r, label: t(`labels.role.${r}`) }))}
              aria-label={t('ui.form.role')}
            />
            {v.role === 'processor' && (
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <TextInput {...text('controllerName')} required />
                <TextInput {...text('controllerContact')} />
              </SimpleGrid>
            )}
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput {...text('contactName', 'contact.name')} />
              <TextInput {...text('contactEmail', 'contact.email')} type="email" />
              <TextInput {...text('contactPhone', 'contact.phone')} />
            </SimpleGrid>
            <Select
              label={t('ui.form.authorityCode')}
              description={t('ui.form.authorityHelp')}
              data={(authorities.data ?? []).map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))}
              value={v.authorityCode || null}
              onChange={(x) => set('authorityCode')(x ?? '')}
              searchable
              clearable
              error={fieldError('authorityCode')}
            />
          </>,
        )}
        {section(
          'laws',
          <>
            <Text size="sm" c="dimmed">
              {t('ui.form.lawsHelp')}
            </Text>
            {!FACTS_OF_ONE_LAW.some(([k, regime]) => factAsked(k, regime)) && (
              <Text size="sm" data-testid="breach-laws-none">
                {t('ui.form.lawsNone')}
              </Text>
            )}
            {lawFields.length > 0 && <SimpleGrid cols={{ base: 1, md: 2 }}>{lawFields}</SimpleGrid>}
          </>,
        )}
        {section(
          'links',
          <>
            <Text size="sm" c="dimmed">
              {t('ui.form.linksHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <MultiSelect
                label={t('ui.form.activityIds')}
                data={activityData}
                value={v.activityIds}
                onChange={set('activityIds')}
                error={fieldError('activityIds')}
                searchable
                nothingFoundMessage={t('ui.form.noneInRegister')}
                data-testid="breach-activities"
              />
              <MultiSelect
                label={t('ui.form.vendorIds')}
                data={vendorData}
                value={v.vendorIds}
                onChange={set('vendorIds')}
                error={fieldError('vendorIds')}
                searchable
                nothingFoundMessage={t('ui.form.noneInRegister')}
                data-testid="breach-vendors"
              />
            </SimpleGrid>
          </>,
        )}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('ui.cancel')}
            </Button>
          )}
          <Button type="submit" loading={pending} data-testid="breach-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
