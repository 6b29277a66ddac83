import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RETENTION_UNITS } from '../../../../shared/domain/register/activity'
import {
  ART49_DEROGATIONS,
  ART9_CONDITIONS,
  LAWFUL_BASES,
  SPECIAL_CATEGORIES,
  TRANSFER_TOOLS,
} from '../../../../shared/domain/register/legal'
import { SECURITY_MEASURES, type SecurityMeasureKey } from '../../../../shared/reference/securityMeasures'
import { CountrySelect } from '../../components/CountrySelect'
import { ErrorAlert } from '../../components/ErrorAlert'
import type { ActivityDraft } from './activityDraft'
import { useFieldError } from './fieldError'
import { useSystems, useVendors } from './registerApi'
import { RowsEditor } from './RowsEditor'
import { DateField } from '../../components/DateField'

/** Help under the field, so that inputs side by side line up whatever the length of their help. */
const BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error']

type Draft = ActivityDraft
const blank = (s: string) => (s === '' ? undefined : s)

/**
 * The activity editor, in sections that follow Art. 30(1): what and why, whose data, who receives it,
 * where it goes, how it is protected, when it is reviewed. Each section says in plain words what to write.
 */
export function ActivityForm({
  initial,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: Draft
  pending: boolean
  error: unknown
  onSubmit: (d: Draft) => void
  onCancel: () => void
}) {
  const { t } = useTranslation('register')
  const [d, setD] = useState<Draft>(initial)
  const fieldError = useFieldError(error)
  const vendors = useVendors()
  const systems = useSystems()
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((old) => ({ ...old, [k]: v }))
  const u = (key: string) => t(`ui.form.${key}`)
  const opts = (values: readonly string[], label: (v: string) => string) => values.map((v) => ({ value: v, label: label(v) }))
  const vendorOptions = (vendors.data ?? []).map((v) => ({ value: v.id, label: `${v.name} (${v.country})` }))
  const anySpecial = d.dataCategories.some((c) => c.special)
  const anyCriminal = d.dataCategories.some((c) => c.criminal)
  const customMeasures = d.securityMeasures.filter((m) => !m.key)
  const tickedMeasures = d.securityMeasures.filter((m) => m.key).map((m) => m.key as string)

  const section = (key: string, children: ReactNode) => (
    <Fieldset legend={u(`section.${key}`)} data-testid={`section-${key}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {u(`help.${key}`)}
        </Text>
        {children}
      </Stack>
    </Fieldset>
  )

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit(d)
      }}
    >
      <Stack gap="md">
        {section(
          'basics',
          <>
            <TextInput inputWrapperOrder={BELOW} label={u('name')} description={u('nameHelp')} value={d.name} onChange={(e) => set('name', e.currentTarget.value)} error={fieldError('name')} required data-testid="field-name" />
            <Textarea inputWrapperOrder={BELOW} label={u('description')} description={u('descriptionHelp')} value={d.description ?? ''} onChange={(e) => set('description', blank(e.currentTarget.value))} autosize minRows={2} error={fieldError('description')} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select inputWrapperOrder={BELOW} label={u('status')} description={u('statusHelp')} data={opts(['draft', 'active', 'retired'], (v) => t(`status.${v}`))} value={d.status} onChange={(v) => v && set('status', v as Draft['status'])} allowDeselect={false} data-testid="field-status" />
              <Select inputWrapperOrder={BELOW} label={u('role')} description={u('roleHelp')} data={opts(['controller', 'joint_controller', 'processor'], (v) => t(`role.${v}`))} value={d.role} onChange={(v) => v && set('role', v as Draft['role'])} allowDeselect={false} />
              <TextInput inputWrapperOrder={BELOW} label={u('owner')} description={u('ownerHelp')} value={d.owner ?? ''} onChange={(e) => set('owner', blank(e.currentTarget.value))} data-testid="field-owner" />
            </SimpleGrid>
          </>,
        )}

        {d.role === 'joint_controller' &&
          section(
            'joint',
            <>
              <RowsEditor
                testId="joint"
                items={d.jointControllers}
                onChange={(v) => set('jointControllers', v)}
                make={() => ({ name: '', contact: undefined })}
                addLabel={u('addJoint')}
                render={(j, up, i) => (
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput inputWrapperOrder={BELOW} label={u('jointName')} value={j.name} onChange={(e) => up({ name: e.currentTarget.value })} error={fieldError(`jointControllers.${i}.name`)} />
                    <TextInput inputWrapperOrder={BELOW} label={u('contact')} value={j.contact ?? ''} onChange={(e) => up({ contact: blank(e.currentTarget.value) })} />
                  </SimpleGrid>
                )}
              />
              <TextInput inputWrapperOrder={BELOW} label={u('jointArrangement')} description={u('jointArrangementHelp')} value={d.jointArrangement ?? ''} onChange={(e) => set('jointArrangement', blank(e.currentTarget.value))} />
            </>,
          )}

        {d.role === 'processor' &&
          section(
            'served',
            <RowsEditor
              testId="served"
              items={d.controllersServed}
              onChange={(v) => set('controllersServed', v)}
              make={() => ({ name: '', contact: undefined, processingCategories: undefined })}
              addLabel={u('addServed')}
              render={(c, up, i) => (
                <>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput inputWrapperOrder={BELOW} label={u('servedName')} value={c.name} onChange={(e) => up({ name: e.currentTarget.value })} error={fieldError(`controllersServed.${i}.name`)} />
                    <TextInput inputWrapperOrder={BELOW} label={u('contact')} value={c.contact ?? ''} onChange={(e) => up({ contact: blank(e.currentTarget.value) })} />
                  </SimpleGrid>
                  <Textarea inputWrapperOrder={BELOW} label={u('processingCategories')} description={u('processingCategoriesHelp')} value={c.processingCategories ?? ''} onChange={(e) => up({ processingCategories: blank(e.currentTarget.value) })} autosize />
                </>
              )}
            />,
          )}

        {section(
          'purposes',
          <RowsEditor
            testId="purposes"
            items={d.purposes}
            onChange={(v) => set('purposes', v)}
            make={() => ({ text: '', bases: [] })}
            addLabel={u('addPurpose')}
            emptyText={u('noPurposes')}
            render={(p, up, i) => (
              <>
                <TextInput inputWrapperOrder={BELOW} label={u('purpose')} description={u('purposeHelp')} value={p.text} onChange={(e) => up({ text: e.currentTarget.value })} error={fieldError(`purposes.${i}.text`)} data-testid={`purpose-${i}-text`} />
                <RowsEditor
                  testId={`purpose-${i}-bases`}
                  items={p.bases}
                  onChange={(bases) => up({ bases })}
                  make={() => ({ basis: 'contract' as const, legitimateInterest: undefined, balancingTest: undefined, consentCollection: undefined, consentWithdrawal: undefined, legalReference: undefined })}
                  addLabel={u('addBasis')}
                  emptyText={u('noBasis')}
                  render={(b, upb, j) => {
                    const path = `purposes.${i}.bases.${j}`
                    return (
                      <>
                        <Select inputWrapperOrder={BELOW} label={u('basis')} description={u('basisHelp')} data={opts(LAWFUL_BASES, (v) => t(`bases.${v}`))} value={b.basis} onChange={(v) => v && upb({ basis: v as typeof b.basis })} allowDeselect={false} error={fieldError(`${path}.basis`)} data-testid={`${path}.basis`} />
                        {b.basis === 'legitimate_interests' && (
                          <>
                            <TextInput inputWrapperOrder={BELOW} label={u('legitimateInterest')} description={u('legitimateInterestHelp')} value={b.legitimateInterest ?? ''} onChange={(e) => upb({ legitimateInterest: blank(e.currentTarget.value) })} data-testid={`${path}.legitimateInterest`} />
                            <Textarea inputWrapperOrder={BELOW} label={u('balancingTest')} description={u('balancingTestHelp')} value={b.balancingTest ?? ''} onChange={(e) => upb({ balancingTest: blank(e.currentTarget.value) })} autosize />
                          </>
                        )}
                        {b.basis === 'consent' && (
                          <>
                            <TextInput inputWrapperOrder={BELOW} label={u('consentCollection')} description={u('consentCollectionHelp')} value={b.consentCollection ?? ''} onChange={(e) => upb({ consentCollection: blank(e.currentTarget.value) })} data-testid={`${path}.consentCollection`} />
                            <TextInput inputWrapperOrder={BELOW} label={u('consentWithdrawal')} description={u('consentWithdrawalHelp')} value={b.consentWithdrawal ?? ''} onChange={(e) => upb({ consentWithdrawal: blank(e.currentTarget.value) })} data-testid={`${path}.consentWithdrawal`} />
                          </>
                        )}
                        {(b.basis === 'legal_obligation' || b.basis === 'public_task') && (
                          <TextInput inputWrapperOrder={BELOW} label={u('legalReference')} description={u('legalReferenceHelp')} value={b.legalReference ?? ''} onChange={(e) => upb({ legalReference: blank(e.currentTarget.value) })} />
                        )}
                      </>
                    )
                  }}
                />
              </>
            )}
          />,
        )}

        {section(
          'data',
          <>
            <TagsInput inputWrapperOrder={BELOW} label={u('subjects')} description={u('subjectsHelp')} value={d.dataSubjectCategories} onChange={(v) => set('dataSubjectCategories', v)} error={fieldError('dataSubjectCategories')} data-testid="field-subjects" />
            <RowsEditor
              testId="data"
              items={d.dataCategories}
              onChange={(v) => set('dataCategories', v)}
              make={() => ({ name: '', special: undefined, criminal: false, retention: { action: 'delete' as const, criteria: undefined, trigger: undefined, legalSource: undefined } })}
              addLabel={u('addData')}
              emptyText={u('noData')}
              render={(c, up, i) => {
                const r = c.retention
                const setR = (patch: Partial<typeof r>) => up({ retention: { ...r, ...patch } })
                const path = `dataCategories.${i}`
                return (
                  <>
                    <SimpleGrid cols={{ base: 1, sm: 3 }}>
                      <TextInput inputWrapperOrder={BELOW} label={u('dataName')} value={c.name} onChange={(e) => up({ name: e.currentTarget.value })} error={fieldError(`${path}.name`)} data-testid={`${path}.name`} />
                      <Select inputWrapperOrder={BELOW} label={u('special')} description={u('specialHelp')} data={opts(SPECIAL_CATEGORIES, (v) => t(`special.${v}`))} value={c.special ?? null} onChange={(v) => up({ special: (v ?? undefined) as typeof c.special })} clearable placeholder={u('notSpecial')} />
                      <Checkbox mt="xl" label={u('criminal')} checked={c.criminal} onChange={(e) => up({ criminal: e.currentTarget.checked })} />
                    </SimpleGrid>
                    <SimpleGrid cols={{ base: 2, sm: 4 }}>
                      <NumberInput inputWrapperOrder={BELOW} label={u('period')} value={r.period ?? ''} min={1} max={1000} allowDecimal={false} onChange={(v) => setR({ period: v === '' ? undefined : Number(v) })} error={fieldError(`${path}.retention.period`)} data-testid={`${path}.retention.period`} />
                      <Select inputWrapperOrder={BELOW} label={u('unit')} data={opts(RETENTION_UNITS, (v) => u(`units.${v}`))} value={r.unit ?? null} onChange={(v) => setR({ unit: (v ?? undefined) as typeof r.unit })} clearable error={fieldError(`${path}.retention.unit`)} data-testid={`${path}.retention.unit`} />
                      <TextInput inputWrapperOrder={BELOW} label={u('trigger')} description={u('triggerHelp')} value={r.trigger ?? ''} onChange={(e) => setR({ trigger: blank(e.currentTarget.value) })} data-testid={`${path}.retention.trigger`} />
                      <Select inputWrapperOrder={BELOW} label={u('action')} data={opts(['delete', 'anonymise'], (v) => u(`actions.${v}`))} value={r.action} onChange={(v) => v && setR({ action: v as typeof r.action })} allowDeselect={false} />
                    </SimpleGrid>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextInput inputWrapperOrder={BELOW} label={u('criteria')} description={u('criteriaHelp')} value={r.criteria ?? ''} onChange={(e) => setR({ criteria: blank(e.currentTarget.value) })} />
                      <TextInput inputWrapperOrder={BELOW} label={u('legalSource')} description={u('legalSourceHelp')} value={r.legalSource ?? ''} onChange={(e) => setR({ legalSource: blank(e.currentTarget.value) })} />
                    </SimpleGrid>
                  </>
                )
              }}
            />
            {(anySpecial || d.art9Conditions.length > 0) && (
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {u('art9')}
                </Text>
                <Text size="xs" c="dimmed">
                  {u('art9Help')}
                </Text>
                <RowsEditor
                  testId="art9"
                  items={d.art9Conditions}
                  onChange={(v) => set('art9Conditions', v)}
                  make={() => ({ condition: 'a' as const, note: undefined })}
                  addLabel={u('addArt9')}
                  render={(c, up) => (
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <Select inputWrapperOrder={BELOW} label={u('condition')} data={opts(ART9_CONDITIONS, (v) => t(`art9.${v}`))} value={c.condition} onChange={(v) => v && up({ condition: v as typeof c.condition })} allowDeselect={false} />
                      <TextInput inputWrapperOrder={BELOW} label={u('note')} value={c.note ?? ''} onChange={(e) => up({ note: blank(e.currentTarget.value) })} />
                    </SimpleGrid>
                  )}
                />
              </Stack>
            )}
            {anyCriminal && (
              <TextInput inputWrapperOrder={BELOW} label={u('art10')} description={u('art10Help')} value={d.criminalDataAuthority ?? ''} onChange={(e) => set('criminalDataAuthority', blank(e.currentTarget.value))} />
            )}
          </>,
        )}

        {section(
          'sources',
          <>
            <Switch label={u('fromSubject')} checked={d.collectedFromSubject} onChange={(e) => set('collectedFromSubject', e.currentTarget.checked)} />
            {(!d.collectedFromSubject || d.sources.length > 0) && (
              <RowsEditor
                testId="sources"
                items={d.sources}
                onChange={(v) => set('sources', v)}
                make={() => ({ description: '', publiclyAvailable: false })}
                addLabel={u('addSource')}
                render={(s, up, i) => (
                  <Group align="flex-end">
                    <TextInput inputWrapperOrder={BELOW} style={{ flex: 1 }} label={u('source')} value={s.description} onChange={(e) => up({ description: e.currentTarget.value })} error={fieldError(`sources.${i}.description`)} />
                    <Checkbox mb={8} label={u('public')} checked={s.publiclyAvailable} onChange={(e) => up({ publiclyAvailable: e.currentTarget.checked })} />
                  </Group>
                )}
              />
            )}
          </>,
        )}

        {section(
          'recipients',
          <RowsEditor
            testId="recipients"
            items={d.recipients}
            onChange={(v) => set('recipients', v)}
            make={() => ({ kind: 'internal' as const, vendorId: undefined, name: undefined, country: undefined, note: undefined })}
            addLabel={u('addRecipient')}
            emptyText={u('noRecipients')}
            render={(r, up, i) => (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select inputWrapperOrder={BELOW} label={u('recipientKind')} data={opts(['internal', 'vendor', 'third_party', 'authority'], (v) => t(`recipientKinds.${v}`))} value={r.kind} onChange={(v) => v && up({ kind: v as typeof r.kind, ...(v === 'vendor' ? { name: undefined } : { vendorId: undefined }) })} allowDeselect={false} data-testid={`recipients.${i}.kind`} />
                {r.kind === 'vendor' ? (
                  <Select inputWrapperOrder={BELOW} label={u('vendor')} description={u('vendorHelp')} data={vendorOptions} value={r.vendorId ?? null} onChange={(v) => up({ vendorId: v ?? undefined })} searchable error={fieldError(`recipients.${i}.vendorId`)} data-testid={`recipients.${i}.vendorId`} />
                ) : (
                  <TextInput inputWrapperOrder={BELOW} label={r.kind === 'internal' ? u('department') : u('recipientName')} value={r.name ?? ''} onChange={(e) => up({ name: blank(e.currentTarget.value) })} error={fieldError(`recipients.${i}.name`)} data-testid={`recipients.${i}.name`} />
                )}
                {r.kind === 'third_party' || r.kind === 'authority' ? (
                  <CountrySelect inputWrapperOrder={BELOW} label={u('country')} value={r.country ?? null} onChange={(v) => up({ country: v ?? undefined })} clearable />
                ) : (
                  <TextInput inputWrapperOrder={BELOW} label={u('note')} value={r.note ?? ''} onChange={(e) => up({ note: blank(e.currentTarget.value) })} />
                )}
              </SimpleGrid>
            )}
          />,
        )}

        {section(
          'transfers',
          <RowsEditor
            testId="transfers"
            items={d.transfers}
            onChange={(v) => set('transfers', v)}
            make={() => ({ country: '', vendorId: undefined, tools: [], derogation: undefined, safeguards: undefined, note: undefined })}
            addLabel={u('addTransfer')}
            emptyText={u('noTransfers')}
            render={(x, up, i) => (
              <>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <CountrySelect inputWrapperOrder={BELOW} label={u('country')} value={x.country || null} onChange={(v) => up({ country: v ?? '' })} error={fieldError(`transfers.${i}.country`)} data-testid={`transfers.${i}.country`} />
                  <Select inputWrapperOrder={BELOW} label={u('importer')} data={vendorOptions} value={x.vendorId ?? null} onChange={(v) => up({ vendorId: v ?? undefined })} clearable searchable />
                  <MultiSelect inputWrapperOrder={BELOW} label={u('tools')} description={u('toolsHelp')} data={opts(TRANSFER_TOOLS, (v) => t(`tools.${v}`))} value={x.tools} onChange={(v) => up({ tools: v as typeof x.tools })} error={fieldError(`transfers.${i}.tools`)} data-testid={`transfers.${i}.tools`} />
                </SimpleGrid>
                {x.tools.includes('art49_derogation') && (
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <Select inputWrapperOrder={BELOW} label={u('derogation')} data={opts(ART49_DEROGATIONS, (v) => t(`derogations.${v}`))} value={x.derogation ?? null} onChange={(v) => up({ derogation: (v ?? undefined) as typeof x.derogation })} clearable />
                    <TextInput inputWrapperOrder={BELOW} label={u('safeguards')} description={u('safeguardsHelp')} value={x.safeguards ?? ''} onChange={(e) => up({ safeguards: blank(e.currentTarget.value) })} />
                  </SimpleGrid>
                )}
              </>
            )}
          />,
        )}

        {section(
          'security',
          <>
            <MultiSelect inputWrapperOrder={BELOW}
              label={u('systems')}
              description={u('systemsHelp')}
              data={(systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              value={d.systemIds}
              onChange={(v) => set('systemIds', v)}
              searchable
            />
            <Checkbox.Group
              label={u('measures')}
              description={u('measuresHelp')}
              value={tickedMeasures}
              onChange={(keys) =>
                set('securityMeasures', [
                  ...keys.map((key) => ({ key: key as SecurityMeasureKey, text: d.securityMeasures.find((m) => m.key === key)?.text })),
                  ...customMeasures,
                ])
              }
            >
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mt="xs" spacing={6}>
                {SECURITY_MEASURES.map((m) => (
                  <Checkbox key={m} value={m} label={t(`measures.${m}`)} data-testid={`measure-${m}`} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <TagsInput inputWrapperOrder={BELOW}
              label={u('customMeasures')}
              description={u('customMeasuresHelp')}
              value={customMeasures.map((m) => m.text ?? '')}
              onChange={(texts) => set('securityMeasures', [...d.securityMeasures.filter((m) => m.key), ...texts.map((text) => ({ key: undefined, text }))])}
            />
          </>,
        )}

        {section(
          'automated',
          <>
            <Switch label={u('automatedExists')} checked={d.automatedDecision.exists} onChange={(e) => set('automatedDecision', { ...d.automatedDecision, exists: e.currentTarget.checked })} />
            {d.automatedDecision.exists && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Textarea inputWrapperOrder={BELOW} label={u('logic')} value={d.automatedDecision.logic ?? ''} onChange={(e) => set('automatedDecision', { ...d.automatedDecision, logic: blank(e.currentTarget.value) })} autosize error={fieldError('automatedDecision.logic')} />
                <Textarea inputWrapperOrder={BELOW} label={u('consequences')} value={d.automatedDecision.consequences ?? ''} onChange={(e) => set('automatedDecision', { ...d.automatedDecision, consequences: blank(e.currentTarget.value) })} autosize />
              </SimpleGrid>
            )}
          </>,
        )}

        {section(
          'review',
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DateField inputWrapperOrder={BELOW} label={u('lastReviewedOn')} value={d.lastReviewedOn ?? ''} onChange={(v) => set('lastReviewedOn', blank(v))} error={fieldError('lastReviewedOn')} />
              <DateField inputWrapperOrder={BELOW} label={u('nextReviewOn')} description={u('nextReviewOnHelp')} value={d.nextReviewOn ?? ''} onChange={(v) => set('nextReviewOn', blank(v))} error={fieldError('nextReviewOn')} data-testid="field-nextReviewOn" />
              <TextInput inputWrapperOrder={BELOW} label={u('dpiaRef')} description={u('dpiaRefHelp')} value={d.dpiaRef ?? ''} onChange={(e) => set('dpiaRef', blank(e.currentTarget.value))} />
            </SimpleGrid>
            <Switch label={u('occasional')} description={u('occasionalHelp')} checked={d.occasional} onChange={(e) => set('occasional', e.currentTarget.checked)} />
            <Textarea inputWrapperOrder={BELOW} label={u('notes')} value={d.notes ?? ''} onChange={(e) => set('notes', blank(e.currentTarget.value))} autosize minRows={2} />
          </>,
        )}

        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {u('cancel')}
          </Button>
          <Button type="submit" loading={pending} data-testid="save-activity">
            {u('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
