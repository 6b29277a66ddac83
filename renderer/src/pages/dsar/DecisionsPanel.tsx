import {
  Alert,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { DECISION_OUTCOMES, OPEN_STATUSES, REFUSAL_GROUNDS } from '../../../../shared/domain/dsar/enums'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDsarWrite } from './dsarApi'
import { useDsarFormat, useFieldError } from './dsarFormat'
import { DateField } from '../../components/DateField'

/** One decision per request type, with reasons; refusals carry the Art. 12(4) notice in their letter. */
export function DecisionsPanel({ view }: { view: DsarCaseView }) {
  const { t } = useDsarFormat()
  const c = view.case
  const editable = OPEN_STATUSES.includes(c.status) && !c.purgedAt
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light">
        {t('ui.decisions.rights')}
      </Alert>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {c.requestTypes.map((type) => (
          <DecisionCard
            key={`${type}-${c.decisions.find((d) => d.type === type)?.decidedOn ?? ''}`}
            view={view}
            type={type}
            editable={editable}
          />
        ))}
      </SimpleGrid>
    </Stack>
  )
}

function DecisionCard({
  view,
  type,
  editable,
}: {
  view: DsarCaseView
  type: DsarCaseView['case']['requestTypes'][number]
  editable: boolean
}) {
  const f = useDsarFormat()
  const { t } = f
  const d = view.case.decisions.find((x) => x.type === type)
  const [outcome, setOutcome] = useState<string | null>(d?.outcome ?? null)
  const [ground, setGround] = useState<string | null>(d?.ground ?? null)
  const [reason, setReason] = useState(d?.reason ?? '')
  const [decidedOn, setDecidedOn] = useState(d?.decidedOn ?? view.clock.today)
  const save = useDsarWrite('dsar.decisionSave')
  const fieldError = useFieldError(save.error)
  const refusing = outcome === 'refused' || outcome === 'partly_granted'
  return (
    <Card withBorder padding="md" data-testid={`dsar-decision-${type}`}>
      <Stack gap="xs">
        <Title order={4} size="h5">
          {f.typeTitle(type)}
        </Title>
        {!d && (
          <Text size="sm" c="dimmed">
            {t('ui.decisions.undecided')}
          </Text>
        )}
        <Select
          label={t('ui.decisions.outcome')}
          data={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
          value={outcome}
          onChange={setOutcome}
          disabled={!editable}
          error={fieldError('outcome')}
        />
        {refusing && (
          <Select
            label={t('ui.decisions.ground')}
            data={REFUSAL_GROUNDS.map((g) => ({ value: g, label: t(`grounds.${g}`) }))}
            value={ground}
            onChange={setGround}
            disabled={!editable}
            error={fieldError('ground')}
          />
        )}
        <Textarea
          label={t('ui.decisions.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          disabled={!editable}
          error={fieldError('reason')}
        />
        <DateField
          label={t('ui.decisions.decidedOn')}
          value={decidedOn}
          onChange={setDecidedOn}
          disabled={!editable}
          error={fieldError('decidedOn')}
        />
        {editable && (
          <Group>
            <Button
              variant="default"
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  caseId: view.case.id,
                  type,
                  outcome: (outcome ?? '') as (typeof DECISION_OUTCOMES)[number],
                  ground: (refusing ? (ground ?? '') : '') as (typeof REFUSAL_GROUNDS)[number] | '',
                  reason,
                  decidedOn,
                })
              }
              data-testid={`dsar-decision-save-${type}`}
            >
              {t('ui.decisions.save')}
            </Button>
          </Group>
        )}
        {!fieldError('outcome') &&
          !fieldError('ground') &&
          !fieldError('reason') &&
          !fieldError('decidedOn') && <ErrorAlert error={save.error} />}
      </Stack>
    </Card>
  )
}
