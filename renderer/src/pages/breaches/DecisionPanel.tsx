import { Alert, Button, Card, Group, Radio, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Decision } from '../../../../shared/domain/breach/response'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import { formatDateTime } from '../../../../shared/format/dateTime'
import { instantToLocalInput, localInputToInstant } from '../../../../shared/format/localInput'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useBreachWrite } from './breachApi'
import { useFieldError } from './fieldError'
import { DateTimeField } from '../../components/DateTimeField'

const SUBJECTS = ['communicate', 'public_communication', 'exception', 'not_required'] as const
const FROM_PROPOSAL = { communicate: 'communicate', public_communication: 'public_communication', exception: 'exception', not_proposed: 'not_required' } as const

function DecisionView({ x, timeZone }: { x: Decision; timeZone: string }) {
  const { t, i18n } = useTranslation('breach')
  const row = (label: string, value: string | undefined) =>
    value ? (
      <Text size="sm">
        <Text span fw={600}>
          {label}:
        </Text>{' '}
        {value}
      </Text>
    ) : null
  return (
    <Stack gap={4}>
      {row(t('report.fields.decidedBy'), `${x.decidedBy} — ${formatDateTime(x.decidedAt, timeZone, i18n.language)}`)}
      {row(t('report.fields.riskLevel'), t(`labels.risk.${x.riskLevel}`))}
      {row(t('report.fields.notifyAuthority'), t(x.notifyAuthority ? 'ui.yes' : 'ui.no'))}
      {row(t('report.fields.authorityReason'), x.authorityReason)}
      {row(t('report.fields.subjectsDecision'), t(`labels.subjects.${x.subjects}`) + (x.art34Exception ? ` — ${t(`labels.art34.${x.art34Exception}`)}` : ''))}
      {row(t('report.fields.subjectsReason'), x.subjectsReason)}
      {row(t('report.fields.reasoning'), x.reasoning)}
      {x.followsProposal === false && (
        <Text size="xs" c="orange">
          {t('report.deviates')}
        </Text>
      )}
    </Stack>
  )
}

/** The decision record (Art. 33(5)): notify the authority? tell the people? who decided, when, why. */
export function DecisionPanel({ d, now }: { d: BreachDetail; now: string }) {
  const { t } = useTranslation('breach')
  const proposal = d.assessments[0]?.proposal
  const current = d.decisions[0]
  const [riskLevel, setRiskLevel] = useState<string>(current?.riskLevel ?? proposal?.riskLevel ?? 'risk')
  const [notify, setNotify] = useState<string>(current ? String(current.notifyAuthority) : proposal ? String(proposal.proposeAuthority) : 'true')
  const [authorityReason, setAuthorityReason] = useState(current?.authorityReason ?? '')
  const [subjects, setSubjects] = useState<string>(current?.subjects ?? (proposal ? FROM_PROPOSAL[proposal.proposeSubjects] : 'not_required'))
  const [art34, setArt34] = useState<string>(current?.art34Exception ?? '')
  const [subjectsReason, setSubjectsReason] = useState(current?.subjectsReason ?? '')
  const [decidedBy, setDecidedBy] = useState('')
  const [decidedAt, setDecidedAt] = useState(instantToLocalInput(now, d.timeZone))
  const [reasoning, setReasoning] = useState('')
  const save = useBreachWrite('breach.decide', () => setReasoning(''))
  const fieldError = useFieldError(save.error)

  const submit = () =>
    save.mutate({
      breachId: d.breach.id,
      assessmentId: d.assessments[0]?.id,
      riskLevel: riskLevel as Decision['riskLevel'],
      notifyAuthority: notify === 'true',
      authorityReason,
      subjects: subjects as Decision['subjects'],
      art34Exception: (subjects === 'exception' ? art34 || undefined : undefined) as Decision['art34Exception'],
      subjectsReason,
      decidedBy,
      decidedAt: localInputToInstant(decidedAt, d.timeZone) ?? decidedAt,
      reasoning,
    })

  return (
    <Stack gap="lg">
      {current ? (
        <Card withBorder padding="md" data-testid="decision-current">
          <Title order={4} mb="xs">
            {t('ui.decision.current')}
          </Title>
          <DecisionView x={current} timeZone={d.timeZone} />
        </Card>
      ) : (
        <Alert color="yellow" variant="light">
          {t('ui.decision.none')}
        </Alert>
      )}
      {proposal ? (
        <Alert color="blue" variant="light" title={t('ui.decision.proposal')}>
          {t(`labels.risk.${proposal.riskLevel}`)} — {proposal.proposeAuthority ? t('report.proposeAuthority') : t('report.proposeNoAuthority')};{' '}
          {t(`labels.proposeSubjects.${proposal.proposeSubjects}`)}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('ui.decision.noAssessment')}
        </Text>
      )}
      <Title order={4}>{current ? t('ui.decision.revise') : t('ui.decision.record')}</Title>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('ui.decision.riskLevel')}
          </Text>
          <SegmentedControl
            value={riskLevel}
            onChange={setRiskLevel}
            aria-label={t('ui.decision.riskLevel')}
            data={(['no_risk', 'risk', 'high_risk'] as const).map((r) => ({ value: r, label: t(`labels.risk.${r}`) }))}
          />
        </div>
        <Radio.Group label={t('ui.decision.notify')} value={notify} onChange={setNotify} error={fieldError('notifyAuthority')}>
          <Group mt={4}>
            <Radio value="true" label={t('ui.decision.notifyYes')} />
            <Radio value="false" label={t('ui.decision.notifyNo')} />
          </Group>
        </Radio.Group>
        {notify === 'false' && (
          <Textarea label={t('ui.decision.authorityReason')} value={authorityReason} onChange={(e) => setAuthorityReason(e.currentTarget.value)} error={fieldError('authorityReason')} autosize minRows={2} required />
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            label={t('ui.decision.subjects')}
            data={SUBJECTS.map((s) => ({ value: s, label: t(`labels.subjects.${s}`) }))}
            value={subjects}
            onChange={(v) => v && setSubjects(v)}
            allowDeselect={false}
            error={fieldError('subjects')}
          />
          {subjects === 'exception' && (
            <Select
              label={t('ui.decision.art34')}
              data={(['a', 'b'] as const).map((x) => ({ value: x, label: t(`labels.art34.${x}`) }))}
              value={art34 || null}
              onChange={(v) => setArt34(v ?? '')}
              error={fieldError('art34Exception')}
            />
          )}
        </SimpleGrid>
        {(subjects === 'exception' || subjects === 'not_required') && (
          <Textarea label={t('ui.decision.subjectsReason')} value={subjectsReason} onChange={(e) => setSubjectsReason(e.currentTarget.value)} error={fieldError('subjectsReason')} autosize minRows={2} required />
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label={t('ui.decision.decidedBy')} value={decidedBy} onChange={(e) => setDecidedBy(e.currentTarget.value)} error={fieldError('decidedBy')} required />
          <DateTimeField
            label={t('ui.decision.decidedAt')}
            description={t('ui.form.inZone', { timeZone: d.timeZone })}
            value={decidedAt}
            onChange={setDecidedAt}
            error={fieldError('decidedAt')}
          />
        </SimpleGrid>
        <Textarea label={t('ui.decision.reasoning')} description={t('ui.decision.reasoningHelp')} value={reasoning} onChange={(e) => setReasoning(e.currentTarget.value)} error={fieldError('reasoning')} autosize minRows={3} required />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button onClick={submit} loading={save.isPending} data-testid="save-decision">
            {t('ui.decision.save')}
          </Button>
        </Group>
      </Stack>
      {d.decisions.length > 1 && (
        <Stack gap="sm">
          <Title order={5}>{t('ui.decision.history')}</Title>
          {d.decisions.slice(1).map((x) => (
            <Card key={x.id} withBorder padding="sm">
              <DecisionView x={x} timeZone={d.timeZone} />
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  )
}
