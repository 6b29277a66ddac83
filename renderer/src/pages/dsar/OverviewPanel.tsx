import {
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import {
  ART125_ASSESSMENTS,
  ART125_HANDLINGS,
  IDENTITY_METHODS,
  IDENTITY_STATUSES,
  OPEN_STATUSES,
} from '../../../../shared/domain/dsar/enums'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { countryName } from '../../format/countryName'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDsarWrite } from './dsarApi'
import { useDsarFormat, useFieldError } from './dsarFormat'
import { DateField } from '../../components/DateField'

/** Who asked and how, the identity check and the Art. 12(5) assessment. */
export function OverviewPanel({ view }: { view: DsarCaseView }) {
  const f = useDsarFormat()
  const { t } = f
  const c = view.case
  const rows: [string, string | null][] = [
    [t('report.summary.requester'), c.requesterName],
    [t('ui.form.requesterEmail'), c.requesterEmail],
    [t('ui.form.requesterPhone'), c.requesterPhone],
    [t('ui.form.requesterAddress'), c.requesterAddress],
    [
      t('ui.form.requesterCountry'),
      c.requesterCountry ? `${countryName(c.requesterCountry, f.lang)} (${c.requesterCountry})` : null,
    ],
    [t('report.summary.relationship'), t(`relationships.${c.relationship}`)],
    [t('report.summary.channel'), t(`channels.${c.channel}`)],
    [t('report.summary.description'), c.description],
    [t('ui.form.notes'), c.notes],
  ]
  const editable = OPEN_STATUSES.includes(c.status) && !c.purgedAt
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Card withBorder padding="md">
        <Title order={3} size="h5" mb="xs">
          {t('ui.case.requester')}
        </Title>
        <Table>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={200}>{label}</Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Stack gap="lg">
        <IdentityCard view={view} editable={editable} />
        <Art125Card view={view} editable={editable} />
      </Stack>
    </SimpleGrid>
  )
}

function IdentityCard({ view, editable }: { view: DsarCaseView; editable: boolean }) {
  const { t } = useDsarFormat()
  const id = view.case.identity
  const [method, setMethod] = useState<string | null>(id.method)
  const [status, setStatus] = useState<string>(id.status)
  const [checkedOn, setCheckedOn] = useState(id.checkedOn ?? '')
  const [notes, setNotes] = useState(id.notes ?? '')
  const save = useDsarWrite('dsar.identity')
  const fieldError = useFieldError(save.error)
  return (
    <Card withBorder padding="md" data-testid="dsar-identity">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('ui.identity.title')}
        </Title>
        {view.clock.keepsRunning && (
          <Text size="xs" c="dimmed">
            {t('ui.case.keepsRunning')}
          </Text>
        )}
        <Group grow align="flex-start">
          <Select
            label={t('ui.identity.status')}
            data={IDENTITY_STATUSES.map((s) => ({ value: s, label: t(`identityStatuses.${s}`) }))}
            value={status}
            onChange={(v) => v && setStatus(v)}
            allowDeselect={false}
            disabled={!editable}
          />
          <Select
            label={t('ui.identity.method')}
            data={IDENTITY_METHODS.map((s) => ({ value: s, label: t(`identityMethods.${s}`) }))}
            value={method}
            onChange={setMethod}
            clearable
            disabled={!editable}
            error={fieldError('method')}
          />
        </Group>
        <DateField
          label={t('ui.identity.checkedOn')}
          value={checkedOn}
          onChange={setCheckedOn}
          disabled={!editable}
          error={fieldError('checkedOn')}
        />
        <Textarea
          label={t('ui.identity.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          disabled={!editable}
          error={fieldError('notes')}
        />
        {editable && (
          <Group>
            <Button
              variant="default"
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  id: view.case.id,
                  status: status as (typeof IDENTITY_STATUSES)[number],
                  method: (method ?? '') as (typeof IDENTITY_METHODS)[number] | '',
                  checkedOn,
                  notes,
                })
              }
            >
              {t('ui.identity.save')}
            </Button>
          </Group>
        )}
        {!fieldError('method') && !fieldError('checkedOn') && !fieldError('notes') && (
          <ErrorAlert error={save.error} />
        )}
      </Stack>
    </Card>
  )
}

function Art125Card({ view, editable }: { view: DsarCaseView; editable: boolean }) {
  const { t } = useDsarFormat()
  const a = view.case.art125
  const [assessment, setAssessment] = useState<string>(a.assessment)
  const [handling, setHandling] = useState<string | null>(a.handling)
  const [reason, setReason] = useState(a.reason ?? '')
  const [fee, setFee] = useState(a.fee ?? '')
  const [warnedOn, setWarnedOn] = useState(a.warnedOn ?? '')
  const save = useDsarWrite('dsar.art125')
  const fieldError = useFieldError(save.error)
  const none = assessment === 'none'
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('ui.art125.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('ui.art125.intro')}
        </Text>
        <Select
          label={t('ui.art125.assessment')}
          data={ART125_ASSESSMENTS.map((s) => ({ value: s, label: t(`art125.${s}`) }))}
          value={assessment}
          onChange={(v) => v && setAssessment(v)}
          allowDeselect={false}
          disabled={!editable}
        />
        {!none && (
          <>
            <Select
              label={t('ui.art125.handling')}
              data={ART125_HANDLINGS.map((s) => ({ value: s, label: t(`art125.handling.${s}`) }))}
              value={handling}
              onChange={setHandling}
              disabled={!editable}
              error={fieldError('handling')}
            />
            <Textarea
              label={t('ui.art125.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              disabled={!editable}
              error={fieldError('reason')}
            />
            {handling === 'fee' && (
              <Group grow align="flex-start">
                <TextInput
                  label={t('ui.art125.fee')}
                  value={fee}
                  onChange={(e) => setFee(e.currentTarget.value)}
                  disabled={!editable}
                  error={fieldError('fee')}
                />
                <DateField
                  label={t('ui.art125.warnedOn')}
                  value={warnedOn}
                  onChange={setWarnedOn}
                  disabled={!editable}
                  error={fieldError('warnedOn')}
                />
              </Group>
            )}
          </>
        )}
        {editable && (
          <Group>
            <Button
              variant="default"
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  id: view.case.id,
                  assessment: assessment as (typeof ART125_ASSESSMENTS)[number],
                  handling: (handling ?? '') as (typeof ART125_HANDLINGS)[number] | '',
                  reason,
                  fee,
                  warnedOn,
                })
              }
            >
              {t('ui.art125.save')}
            </Button>
          </Group>
        )}
        {!fieldError('handling') &&
          !fieldError('reason') &&
          !fieldError('fee') &&
          !fieldError('warnedOn') && <ErrorAlert error={save.error} />}
      </Stack>
    </Card>
  )
}
