import {
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DEROGATION_CODES,
  DPF_COVERAGE,
  DPF_LISTS,
  FREQUENCIES,
  IMPORTER_ROLES,
  TRANSFER_FORMATS,
  TRANSFER_TOOL_CODES,
  type Transfer,
} from '../../../../shared/domain/transfers/transfer'
import { useApiQuery } from '../../api/queries'
import { CountrySelect } from '../../components/CountrySelect'
import { ErrorAlert } from '../../components/ErrorAlert'
import {
  emptyTransfer,
  fromTransfer,
  toInput,
  type ToolRow,
  type TransferFormValues,
} from './transferFormValues'
import { useFieldError, useTransfersWrite } from './transfersApi'
import { DateField } from '../../components/DateField'

/** Create or edit a transfer: importer (a vendor of the register), data, tools with their details, onward transfers. */
export function TransferForm({ transfer, onSaved }: { transfer?: Transfer; onSaved: (t: Transfer) => void }) {
  const { t } = useTranslation('transfers')
  const [v, setV] = useState<TransferFormValues>(() => (transfer ? fromTransfer(transfer) : emptyTransfer()))
  const set = <K extends keyof TransferFormValues>(k: K, value: TransferFormValues[K]) =>
    setV((p) => ({ ...p, [k]: value }))
  const vendors = useApiQuery('register.listVendors', {})
  const activities = useApiQuery('register.listActivities', {})
  const countries = useApiQuery('transfers.countries.list', {})
  const save = useTransfersWrite('transfers.save', onSaved)
  const err = useFieldError(save.error)

  const vendorData = useMemo(
    () => (vendors.data ?? []).map((x) => ({ value: x.id, label: `${x.name} (${x.country})` })),
    [vendors.data],
  )
  const activityData = useMemo(
    () => (activities.data ?? []).map((x) => ({ value: x.id, label: x.name })),
    [activities.data],
  )
  const decisionData = useMemo(
    () =>
      (countries.data ?? []).flatMap((c) =>
        c.adequacy.map((a) => ({ value: a.id, label: `${a.name} — ${a.decision}` })),
      ),
    [countries.data],
  )
  const opts = (keys: readonly string[], prefix: string) =>
    keys.map((k) => ({ value: k, label: t(`${prefix}.${k}`) }))
  const setTool = (i: number, patch: Partial<ToolRow>) =>
    set(
      'tools',
      v.tools.map((x, j) => (j === i ? { ...x, ...patch } : x)),
    )
  const hasDpf = v.tools.some((x) => x.tool === 'dpf')

  const chooseVendor = (id: string | null) => {
    const vendor = vendors.data?.find((x) => x.id === id)
    setV((p) => ({
      ...p,
      importerVendorId: id ?? '',
      importerCountry: p.importerCountry || vendor?.country || '',
    }))
  }

  return (
    <Stack gap="md" data-testid="transfer-form">
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label={t('fields.importer')}
              placeholder={t('ui.transfer.chooseVendor')}
              data={vendorData}
              value={v.importerVendorId || null}
              onChange={chooseVendor}
              searchable
              error={err('importerVendorId')}
              required
            />
            <CountrySelect
              label={t('fields.importerCountry')}
              value={v.importerCountry || null}
              onChange={(c) => set('importerCountry', c ?? '')}
              error={err('importerCountry')}
              required
            />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t('fields.importerRole')}
              data={opts(IMPORTER_ROLES, 'importerRoles')}
              value={v.importerRole}
              onChange={(x) => x && set('importerRole', x as TransferFormValues['importerRole'])}
            />
            <Select
              label={t('fields.exporterRole')}
              data={opts(['controller', 'processor'], 'exporterRoles')}
              value={v.exporterRole}
              onChange={(x) => x && set('exporterRole', x as TransferFormValues['exporterRole'])}
            />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t('fields.activity')}
              placeholder={t('ui.transfer.chooseActivity')}
              data={activityData}
              value={v.activityId ?? null}
              onChange={(x) => set('activityId', x ?? undefined)}
              clearable
              searchable
              error={err('activityId')}
            />
            <Select
              label={t('fields.exporterVendor')}
              data={vendorData}
              value={v.exporterVendorId ?? null}
              onChange={(x) => set('exporterVendorId', x ?? undefined)}
              clearable
              searchable
              error={err('exporterVendorId')}
            />
          </Group>
          <Textarea
            label={t('fields.purpose')}
            value={v.purpose}
            onChange={(e) => set('purpose', e.currentTarget.value)}
            autosize
            minRows={2}
            error={err('purpose')}
          />
          <Group grow align="flex-start">
            <TagsInput
              label={t('fields.dataCategories')}
              description={t('ui.wizard.list')}
              value={v.dataCategories}
              onChange={(x) => set('dataCategories', x)}
              error={err('dataCategories')}
            />
            <TagsInput
              label={t('fields.dataSubjects')}
              description={t('ui.wizard.list')}
              value={v.dataSubjects}
              onChange={(x) => set('dataSubjects', x)}
              error={err('dataSubjects')}
            />
          </Group>
          <Group>
            <Checkbox
              label={t('fields.specialCategories')}
              checked={v.specialCategories}
              onChange={(e) => set('specialCategories', e.currentTarget.checked)}
            />
            <Checkbox
              label={t('fields.criminalData')}
              checked={v.criminalData}
              onChange={(e) => set('criminalData', e.currentTarget.checked)}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('fields.volume')}
              value={v.volume}
              onChange={(e) => set('volume', e.currentTarget.value)}
              error={err('volume')}
            />
            <Select
              label={t('fields.frequency')}
              data={opts(FREQUENCIES, 'frequencies')}
              value={v.frequency}
              onChange={(x) => x && set('frequency', x as TransferFormValues['frequency'])}
            />
          </Group>
          <Checkbox.Group
            label={t('fields.formats')}
            value={v.formats}
            onChange={(x) => set('formats', x as TransferFormValues['formats'])}
            error={err('formats')}
          >
            <Group mt={4}>
              {TRANSFER_FORMATS.map((f) => (
                <Checkbox key={f} value={f} label={t(`formats.${f}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        </Stack>
      </Card>

      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={4}>{t('fields.tools')}</Title>
          {err('tools') && (
            <Text c="red" size="sm">
              {err('tools')}
            </Text>
          )}
          {v.tools.map((x, i) => (
            <Card key={i} withBorder padding="sm" data-testid={`tool-${i}`}>
              <Stack gap="xs">
                <Group align="flex-end">
                  <Select
                    label={t('fields.tool')}
                    data={opts(TRANSFER_TOOL_CODES, 'tools')}
                    value={x.tool}
                    onChange={(tool) => tool && setTool(i, { tool: tool as ToolRow['tool'] })}
                    error={err(`tools.${i}.tool`)}
                    style={{ flex: 1 }}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() =>
                      set(
                        'tools',
                        v.tools.filter((_, j) => j !== i),
                      )
                    }
                  >
                    {t('ui.transfer.remove')}
                  </Button>
                </Group>
                {x.tool === 'scc' && (
                  <Group grow>
                    <Select
                      label={t('fields.sccModule')}
                      data={['1', '2', '3', '4']}
                      value={x.sccModule ? String(x.sccModule) : null}
                      onChange={(m) =>
                        setTool(i, { sccModule: m ? (Number(m) as ToolRow['sccModule']) : undefined })
                      }
                      error={err(`tools.${i}.sccModule`)}
                    />
                    <DateField
                      label={t('fields.signedOn')}
                      value={x.signedOn ?? ''}
                      onChange={(v) => setTool(i, { signedOn: v || undefined })}
                      error={err(`tools.${i}.signedOn`)}
                    />
                  </Group>
                )}
                {x.tool === 'adequacy' && (
                  <Select
                    label={t('fields.decisionId')}
                    data={decisionData}
                    value={x.decisionId ?? null}
                    onChange={(d) => setTool(i, { decisionId: d ?? undefined })}
                    error={err(`tools.${i}.decisionId`)}
                    searchable
                  />
                )}
                {x.tool === 'art49_derogation' && (
                  <>
                    <Select
                      label={t('fields.derogation')}
                      data={opts(DEROGATION_CODES, 'derogations')}
                      value={x.derogation ?? null}
                      onChange={(d) => setTool(i, { derogation: (d ?? undefined) as ToolRow['derogation'] })}
                      error={err(`tools.${i}.derogation`)}
                    />
                    <Textarea
                      label={t('fields.derogationReason')}
                      value={x.derogationReason ?? ''}
                      onChange={(e) => setTool(i, { derogationReason: e.currentTarget.value })}
                      error={err(`tools.${i}.derogationReason`)}
                    />
                  </>
                )}
                {!['scc', 'adequacy', 'art49_derogation', 'dpf'].includes(x.tool) && (
                  <Group grow>
                    <TextInput
                      label={t('fields.reference')}
                      value={x.reference ?? ''}
                      onChange={(e) => setTool(i, { reference: e.currentTarget.value })}
                    />
                    <DateField
                      label={t('fields.signedOn')}
                      value={x.signedOn ?? ''}
                      onChange={(v) => setTool(i, { signedOn: v || undefined })}
                      error={err(`tools.${i}.signedOn`)}
                    />
                  </Group>
                )}
              </Stack>
            </Card>
          ))}
          <Group>
            <Button variant="light" size="xs" onClick={() => set('tools', [...v.tools, { tool: 'scc' }])}>
              {t('ui.transfer.addTool')}
            </Button>
          </Group>
          {hasDpf && (
            <Card withBorder padding="sm" data-testid="dpf-check">
              <Stack gap="xs">
                <Checkbox
                  label={t('ui.transfer.dpfCheckRecord')}
                  checked={!!v.dpfCheck}
                  onChange={(e) =>
                    set(
                      'dpfCheck',
                      e.currentTarget.checked
                        ? { certified: true, checkedOn: '', lists: ['eu_us'], covers: 'non_hr' }
                        : undefined,
                    )
                  }
                />
                {v.dpfCheck && (
                  <>
                    <Checkbox
                      label={t('ui.transfer.dpfCertifiedLabel')}
                      checked={v.dpfCheck.certified}
                      onChange={(e) =>
                        set('dpfCheck', { ...v.dpfCheck!, certified: e.currentTarget.checked })
                      }
                    />
                    <Group grow>
                      <DateField
                        label={t('fields.dpfCheckedOn')}
                        value={v.dpfCheck.checkedOn}
                        onChange={(on) => set('dpfCheck', { ...v.dpfCheck!, checkedOn: on })}
                        error={err('dpfCheck.checkedOn')}
                      />
                      <Select
                        label={t('fields.dpfCovers')}
                        data={opts(DPF_COVERAGE, 'dpfCovers')}
                        value={v.dpfCheck.covers}
                        onChange={(c) => c && set('dpfCheck', { ...v.dpfCheck!, covers: c as 'non_hr' })}
                      />
                      <TextInput
                        label={t('fields.checkedBy')}
                        value={v.dpfCheck.checkedBy ?? ''}
                        onChange={(e) =>
                          set('dpfCheck', { ...v.dpfCheck!, checkedBy: e.currentTarget.value })
                        }
                      />
                    </Group>
                    <Checkbox.Group
                      label={t('fields.dpfLists')}
                      value={v.dpfCheck.lists}
                      onChange={(l) => set('dpfCheck', { ...v.dpfCheck!, lists: l as DpfListValues })}
                    >
                      <Group mt={4}>
                        {DPF_LISTS.map((l) => (
                          <Checkbox key={l} value={l} label={t(`dpfLists.${l}`)} />
                        ))}
                      </Group>
                    </Checkbox.Group>
                  </>
                )}
              </Stack>
            </Card>
          )}
        </Stack>
      </Card>

      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={4}>{t('fields.onward')}</Title>
          {v.onward.map((o, i) => (
            <Group key={i} align="flex-end" grow>
              <TextInput
                label={t('fields.recipient')}
                value={o.recipient}
                onChange={(e) =>
                  set(
                    'onward',
                    v.onward.map((x, j) => (j === i ? { ...x, recipient: e.currentTarget.value } : x)),
                  )
                }
                error={err(`onward.${i}.recipient`)}
              />
              <CountrySelect
                label={t('fields.country')}
                value={o.country || null}
                onChange={(c) =>
                  set(
                    'onward',
                    v.onward.map((x, j) => (j === i ? { ...x, country: c ?? '' } : x)),
                  )
                }
                error={err(`onward.${i}.country`)}
              />
              <Select
                label={t('fields.tool')}
                data={opts(TRANSFER_TOOL_CODES, 'tools')}
                value={o.tool ?? null}
                clearable
                onChange={(tool) =>
                  set(
                    'onward',
                    v.onward.map((x, j) =>
                      j === i ? { ...x, tool: (tool ?? undefined) as ToolRow['tool'] | undefined } : x,
                    ),
                  )
                }
              />
              <Button
                variant="subtle"
                color="red"
                onClick={() =>
                  set(
                    'onward',
                    v.onward.filter((_, j) => j !== i),
                  )
                }
                style={{ flexGrow: 0 }}
              >
                {t('ui.transfer.remove')}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => set('onward', [...v.onward, { recipient: '', country: '' }])}
            >
              {t('ui.transfer.addOnward')}
            </Button>
          </Group>
          <Select
            label={t('fields.status')}
            data={opts(['active', 'ended'], 'transferStatuses')}
            value={v.status}
            onChange={(s) => s && set('status', s as 'active')}
            w={220}
          />
          <Textarea
            label={t('fields.notes')}
            value={v.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            autosize
            minRows={2}
            error={err('notes')}
          />
        </Stack>
      </Card>
      <ErrorAlert error={save.error} />
      <Group>
        <Button onClick={() => save.mutate(toInput(v))} loading={save.isPending} data-testid="save-transfer">
          {t('ui.transfer.save')}
        </Button>
      </Group>
    </Stack>
  )
}

type DpfListValues = NonNullable<TransferFormValues['dpfCheck']>['lists']
