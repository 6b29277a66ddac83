import {
  Button,
  Card,
  Group,
  Select,
  Spoiler,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { LETTER_KINDS, LETTER_LANGUAGES, type LetterKind } from '../../../../shared/domain/dsar/enums'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { call } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDsarWrite } from './dsarApi'
import { WrittenFile } from '../../components/WrittenFile'
import { useDsarFormat, useFieldError } from './dsarFormat'
import { DateField } from '../../components/DateField'

/** Letters from the templates, kept in the case as sent (text and PDF); each can be saved again as PDF. */
export function LettersPanel({ view }: { view: DsarCaseView }) {
  const f = useDsarFormat()
  const { t } = f
  const c = view.case
  const [kind, setKind] = useState<LetterKind>('acknowledgment')
  // The letter's language defaults to the UI's when letters exist in it (en, it, fr), else English.
  const [lang, setLang] = useState<string>(
    (LETTER_LANGUAGES as readonly string[]).includes(f.lang) ? f.lang : 'en',
  )
  const [date, setDate] = useState(view.clock.today)
  const create = useDsarWrite('dsar.letterCreate')
  const fieldError = useFieldError(create.error)
  const exportPdf = useMutation({
    mutationFn: (id: number) => call('report.create', { type: 'dsar-letter', caseId: String(id) }),
  })
  return (
    <Stack gap="md">
      {c.letters.length === 0 ? (
        <Text size="sm">{t('ui.letters.empty')}</Text>
      ) : (
        <Table striped data-testid="dsar-letters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ui.letters.date')}</Table.Th>
              <Table.Th>{t('ui.letters.kind')}</Table.Th>
              <Table.Th>{t('ui.letters.lang')}</Table.Th>
              <Table.Th>{t('report.letters.colSubject')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.letters.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>{f.day(l.date)}</Table.Td>
                <Table.Td>{t(`letterKinds.${l.kind}`)}</Table.Td>
                <Table.Td>{l.lang.toUpperCase()}</Table.Td>
                <Table.Td>
                  {l.subject ?? '—'}
                  {l.body && (
                    <Spoiler maxHeight={0} showLabel="…" hideLabel="▲">
                      <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                        {l.body}
                      </Text>
                    </Spoiler>
                  )}
                </Table.Td>
                <Table.Td>
                  {l.body && (
                    <Button size="xs" variant="subtle" onClick={() => exportPdf.mutate(l.id)}>
                      {t('ui.letters.export')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorAlert error={exportPdf.error} />
      {exportPdf.data && (
        <WrittenFile title={t('ui.letters.written')} path={exportPdf.data.path} />
      )}
      {!c.purgedAt && (
        <Card withBorder padding="md">
          <Stack gap="xs">
            <Title order={4} size="h5">
              {t('ui.letters.title')}
            </Title>
            <Group grow align="flex-start">
              <Select
                label={t('ui.letters.kind')}
                data={LETTER_KINDS.map((k) => ({ value: k, label: t(`letterKinds.${k}`) }))}
                value={kind}
                onChange={(v) => v && setKind(v as LetterKind)}
                allowDeselect={false}
                data-testid="dsar-letter-kind"
              />
              <Select
                label={t('ui.letters.lang')}
                data={LETTER_LANGUAGES.map((l) => ({ value: l, label: t(`ui:languages.${l}`) }))}
                value={lang}
                onChange={(v) => v && setLang(v)}
                allowDeselect={false}
              />
              <DateField
                label={t('ui.letters.date')}
                value={date}
                onChange={setDate}
                error={fieldError('date')}
              />
            </Group>
            <Group>
              <Button
                loading={create.isPending}
                onClick={() =>
                  create.mutate({ caseId: c.id, kind, lang: lang as (typeof LETTER_LANGUAGES)[number], date })
                }
                data-testid="dsar-letter-create"
              >
                {t('ui.letters.create')}
              </Button>
            </Group>
            {!fieldError('date') && <ErrorAlert error={create.error} />}
          </Stack>
        </Card>
      )}
    </Stack>
  )
}
