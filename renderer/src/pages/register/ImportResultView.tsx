import { Alert, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type {
  ImportIssue,
  ImportResult,
  RegisterFileType,
} from '../../../../shared/domain/register/importExport'

// What an import found: every problem with its sheet, row and column (nothing was changed), or the
// counts of what it creates and updates. The messages come from the core, already in plain words.

const KINDS = { activities: ['activities', 'vendors', 'systems'], vendors: ['vendors'] } as const

/** The records a file of this type touches, and the totals the summary line shows. */
export function importTotals(
  type: RegisterFileType,
  result: ImportResult,
): { created: number; updated: number } {
  let created = 0
  let updated = 0
  for (const k of KINDS[type]) {
    created += result[k].created
    updated += result[k].updated
  }
  return { created, updated }
}

/** Issues (problems or notes) as a table: sheet, row, column as the file writes it, what. */
function IssueTable({
  issues,
  what,
  testId,
  rowTestId,
}: {
  issues: ImportIssue[]
  /** The last column's heading: a problem, or a note. */
  what: 'problem' | 'note'
  testId: string
  rowTestId: string
}) {
  const { t } = useTranslation('register')
  return (
    <ScrollArea.Autosize mah={360}>
      <Table striped withTableBorder data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {(['sheet', 'row', 'column', what] as const).map((c) => (
              <Table.Th key={c}>{t(`ui.io.col.${c}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((e, i) => (
            <Table.Tr key={i} data-testid={rowTestId}>
              <Table.Td>{e.sheet}</Table.Td>
              <Table.Td data-testid={`${rowTestId}-row`}>{e.row > 0 ? e.row : t('ui.io.wholeSheet')}</Table.Td>
              <Table.Td data-testid={`${rowTestId}-column`}>{e.column || '—'}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  )
}

export function ImportErrors({ errors }: { errors: ImportIssue[] }) {
  const { t } = useTranslation('register')
  return (
    <Stack gap="sm">
      <Alert color="red" variant="light" data-testid="import-invalid">
        {t('ui.io.invalid', { count: errors.length })}
      </Alert>
      <IssueTable issues={errors} what="problem" testId="import-errors" rowTestId="import-error" />
    </Stack>
  )
}

/** Cells read as written that may not be what was meant (several items on one line…): they never block. */
export function ImportNotes({ notes }: { notes: ImportIssue[] }) {
  const { t } = useTranslation('register')
  if (notes.length === 0) return null
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" data-testid="import-notes">
        {t('ui.io.notes', { count: notes.length })}
      </Alert>
      <IssueTable issues={notes} what="note" testId="import-notes-table" rowTestId="import-note" />
    </Stack>
  )
}

export function ImportCounts({
  type,
  result,
  withSummary = false,
}: {
  type: RegisterFileType
  result: ImportResult
  /** The "n created, n updated" line above the table. */
  withSummary?: boolean
}) {
  const { t } = useTranslation('register')
  return (
    <Stack gap="xs">
      {withSummary && (
        <Text fw={500} data-testid="import-summary">
          {t('ui.io.summary', importTotals(type, result))}
        </Text>
      )}
      <Table withTableBorder data-testid="import-counts">
        <Table.Thead>
          <Table.Tr>
            {(['what', 'created', 'updated', 'unchanged'] as const).map((c) => (
              <Table.Th key={c}>{t(`ui.io.counts.${c}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {KINDS[type].map((k) => (
            <Table.Tr key={k} data-testid={`import-counts-${k}`}>
              <Table.Td>{t(`ui.io.kinds.${k}`)}</Table.Td>
              <Table.Td>{result[k].created}</Table.Td>
              <Table.Td>{result[k].updated}</Table.Td>
              <Table.Td>{result[k].unchanged}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
