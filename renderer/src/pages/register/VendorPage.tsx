import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  List,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { Link, useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { VENDOR_ROLES, type Vendor, type VendorInput } from '../../../../shared/domain/register/vendor'
import { withoutTimes } from '../../../../shared/domain/withoutTimes'
import { CountrySelect } from '../../components/CountrySelect'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { useFieldError } from './fieldError'
import { BreachItems, DependentsBlock, DependentsCard } from './DependentsParts'
import { useRegisterWrite, useVendor } from './registerApi'
import { DateField } from '../../components/DateField'

/** Help under the field, so that inputs side by side line up whatever the length of their help. */
const BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error']

type VendorDraft = Required<Pick<VendorInput, 'name' | 'country' | 'role'>> &
  Omit<VendorInput, 'name' | 'country' | 'role'>

const emptyVendor = (): VendorDraft => ({
  name: '',
  country: '',
  role: 'processor',
  services: [],
  dataLocations: [],
  dpa: { signed: false },
  certifications: [],
})
const vendorDraft = (v: Vendor): VendorDraft => withoutTimes(v)
const blank = (s: string) => (s === '' ? undefined : s)

/** A vendor, and everything that depends on it: the activities that send it data, the systems it runs, transfers, breaches. */
export function VendorPage() {
  const { t } = useTranslation('register')
  const navigate = useNavigate()
  const { vendorId } = useParams({ strict: false }) as { vendorId: string }
  const isNew = vendorId === 'new'
  const q = useVendor(vendorId, !isNew)
  const save = useRegisterWrite('register.saveVendor', (v) => {
    if (isNew) void navigate({ to: `/register/vendors/${v.id}` })
  })
  const remove = useRegisterWrite('register.deleteVendor', () => void navigate({ to: '/register/vendors' }))
  if (!isNew && q.isPending) return <Loader />
  if (!isNew && !q.data) return <ErrorAlert error={q.error} />
  const data = isNew ? undefined : q.data
  const deps = data?.dependents
  const inRegister = !!deps && deps.activities.length + deps.systems.length + deps.transfers.length > 0
  // A real breach keeps naming the vendor for good; a drill is an exercise and holds nothing back.
  const inBreach = !!deps && deps.breaches.some((b) => !b.drill)
  const inUse = inRegister || inBreach
  // Drills hold nothing back: the core takes a deleted vendor out of them (audited); the page says so.
  const drills = deps?.breaches.filter((b) => b.drill).length ?? 0
  const nothing = !!deps && !inRegister && deps.breaches.length === 0
  return (
    <Stack gap="md">
      <PageTitle title={data ? data.vendor.name : t('ui.vendor.newTitle')} intro={t('ui.vendor.intro')}>
        <Anchor component={Link} to="/register/vendors" size="sm">
          {t('ui.vendor.back')}
        </Anchor>
      </PageTitle>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <VendorForm
            key={data?.vendor.updatedAt ?? 'new'}
            initial={data ? vendorDraft(data.vendor) : emptyVendor()}
            pending={save.isPending}
            error={save.error}
            onSubmit={(v) => save.mutate({ ...v, ...(data ? { id: data.vendor.id } : {}) })}
          />
        </Grid.Col>
        {deps && (
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <DependentsCard
              testId="vendor-dependents"
              title={t('ui.vendor.dependents')}
              empty={nothing ? t('ui.vendor.noDependents') : undefined}
            >
              {deps.activities.length > 0 && (
                <DependentsBlock>
                  {deps.activities.map((a) => (
                    <List.Item key={a.id}>
                      <Anchor
                        component={Link}
                        to={`/register/activities/${a.id}`}
                        data-testid="vendor-activity"
                      >
                        {a.name}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        ({a.as.map((x) => t(`ui.vendor.as.${x}`)).join(', ')} · {t(`status.${a.status}`)})
                      </Text>
                    </List.Item>
                  ))}
                </DependentsBlock>
              )}
              {deps.systems.length > 0 && (
                <DependentsBlock title={t('ui.vendor.systems')}>
                  {deps.systems.map((s) => (
                    <List.Item key={s.id}>{s.name}</List.Item>
                  ))}
                </DependentsBlock>
              )}
              {deps.transfers.length > 0 && (
                <DependentsBlock title={t('ui.vendor.transfers')}>
                  {deps.transfers.map((tr) => (
                    <List.Item key={tr.id}>
                      <Anchor component={Link} to={`/transfers/${tr.id}`} data-testid="vendor-transfer">
                        {t(`ui.vendor.transferAs.${tr.as}`, { country: tr.country })}
                      </Anchor>
                    </List.Item>
                  ))}
                </DependentsBlock>
              )}
              {deps.breaches.length > 0 && (
                <DependentsBlock title={t('ui.vendor.breaches')}>
                  <BreachItems
                    breaches={deps.breaches}
                    drillLabel={t('ui.vendor.drill')}
                    testId="vendor-breach"
                  />
                </DependentsBlock>
              )}
              <ErrorAlert error={remove.error} />
              <Group>
                <Button
                  variant="subtle"
                  color="red"
                  disabled={inUse}
                  loading={remove.isPending}
                  onClick={() => data && remove.mutate({ id: data.vendor.id })}
                >
                  {t('ui.vendor.delete')}
                </Button>
                {inUse && (
                  <Text size="xs" c="dimmed">
                    {t(inBreach ? 'ui.vendor.deleteInBreach' : 'ui.vendor.deleteInUse')}
                  </Text>
                )}
                {!inUse && drills > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('ui.vendor.deleteLeavesDrills', { count: drills })}
                  </Text>
                )}
              </Group>
            </DependentsCard>
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  )
}

function VendorForm({
  initial,
  pending,
  error,
  onSubmit,
}: {
  initial: VendorDraft
  pending: boolean
  error: unknown
  onSubmit: (v: VendorDraft) => void
}) {
  const { t } = useTranslation('register')
  const [v, setV] = useState(initial)
  const fieldError = useFieldError(error)
  const set = <K extends keyof VendorDraft>(k: K, value: VendorDraft[K]) =>
    setV((old) => ({ ...old, [k]: value }))
  const u = (k: string) => t(`ui.vendor.${k}`)
  const dpa = v.dpa ?? { signed: false }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit(v)
      }}
    >
      <Stack gap="md">
        <Fieldset legend={u('identity')}>
          <Stack gap="sm">
            <TextInput
              inputWrapperOrder={BELOW}
              label={u('name')}
              value={v.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={fieldError('name')}
              required
              data-testid="vendor-name"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <CountrySelect
                inputWrapperOrder={BELOW}
                label={u('country')}
                description={u('countryHelp')}
                value={v.country || null}
                onChange={(c) => set('country', c ?? '')}
                error={fieldError('country')}
                required
                data-testid="vendor-country"
              />
              <Select
                inputWrapperOrder={BELOW}
                label={u('role')}
                description={u('roleHelp')}
                data={VENDOR_ROLES.map((r) => ({ value: r, label: t(`vendorRoles.${r}`) }))}
                value={v.role}
                onChange={(r) => r && set('role', r as VendorDraft['role'])}
                allowDeselect={false}
                data-testid="vendor-role"
              />
            </SimpleGrid>
            <TagsInput
              inputWrapperOrder={BELOW}
              label={u('services')}
              description={u('servicesHelp')}
              value={v.services ?? []}
              onChange={(s) => set('services', s)}
            />
            <TagsInput
              inputWrapperOrder={BELOW}
              label={u('dataLocations')}
              description={u('dataLocationsHelp')}
              value={v.dataLocations ?? []}
              onChange={(s) =>
                set(
                  'dataLocations',
                  s.map((x) => x.trim().toUpperCase()),
                )
              }
              error={fieldError('dataLocations')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={u('dpaSection')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {u('dpaHelp')}
            </Text>
            <Checkbox
              label={u('dpaSigned')}
              checked={dpa.signed ?? false}
              onChange={(e) => set('dpa', { ...dpa, signed: e.currentTarget.checked })}
              data-testid="vendor-dpa-signed"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField
                inputWrapperOrder={BELOW}
                label={u('dpaSignedOn')}
                value={dpa.signedOn ?? ''}
                onChange={(v) => set('dpa', { ...dpa, signedOn: blank(v) })}
                error={fieldError('dpa.signedOn')}
              />
              <TextInput
                inputWrapperOrder={BELOW}
                label={u('dpaReference')}
                value={dpa.reference ?? ''}
                onChange={(e) => set('dpa', { ...dpa, reference: blank(e.currentTarget.value) })}
              />
            </SimpleGrid>
            <TagsInput
              inputWrapperOrder={BELOW}
              label={u('certifications')}
              value={v.certifications ?? []}
              onChange={(s) => set('certifications', s)}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={u('contactSection')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              inputWrapperOrder={BELOW}
              label={u('contactName')}
              value={v.contactName ?? ''}
              onChange={(e) => set('contactName', blank(e.currentTarget.value))}
            />
            <TextInput
              inputWrapperOrder={BELOW}
              label={u('contactEmail')}
              value={v.contactEmail ?? ''}
              onChange={(e) => set('contactEmail', blank(e.currentTarget.value))}
              error={fieldError('contactEmail')}
            />
            <TextInput
              inputWrapperOrder={BELOW}
              label={u('website')}
              value={v.website ?? ''}
              onChange={(e) => set('website', blank(e.currentTarget.value))}
            />
          </SimpleGrid>
          <Textarea
            inputWrapperOrder={BELOW}
            mt="sm"
            label={u('notes')}
            value={v.notes ?? ''}
            onChange={(e) => set('notes', blank(e.currentTarget.value))}
            autosize
            minRows={2}
          />
        </Fieldset>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Badge variant="outline" color="gray">
            {t(`vendorRoles.${v.role}`)}
          </Badge>
          <Button type="submit" loading={pending} data-testid="save-vendor">
            {u('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
