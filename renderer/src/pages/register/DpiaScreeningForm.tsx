import { Alert, Badge, Button, Checkbox, Group, List, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { labelled } from '../../../../shared/format/labelled'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ART35_3_CASES, WP248_CRITERIA, type DpiaScreening } from '../../../../shared/domain/register/dpia'
import { languageOfLocale } from '../../../../shared/reference/regimes'
import { useProfile } from '../../api/useWorkspace'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatInstant } from '../../format/formatInstant'
import { useFieldError } from './fieldError'
import { useDpiaQuestions, useRegisterWrite } from './registerApi'

const RESULT_COLOR = { required: 'red', recommended: 'yellow', not_required: 'green' } as const

/**
 * DPIA screening (Art. 35; WP248 rev.01): the nine criteria as plain questions, the three Art. 35(3) cases
 * and the national Art. 35(4) list of the organisation's authority. The core gives the result and reasons.
 */
export function DpiaScreeningForm({ activityId, screening }: { activityId: string; screening: DpiaScreening | null }) {
  const { t, i18n } = useTranslation('register')
  const questions = useDpiaQuestions()
  const profile = useProfile()
  const [wp248, setWp248] = useState<string[]>(screening?.wp248 ?? [])
  const [art35, setArt35] = useState<string[]>(screening?.art35_3 ?? [])
  const [national, setNational] = useState<string[]>(screening?.nationalItems ?? [])
  const [answeredBy, setAnsweredBy] = useState(screening?.answeredBy ?? '')
  const [reasoning, setReasoning] = useState(screening?.reasoning ?? '')
  const save = useRegisterWrite('register.saveDpiaScreening')
  const fieldError = useFieldError(save.error)
  const shown = save.data ?? screening
  const list = questions.data?.nationalList
  const lang = languageOfLocale(i18n.language)
  const u = (k: string, o?: Record<string, unknown>) => t(`ui.dpia.${k}`, o ?? {})

  return (
    <Stack gap="md" data-testid="dpia-form">
      <Text size="sm" c="dimmed">
        {u('intro')}
      </Text>
      {shown && (
        <Alert color={RESULT_COLOR[shown.result]} variant="light" title={t(`dpiaResult.${shown.result}`)} data-testid="dpia-result">
          <Stack gap={4}>
            <Text size="xs">
              {u('screenedBy', { who: shown.answeredBy, when: formatInstant(shown.screenedAt, profile.data?.timeZone ?? 'UTC', i18n.language) })}
            </Text>
            <List size="sm" spacing={2}>
              {shown.reasons.map((r, i) => (
                <List.Item key={i}>
                  {t(`dpiaReasons.${r.code}`, r.code === 'wp248One' ? { criterion: t(`wp248.${r.params.criterion}.label`) } : r.params)}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      )}
      <Checkbox.Group label={u('wp248')} description={u('wp248Help')} value={wp248} onChange={setWp248}>
        <Stack gap={8} mt="xs">
          {WP248_CRITERIA.map((c) => (
            <Checkbox key={c} value={c} label={t(`wp248.${c}.label`)} description={t(`wp248.${c}.help`)} data-testid={`wp248-${c}`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox.Group label={u('art35')} description={u('art35Help')} value={art35} onChange={setArt35}>
        <Stack gap={8} mt="xs">
          {ART35_3_CASES.map((c) => (
            <Checkbox key={c} value={c} label={t(`art35_3.${c}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      {list ? (
        <Checkbox.Group
          label={u('national', { authority: list.authority })}
          description={u('nationalHelp', { act: list.act, asOf: list.asOf })}
          value={national}
          onChange={setNational}
          error={fieldError('nationalItems')}
        >
          <Stack gap={8} mt="xs">
            {list.items.map((item) => (
              <Checkbox key={item.id} value={item.id} label={labelled(lang, item.id, item.text[lang])} />
            ))}
          </Stack>
        </Checkbox.Group>
      ) : (
        <Alert color="gray" variant="light">
          {u('noNationalList', { authority: questions.data?.authority ?? '—' })}
        </Alert>
      )}
      <Group grow align="flex-start">
        <TextInput label={u('answeredBy')} description={u('answeredByHelp')} value={answeredBy} onChange={(e) => setAnsweredBy(e.currentTarget.value)} error={fieldError('answeredBy')} required data-testid="dpia-answeredBy" />
      </Group>
      <Textarea label={u('reasoning')} description={u('reasoningHelp')} value={reasoning} onChange={(e) => setReasoning(e.currentTarget.value)} autosize minRows={2} error={fieldError('reasoning')} data-testid="dpia-reasoning" />
      <ErrorAlert error={save.error} />
      <Group justify="flex-end">
        <Button
          loading={save.isPending}
          data-testid="dpia-save"
          onClick={() =>
            save.mutate({
              activityId,
              wp248: wp248 as DpiaScreening['wp248'],
              art35_3: art35 as DpiaScreening['art35_3'],
              nationalItems: national,
              answeredBy,
              reasoning,
            })
          }
        >
          {u('save')}
        </Button>
      </Group>
      <Title order={4} size="h6" c="dimmed">
        {u('sources')}
      </Title>
      <Text size="xs" c="dimmed">
        {u('sourcesText')}
        {list && (
          <>
            {' '}
            <Badge size="xs" variant="outline" color="gray">
              {u('unverified')}
            </Badge>
          </>
        )}
      </Text>
    </Stack>
  )
}
