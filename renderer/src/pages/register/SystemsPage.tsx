import { Badge, Button, Group, Loader, Modal, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SYSTEM_TYPES, type RegisterSystem, type SystemInput } from '../../../../shared/domain/register/system'
import { withoutTimes } from '../../../../shared/domain/withoutTimes'
import { CountrySelect } from '../../components/CountrySelect'
import { DataTable } from '../../components/DataTable'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { useFieldError } from './fieldError'
import { useRegisterWrite, useSystems, useVendors } from './registerApi'
import { RegisterTabs } from './RegisterTabs'

/** Help under the field, so that inputs side by side line up whatever the length of their help. */
const BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error']

type SystemDraft = SystemInput & { name: string }
const blank = (s: string) => (s === '' ? undefined : s)

/** Systems and assets that hold personal data (the places a data-subject request must search). */
export function SystemsPage() {
  const { t } = useTranslation('register')
  const list = useSystems()
  const vendors = useVendors()
  const [editing, setEditing] = useState<SystemDraft | null>(null)
  const vendorName = useMemo(() => new Map((vendors.data ?? []).map((v) => [v.id, v.name])), [vendors.data])
  const columns = useMemo<ColumnDef<RegisterSystem>[]>(
    () => [
      { id: 'name', accessorKey: 'name', header: t('ui.systems.col.name'), size: 240 },
      {
        id: 'type',
        accessorKey: 'type',
        header: t('ui.systems.col.type'),
        size: 160,
        meta: { text: (v) => t(`systemTypes.${v as string}`) },
        cell: (c) => t(`systemTypes.${c.getValue<string>()}`),
      },
      { id: 'location', accessorFn: (r) => r.location ?? '', header: t('ui.systems.col.location'), size: 240 },
      { id: 'country', accessorFn: (r) => r.country ?? '', header: t('ui.systems.col.country'), size: 90 },
      {
        id: 'internal',
        accessorKey: 'internal',
        header: t('ui.systems.col.internal'),
        size: 140,
        meta: { text: (v) => (v ? t('ui.systems.internal') : t('ui.systems.external')) },
        cell: (c) => (
          <Badge variant="light" color={c.getValue<boolean>() ? 'blue' : 'grape'}>
            {c.getValue<boolean>() ? t('ui.systems.internal') : t('ui.systems.external')}
          </Badge>
        ),
      },
      { id: 'vendor', accessorFn: (r) => (r.vendorId ? (vendorName.get(r.vendorId) ?? '') : ''), header: t('ui.systems.col.vendor'), size: 200 },
    ],
    [t, vendorName],
  )
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('ui.systems.title')} intro={t('ui.systems.intro')} />
        <Button onClick={() => setEditing({ name: '', type: 'application', internal: true })} data-testid="new-system">
          {t('ui.systems.new')}
        </Button>
      </Group>
      <RegisterTabs active="systems" />
      <ErrorAlert error={list.error} />
      {list.isPending && <Loader />}
      {list.data && (
        <DataTable
          tableId="register-systems"
          columns={columns}
          data={list.data}
          getRowId={(r) => r.id}
          onRowClick={(s) => setEditing(withoutTimes(s))}
          emptyText={t('ui.systems.empty')}
        />
      )}
      {editing && <SystemModal initial={editing} onClose={() => setEditing(null)} />}
    </Stack>
  )
}

function SystemModal({ initial, onClose }: { initial: SystemDraft; onClose: () => void }) {
  const { t } = useTranslation('register')
  const [s, setS] = useState(initial)
  const vendors = useVendors()
  const save = useRegisterWrite('register.saveSystem', onClose)
  const remove = useRegisterWrite('register.deleteSystem', onClose)
  const fieldError = useFieldError(save.error)
  const set = <K extends keyof SystemDraft>(k: K, v: SystemDraft[K]) => setS((old) => ({ ...old, [k]: v }))
  const u = (k: string) => t(`ui.systems.${k}`)
  return (
    <Modal opened onClose={onClose} title={s.id ? u('edit') : u('new')} size="lg">
      <Stack gap="sm">
        <TextInput inputWrapperOrder={BELOW} label={u('name')} value={s.name} onChange={(e) => set('name', e.currentTarget.value)} error={fieldError('name')} required data-testid="system-name" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select inputWrapperOrder={BELOW} label={u('type')} data={SYSTEM_TYPES.map((x) => ({ value: x, label: t(`systemTypes.${x}`) }))} value={s.type ?? 'application'} onChange={(v) => v && set('type', v as SystemDraft['type'])} allowDeselect={false} />
          <CountrySelect inputWrapperOrder={BELOW} label={u('country')} value={s.country ?? null} onChange={(v) => set('country', v ?? undefined)} clearable />
        </SimpleGrid>
        <TextInput inputWrapperOrder={BELOW} label={u('location')} description={u('locationHelp')} value={s.location ?? ''} onChange={(e) => set('location', blank(e.currentTarget.value))} />
        <Switch label={u('internalLabel')} description={u('internalHelp')} checked={s.internal ?? true} onChange={(e) => set('internal', e.currentTarget.checked)} />
        {!s.internal && (
          <Select inputWrapperOrder={BELOW} label={u('vendor')} data={(vendors.data ?? []).map((v) => ({ value: v.id, label: v.name }))} value={s.vendorId ?? null} onChange={(v) => set('vendorId', v ?? undefined)} clearable searchable error={fieldError('vendorId')} />
        )}
        <Textarea inputWrapperOrder={BELOW} label={u('notes')} value={s.notes ?? ''} onChange={(e) => set('notes', blank(e.currentTarget.value))} autosize />
        <ErrorAlert error={save.error ?? remove.error} />
        <Group justify="space-between">
          {s.id ? (
            <Button variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate({ id: s.id! })}>
              {u('delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('ui.form.cancel')}
            </Button>
            <Button loading={save.isPending} onClick={() => save.mutate(s)} data-testid="save-system">
              {u('save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  )
}
