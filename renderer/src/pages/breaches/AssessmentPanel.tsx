import { Alert, Badge, Button, Checkbox, Group, SegmentedControl, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import { formatDateTime } from '../../../../shared/format/dateTime'
import { CB_AVAILABILITY, CB_CONFIDENTIALITY, CB_INTEGRITY, DPC_BASE, EI_SCORE } from '../../../../shared/rules/breach/enisaSeverity'
import { RISK_QUESTIONS, type RiskAnswer, type RiskQuestion } from '../../../../shared/rules/breach/riskAssessment'
import { call } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useBreachWrite } from './breachApi'
import { useFieldError } from './fieldError'
import { useBreachRulesText } from './useBreachRulesText'

type DataType = keyof typeof DPC_BASE
interface EnisaValues {
  types: DataType[]
  delta: Partial<Record<DataType, string>>
  reason: Partial<Record<DataType, string>>
  easeOfIdentification: keyof typeof EI_SCORE
  confidentiality: keyof typeof CB_CONFIDENTIALITY
  integrity: keyof typeof CB_INTEGRITY
  availability: keyof typeof CB_AVAILABILITY
  malicious: boolean
  unintelligible: boolean
}

const keys = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[]

function fromDetail(d: BreachDetail): { enisa: EnisaValues; answers: Record<RiskQuestion, RiskAnswer>; art34: string } {
  const a = d.assessments[0]
  if (a)
    return {
      enisa: {
        types: a.enisa.data.map((x) => x.type),
        delta: Object.fromEntries(a.enisa.data.map((x) => [x.type, String(x.delta ?? 0)])),
        reason: Object.fromEntries(a.enisa.data.map((x) => [x.type, x.reason ?? ''])),
        easeOfIdentification: a.enisa.easeOfIdentification,
        confidentiality: a.enisa.confidentiality ?? 'none',
        integrity: a.enisa.integrity ?? 'none',
        availability: a.enisa.availability ?? 'none',
        malicious: !!a.enisa.malicious,
        unintelligible: !!a.enisa.unintelligible,
      },
      answers: { ...a.answers },
      art34: a.art34Exception ?? '',
    }
  const n = d.breach.natures
  return {
    enisa: {
      types: d.breach.dataCategories.some((c) => c.special) ? ['sensitive'] : ['simple'],
      delta: {},
      reason: {},
      easeOfIdentification: 'maximum',
      confidentiality: n.includes('confidentiality') ? 'unknown_recipients' : 'none',
      integrity: n.includes('integrity') ? 'recoverable' : 'none',
      availability: n.includes('availability') ? 'temporary' : 'none',
      malicious: d.breach.causeKind === 'external_malicious' || d.breach.causeKind === 'internal_malicious',
      unintelligible: false,
    },
    answers: Object.fromEntries(RISK_QUESTIONS.map((q) => [q, 'unknown'])) as Record<RiskQuestion, RiskAnswer>,
    art34: '',
  }
}

/** ENISA severity + the EDPB risk questions; the app proposes (live), a person records it. */
export function AssessmentPanel({ d }: { d: BreachDetail }) {
  const { t, i18n } = useTranslation('breach')
  const rules = useBreachRulesText(d.timeZone)
  const start = fromDetail(d)
  const [enisa, setEnisa] = useState(start.enisa)
  const [answers, setAnswers] = useState(start.answers)
  const [art34, setArt34] = useState(start.art34)
  const [assessedBy, setAssessedBy] = useState('')
  const input = {
    enisa: {
      data: enisa.types.map((type) => ({ type, delta: Number(enisa.delta[type] ?? 0) || 0, reason: enisa.reason[type] ?? '' })),
      easeOfIdentification: enisa.easeOfIdentification,
      confidentiality: enisa.confidentiality,
      integrity: enisa.integrity,
      availability: enisa.availability,
      malicious: enisa.malicious,
      unintelligible: enisa.unintelligible,
    },
    answers,
    art34Exception: (art34 || undefined) as 'a' | 'b' | 'c' | undefined,
  }
  const preview = useQuery({ queryKey: ['breach.previewProposal', input], queryFn: () => call('breach.previewProposal', input), retry: false })
  const save = useBreachWrite('breach.assess')
  const fieldError = useFieldError(save.error)
  const set = <K extends keyof EnisaValues>(k: K, v: EnisaValues[K]) => setEnisa((o) => ({ ...o, [k]: v }))
  const sel = <K extends 'easeOfIdentification' | 'confidentiality' | 'integrity' | 'availability'>(k: K, options: string[], prefix: string) => (
    <Select
      label={t(`ui.assess.${k}` as string)}
      data={options.map((o) => ({ value: o, label: t(`${prefix}.${o}`) }))}
      value={enisa[k]}
      onChange={(v) => v && set(k, v as EnisaValues[K])}
      allowDeselect={false}
    />
  )
  const latest = d.assessments[0]
  const p = preview.data

  return (
    <Stack gap="lg">
      {latest && (
        <Alert color="blue" variant="light" title={t('ui.assess.current')}>
          {t('ui.assess.currentText', {
            level: t(`labels.severity.${latest.severity.level}`),
            score: latest.severity.score,
            risk: t(`labels.risk.${latest.proposal.riskLevel}`),
            who: latest.assessedBy,
            when: formatDateTime(latest.assessedAt, d.timeZone, i18n.language),
          })}
        </Alert>
      )}
      <Title order={4}>{t('ui.assess.enisaTitle')}</Title>
      <Checkbox.Group label={t('ui.assess.dataTypes')} value={enisa.types} onChange={(v) => set('types', v as DataType[])} error={fieldError('enisa.data')}>
        <Stack gap={6} mt={4}>
          {keys(DPC_BASE).map((type) => (
            <Group key={type} gap="sm" wrap="nowrap" align="flex-end">
              <Checkbox value={type} label={t(`labels.dataType.${type}`)} w={300} />
              {enisa.types.includes(type) && (
                <>
                  <Select
                    size="xs"
                    w={90}
                    aria-label={t('ui.assess.adjust')}
                    data={['-3', '-2', '-1', '0', '1', '2', '3']}
                    value={enisa.delta[type] ?? '0'}
                    onChange={(v) => set('delta', { ...enisa.delta, [type]: v ?? '0' })}
                  />
                  {(enisa.delta[type] ?? '0') !== '0' && (
                    <TextInput
                      size="xs"
                      style={{ flex: 1 }}
                      placeholder={t('ui.assess.adjustReason')}
                      aria-label={t('ui.assess.adjustReason')}
                      value={enisa.reason[type] ?? ''}
                      onChange={(e) => set('reason', { ...enisa.reason, [type]: e.currentTarget.value })}
                    />
                  )}
                </>
              )}
            </Group>
          ))}
        </Stack>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, md: 4 }}>
        {sel('easeOfIdentification', keys(EI_SCORE), 'labels.ease')}
        {sel('confidentiality', keys(CB_CONFIDENTIALITY), 'labels.cbConfidentiality')}
        {sel('integrity', keys(CB_INTEGRITY), 'labels.cbIntegrity')}
        {sel('availability', keys(CB_AVAILABILITY), 'labels.cbAvailability')}
      </SimpleGrid>
      <Group>
        <Switch label={t('ui.assess.malicious')} checked={enisa.malicious} onChange={(e) => set('malicious', e.currentTarget.checked)} />
        <Switch label={t('ui.assess.unintelligible')} checked={enisa.unintelligible} onChange={(e) => set('unintelligible', e.currentTarget.checked)} />
      </Group>
      <Title order={4}>{t('ui.assess.edpbTitle')}</Title>
      <Table striped>
        <Table.Tbody>
          {RISK_QUESTIONS.map((q) => (
            <Table.Tr key={q}>
              <Table.Td>{t(`labels.question.${q}`)}</Table.Td>
              <Table.Td w={240}>
                <SegmentedControl
                  size="xs"
                  aria-label={t(`labels.question.${q}`)}
                  value={answers[q]}
                  onChange={(v) => setAnswers((o) => ({ ...o, [q]: v as RiskAnswer }))}
                  data={(['yes', 'no', 'unknown'] as const).map((a) => ({ value: a, label: t(`labels.answer.${a}`) }))}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Select
        label={t('ui.assess.art34')}
        description={t('ui.assess.art34Help')}
        data={(['a', 'b', 'c'] as const).map((x) => ({ value: x, label: t(`labels.art34.${x}`) }))}
        value={art34 || null}
        onChange={(v) => setArt34(v ?? '')}
        clearable
      />
      <Alert color={p?.proposal.riskLevel === 'high_risk' ? 'red' : p?.proposal.riskLevel === 'risk' ? 'orange' : 'green'} variant="light" title={t('ui.assess.proposalTitle')} data-testid="proposal">
        {p ? (
          <Stack gap={4}>
            <Group gap="xs">
              <Badge>{t('ui.assess.score', { score: p.severity.score, level: t(`labels.severity.${p.severity.level}`) })}</Badge>
              <Badge color="dark">{t(`labels.risk.${p.proposal.riskLevel}`)}</Badge>
            </Group>
            <Text size="sm">{p.proposal.proposeAuthority ? t('report.proposeAuthority') : t('report.proposeNoAuthority')}</Text>
            <Text size="sm">{t(`labels.proposeSubjects.${p.proposal.proposeSubjects}`)}</Text>
            <Text size="xs" c="dimmed">
              {p.proposal.explanationMessages ? rules.messages(p.proposal.explanationMessages) : p.proposal.explanation}
            </Text>
          </Stack>
        ) : (
          <ErrorAlert error={preview.error} />
        )}
      </Alert>
      <Group align="flex-end">
        <TextInput label={t('ui.assess.assessedBy')} value={assessedBy} onChange={(e) => setAssessedBy(e.currentTarget.value)} error={fieldError('assessedBy')} required w={300} />
        <Button loading={save.isPending} onClick={() => save.mutate({ breachId: d.breach.id, ...input, assessedBy })} data-testid="save-assessment">
          {t('ui.assess.save')}
        </Button>
      </Group>
      <ErrorAlert error={save.error} />
    </Stack>
  )
}
