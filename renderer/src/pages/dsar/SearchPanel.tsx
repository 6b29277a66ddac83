import {
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { OPEN_STATUSES, SEARCH_RESULTS } from '../../../../shared/domain/dsar/enums'
import type { DsarCaseView, DsarSearch } from '../../../../shared/domain/dsar/views'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDsarWrite } from './dsarApi'
import { useDsarFormat, useFieldError } from './dsarFormat'
import { DateField } from '../../components/DateField'

/** The checklist of systems to search: from the register when it holds systems, else typed in. */
export function SearchPanel({ view }: { view: DsarCaseView }) {
  const f = useDsarFormat()
  const { t } = f
  const c = view.case
  const editable = OPEN_STATUSES.includes(c.status) && !c.purgedAt
  const sources = useApiQuery('dsar.searchSources', {})
  const save = useDsarWrite('dsar.searchSave')
  const remove = useDsarWrite('dsar.searchDelete')
  const [name, setName] = useState('')
  const [editing, setEditing] = useState<DsarSearch | null>(null)
  const addedSystems = new Set(c.searches.map((s) => s.registerSystemId).filter(Boolean))
  const addSystem = (id: string, systemName: string, activityId?: string) =>
    save.mutate({
      caseId: c.id,
      systemName,
      registerSystemId: id,
      ...(activityId ? { registerActivityId: activityId } : {}),
      result: 'pending',
    })
  const register = sources.data?.registerAvailable
  return (
    <Stack gap="md">
      {c.searches.length === 0 ? (
        <Text size="sm">{t('ui.search.empty')}</Text>
      ) : (
        <Table striped data-testid="dsar-searches">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('report.search.colSystem')}</Table.Th>
              <Table.Th>{t('ui.search.result')}</Table.Th>
              <Table.Th>{t('ui.search.searchedBy')}</Table.Th>
              <Table.Th>{t('ui.search.searchedOn')}</Table.Th>
              <Table.Th>{t('ui.search.findings')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.searches.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  {s.systemName ?? '—'}{' '}
                  {s.registerSystemId && (
                    <Badge size="xs" variant="outline">
                      {t('report.search.register')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t(`searchResults.${s.result}`)}</Table.Td>
                <Table.Td>{s.searchedBy ?? '—'}</Table.Td>
                <Table.Td>{s.searchedOn ? f.day(s.searchedOn) : '—'}</Table.Td>
                <Table.Td>{s.findings ?? '—'}</Table.Td>
                <Table.Td>
                  {editable && (
                    <Group gap={4} wrap="nowrap">
                      <Button size="xs" variant="subtle" onClick={() => setEditing(s)}>
                        {t('ui.search.save')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => remove.mutate({ caseId: c.id, id: s.id })}
                      >
                        {t('ui.search.remove')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorAlert error={remove.error} />
      {editing && (
        <SearchResultForm key={editing.id} view={view} line={editing} onDone={() => setEditing(null)} />
      )}
      {editable && (
        <Card withBorder padding="md">
          <Stack gap="xs">
            <Title order={4} size="h5">
              {t('ui.search.title')}
            </Title>
            {register && sources.data ? (
              <Group grow align="flex-end">
                <Select
                  label={t('ui.search.fromRegisterSystem')}
                  placeholder={t('ui.search.fromRegister')}
                  data={sources.data.systems
                    .filter((s) => !addedSystems.has(s.id))
                    .map((s) => ({ value: s.id, label: s.name }))}
                  value={null}
                  searchable
                  onChange={(id) => {
                    const s = sources.data?.systems.find((x) => x.id === id)
                    if (s) addSystem(s.id, s.name)
                  }}
                />
                <Select
                  label={t('ui.search.fromRegisterActivity')}
                  placeholder={t('ui.search.fromRegister')}
                  data={sources.data.activities
                    .filter((a) => a.systems.length > 0)
                    .map((a) => ({ value: a.id, label: a.name }))}
                  value={null}
                  searchable
                  onChange={(id) => {
                    const a = sources.data?.activities.find((x) => x.id === id)
                    a?.systems
                      .filter((s) => !addedSystems.has(s.id))
                      .forEach((s) => addSystem(s.id, s.name, a.id))
                  }}
                />
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t('ui.search.noRegister')}
              </Text>
            )}
            <Group align="flex-end">
              <TextInput
                label={t('ui.search.freeText')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                style={{ flex: 1 }}
                data-testid="dsar-search-name"
              />
              <Button
                variant="default"
                onClick={() =>
                  save.mutate(
                    { caseId: c.id, systemName: name, result: 'pending' },
                    { onSuccess: () => setName('') },
                  )
                }
                loading={save.isPending}
                data-testid="dsar-search-add"
              >
                {t('ui.search.add')}
              </Button>
            </Group>
            <ErrorAlert error={save.error} />
          </Stack>
        </Card>
      )}
    </Stack>
  )
}

function SearchResultForm({
  view,
  line,
  onDone,
}: {
  view: DsarCaseView
  line: DsarSearch
  onDone: () => void
}) {
  const { t } = useDsarFormat()
  const [result, setResult] = useState<string>(line.result === 'pending' ? 'found' : line.result)
  const [searchedBy, setSearchedBy] = useState(line.searchedBy ?? '')
  const [searchedOn, setSearchedOn] = useState(line.searchedOn ?? view.clock.today)
  const [findings, setFindings] = useState(line.findings ?? '')
  const save = useDsarWrite('dsar.searchSave', onDone)
  const fieldError = useFieldError(save.error)
  return (
    <Card withBorder padding="md" data-testid="dsar-search-result">
      <Stack gap="xs">
        <Title order={4} size="h5">
          {line.systemName}
        </Title>
        <Group grow align="flex-start">
          <Select
            label={t('ui.search.result')}
            data={SEARCH_RESULTS.map((r) => ({ value: r, label: t(`searchResults.${r}`) }))}
            value={result}
            onChange={(v) => v && setResult(v)}
            allowDeselect={false}
          />
          <TextInput
            label={t('ui.search.searchedBy')}
            value={searchedBy}
            onChange={(e) => setSearchedBy(e.currentTarget.value)}
            error={fieldError('searchedBy')}
          />
          <DateField
            label={t('ui.search.searchedOn')}
            value={searchedOn}
            onChange={setSearchedOn}
            error={fieldError('searchedOn')}
          />
        </Group>
        <Textarea
          label={t('ui.search.findings')}
          value={findings}
          onChange={(e) => setFindings(e.currentTarget.value)}
          error={fieldError('findings')}
        />
        <Group>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                caseId: view.case.id,
                id: line.id,
                systemName: line.systemName ?? '',
                registerSystemId: line.registerSystemId ?? undefined,
                registerActivityId: line.registerActivityId ?? undefined,
                result: result as (typeof SEARCH_RESULTS)[number],
                searchedBy,
                searchedOn,
                findings,
              })
            }
          >
            {t('ui.search.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('ui.form.cancel')}
          </Button>
        </Group>
        {!fieldError('searchedBy') && !fieldError('searchedOn') && !fieldError('findings') && (
          <ErrorAlert error={save.error} />
        )}
      </Stack>
    </Card>
  )
}
