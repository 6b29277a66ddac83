import {
  Button,
  Card,
  Code,
  FileInput,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { call } from '../../api/client'
import { useProfile } from '../../api/useWorkspace'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatBytes } from '../../format/formatBytes'
import { formatInstant } from '../../format/formatInstant'
import { useDsarWrite } from './dsarApi'
import { WrittenFile } from '../../components/WrittenFile'
import { useDsarFormat } from './dsarFormat'

/** Reads a picked file's bytes for the core, which copies them into the workspace (the original is untouched). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader()
    r.onerror = () => reject(r.error ?? new Error('read failed'))
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''))
    r.readAsDataURL(file)
  })
}

export function FilesPanel({ view }: { view: DsarCaseView }) {
  const { t, lang } = useDsarFormat()
  const timeZone = useProfile().data?.timeZone ?? 'UTC'
  const c = view.case
  const [file, setFile] = useState<File | null>(null)
  const [note, setNote] = useState('')
  const add = useDsarWrite('dsar.attachmentAdd', () => {
    setFile(null)
    setNote('')
  })
  const attach = useMutation({
    mutationFn: async (picked: File) =>
      add.mutateAsync({
        caseId: c.id,
        fileName: picked.name,
        dataBase64: await readBase64(picked),
        mediaType: picked.type,
        note,
      }),
  })
  const exportCopy = useMutation({
    mutationFn: (id: number) => call('dsar.attachmentExport', { caseId: c.id, id }),
  })
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('ui.files.intro')}
      </Text>
      {c.attachments.length === 0 ? (
        <Text size="sm">{t('ui.files.empty')}</Text>
      ) : (
        <Table striped data-testid="dsar-files">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('report.letters.colFile')}</Table.Th>
              <Table.Th>{t('report.letters.colSize')}</Table.Th>
              <Table.Th>{t('report.letters.colSha')}</Table.Th>
              <Table.Th>{t('report.letters.colAdded')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.attachments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  {a.fileName}
                  {a.note && (
                    <Text size="xs" c="dimmed">
                      {a.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatBytes(a.size, lang)}</Table.Td>
                <Table.Td>
                  <Code title={a.sha256}>{a.sha256.slice(0, 12)}…</Code>
                </Table.Td>
                <Table.Td>{formatInstant(a.addedAt, timeZone, lang)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => exportCopy.mutate(a.id)}>
                    {t('ui.files.export')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorAlert error={exportCopy.error} />
      {exportCopy.data && (
        <WrittenFile title={t('ui.files.exported')} path={exportCopy.data.path} />
      )}
      {!c.purgedAt && (
        <Card withBorder padding="md">
          <Stack gap="xs">
            <Title order={4} size="h5">
              {t('ui.files.choose')}
            </Title>
            <Group grow align="flex-end">
              <FileInput label={t('ui.files.choose')} value={file} onChange={setFile} clearable />
              <TextInput
                label={t('ui.files.note')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
            </Group>
            <Group>
              <Button disabled={!file} loading={attach.isPending} onClick={() => file && attach.mutate(file)}>
                {t('ui.files.choose')}
              </Button>
            </Group>
            <ErrorAlert error={attach.error} />
          </Stack>
        </Card>
      )}
    </Stack>
  )
}
