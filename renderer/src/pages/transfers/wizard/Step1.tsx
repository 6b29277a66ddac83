import { Checkbox, Group, Select, Stack, TagsInput, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  FREQUENCIES,
  IMPORTER_ROLES,
  TRANSFER_FORMATS,
} from '../../../../../shared/domain/transfers/transfer'
import { KEY_HOLDERS, type TiaContent } from '../../../../../shared/domain/transfers/tia'
import { CountrySelect } from '../../../components/CountrySelect'
import { AnswerField } from './fields'
import type { StepProps } from './types'

type S1 = TiaContent['step1']

/** Step 1: know the transfer (EDPB Rec. 01/2020): what, to whom, where, how, and who can read it. */
export function Step1({ content, update, err }: StepProps) {
  const { t } = useTranslation('transfers')
  const s = content.step1
  const up = (patch: Partial<S1>) => update('step1', patch)
  const opts = (keys: readonly string[], prefix: string) =>
    keys.map((k) => ({ value: k, label: t(`${prefix}.${k}`) }))
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <TextInput
          label={t('fields.exporter')}
          value={s.exporter ?? ''}
          onChange={(e) => up({ exporter: e.currentTarget.value })}
          error={err('step1.exporter')}
        />
        <TextInput
          label={t('fields.importer')}
          value={s.importer ?? ''}
          onChange={(e) => up({ importer: e.currentTarget.value })}
          error={err('step1.importer')}
        />
      </Group>
      <Group grow align="flex-start">
        <CountrySelect
          label={t('fields.importerCountry')}
          value={s.importerCountry ?? null}
          onChange={(c) => up({ importerCountry: c ?? undefined })}
          error={err('step1.importerCountry')}
        />
        <Select
          label={t('fields.importerRole')}
          data={opts(IMPORTER_ROLES, 'importerRoles')}
          value={s.importerRole ?? null}
          onChange={(r) => up({ importerRole: (r ?? undefined) as S1['importerRole'] })}
        />
        <Select
          label={t('fields.sccModule')}
          data={['1', '2', '3', '4']}
          value={s.sccModule ? String(s.sccModule) : null}
          clearable
          onChange={(m) => up({ sccModule: m ? (Number(m) as S1['sccModule']) : undefined })}
        />
      </Group>
      <Textarea
        label={t('fields.purpose')}
        value={s.purpose ?? ''}
        onChange={(e) => up({ purpose: e.currentTarget.value })}
        autosize
        minRows={2}
        error={err('step1.purpose')}
      />
      <Group grow align="flex-start">
        <TagsInput
          label={t('fields.dataCategories')}
          description={t('ui.wizard.list')}
          value={s.dataCategories}
          onChange={(x) => up({ dataCategories: x })}
          error={err('step1.dataCategories')}
        />
        <TagsInput
          label={t('fields.dataSubjects')}
          description={t('ui.wizard.list')}
          value={s.dataSubjects}
          onChange={(x) => up({ dataSubjects: x })}
          error={err('step1.dataSubjects')}
        />
      </Group>
      <Group>
        <Checkbox
          label={t('fields.specialCategories')}
          checked={s.specialCategories}
          onChange={(e) => up({ specialCategories: e.currentTarget.checked })}
        />
        <Checkbox
          label={t('fields.criminalData')}
          checked={s.criminalData}
          onChange={(e) => up({ criminalData: e.currentTarget.checked })}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('fields.volume')}
          value={s.volume ?? ''}
          onChange={(e) => up({ volume: e.currentTarget.value })}
        />
        <Select
          label={t('fields.frequency')}
          data={opts(FREQUENCIES, 'frequencies')}
          value={s.frequency ?? null}
          onChange={(f) => up({ frequency: (f ?? undefined) as S1['frequency'] })}
        />
      </Group>
      <Checkbox.Group
        label={t('fields.formats')}
        value={s.formats}
        onChange={(x) => up({ formats: x as S1['formats'] })}
        error={err('step1.formats')}
      >
        <Group mt={4}>
          {TRANSFER_FORMATS.map((f) => (
            <Checkbox key={f} value={f} label={t(`formats.${f}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <TagsInput
        label={t('fields.storageCountries')}
        description={t('ui.wizard.list')}
        value={s.storageCountries}
        onChange={(x) => up({ storageCountries: x.map((c) => c.toUpperCase()) })}
        error={err('step1.storageCountries')}
      />
      <TextInput
        label={t('fields.remoteAccess')}
        value={s.remoteAccess ?? ''}
        onChange={(e) => up({ remoteAccess: e.currentTarget.value })}
      />
      <AnswerField
        testId="clear-text-access"
        label={t('fields.clearTextAccess')}
        value={s.clearTextAccess}
        onChange={(a) => up({ clearTextAccess: a })}
        error={err('step1.clearTextAccess')}
      />
      <Select
        label={t('fields.keysHeldBy')}
        data={opts(KEY_HOLDERS, 'keyHolders')}
        value={s.keysHeldBy ?? null}
        onChange={(k) => up({ keysHeldBy: (k ?? undefined) as S1['keysHeldBy'] })}
        w={360}
      />
    </Stack>
  )
}
