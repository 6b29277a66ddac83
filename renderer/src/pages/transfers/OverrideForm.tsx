import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountryInfo } from '../../../../shared/domain/transfers/views'
import { ErrorAlert } from '../../components/ErrorAlert'
import { countryText } from './labels'
import { useFieldError, useTransfersWrite } from './transfersApi'
import { DateField } from '../../components/DateField'

/** The workspace's own assessment of a country (starts from the pack's); kept per workspace, exportable. */
export function OverrideForm({ info, onClose }: { info: CountryInfo; onClose: () => void }) {
  const { t, i18n } = useTranslation('transfers')
  const a = info.assessment
  const [summary, setSummary] = useState(a?.summary ?? '')
  const [oversight, setOversight] = useState(a?.oversight ?? '')
  const [redress, setRedress] = useState(a?.redress ?? '')
  const [asOf, setAsOf] = useState(a?.asOf ?? '')
  const [source, setSource] = useState(a?.sources[0]?.title ?? '')
  const save = useTransfersWrite('transfers.countries.saveOverride', onClose)
  const err = useFieldError(save.error)
  const submit = () =>
    save.mutate({
      country: info.country,
      name: countryText(info.country, i18n.language),
      summary,
      laws: a?.laws ?? [],
      oversight,
      redress,
      ...(a?.exporterNotes ? { exporterNotes: a.exporterNotes } : {}),
      sources: [{ title: source, asOf, unverified: false }, ...(a?.sources.slice(1) ?? [])],
      asOf,
      unverified: false,
    })
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${t('ui.countries.own')} — ${countryText(info.country, i18n.language)}`}
      size="lg"
    >
      <Stack gap="sm">
        <Textarea
          label={t('ui.countries.summary')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          autosize
          minRows={3}
          error={err('summary')}
        />
        <Textarea
          label={t('fields.oversight')}
          value={oversight}
          onChange={(e) => setOversight(e.currentTarget.value)}
          autosize
          minRows={2}
          error={err('oversight')}
        />
        <Textarea
          label={t('fields.redress')}
          value={redress}
          onChange={(e) => setRedress(e.currentTarget.value)}
          autosize
          minRows={2}
          error={err('redress')}
        />
        <TextInput
          label={t('ui.wizard.sourceTitle')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          error={err('sources.0.title')}
        />
        <DateField
          label={t('ui.countries.asOf')}
          value={asOf}
          onChange={setAsOf}
          error={err('asOf') ?? err('sources.0.asOf')}
        />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button onClick={submit} loading={save.isPending}>
            {t('ui.countries.saveOwn')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
