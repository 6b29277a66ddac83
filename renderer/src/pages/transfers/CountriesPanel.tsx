import {
  Accordion,
  Alert,
  Badge,
  Button,
  Code,
  FileButton,
  Group,
  List,
  Loader,
  Stack,
  Text,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountryInfo } from '../../../../shared/domain/transfers/views'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { OverrideForm } from './OverrideForm'
import { countryText } from './labels'
import { readFileText, useTransfersWrite } from './transfersApi'

/** The country data: import a newer pack, and keep, export and import the workspace's own assessments. */
export function CountriesPanel() {
  const { t, i18n } = useTranslation('transfers')
  const countries = useApiQuery('transfers.countries.list', {})
  const importPack = useTransfersWrite('transfers.pack.import')
  const exportOwn = useTransfersWrite('transfers.countries.exportOverrides')
  const importOwn = useTransfersWrite('transfers.countries.importOverrides')
  const deleteOwn = useTransfersWrite('transfers.countries.deleteOverride')
  const [editing, setEditing] = useState<CountryInfo | null>(null)
  const pick = (run: (text: string) => void) => (file: File | null) => {
    if (file) void readFileText(file).then(run)
  }

  return (
    <Stack gap="md" data-testid="countries-panel">
      <Text size="sm" c="dimmed" maw={760}>
        {t('ui.countries.intro')}
      </Text>
      <Group>
        <FileButton accept="application/json,.json" onChange={pick((text) => importPack.mutate({ text }))}>
          {(props) => (
            <Button variant="default" loading={importPack.isPending} {...props}>
              {t('ui.countries.importPack')}
            </Button>
          )}
        </FileButton>
        <Button variant="default" onClick={() => exportOwn.mutate({})} loading={exportOwn.isPending}>
          {t('ui.countries.exportOwn')}
        </Button>
        <FileButton accept="application/json,.json" onChange={pick((text) => importOwn.mutate({ text }))}>
          {(props) => (
            <Button variant="default" loading={importOwn.isPending} {...props}>
              {t('ui.countries.importOwn')}
            </Button>
          )}
        </FileButton>
      </Group>
      <ErrorAlert error={importPack.error ?? exportOwn.error ?? importOwn.error ?? deleteOwn.error} />
      {importPack.data && (
        <Alert color="green" variant="light">
          {t('ui.pack.imported_ok', { version: importPack.data.version, asOf: importPack.data.asOf })}
        </Alert>
      )}
      {exportOwn.data && (
        <Alert color="green" variant="light">
          <Text size="sm">{t('ui.countries.exported', { count: exportOwn.data.count })}</Text>
          <Code block>{exportOwn.data.path}</Code>
        </Alert>
      )}
      {importOwn.data && (
        <Alert color="green" variant="light">
          {t('ui.countries.importedOwn', {
            count: importOwn.data.count,
            countries: importOwn.data.countries.join(', '),
          })}
        </Alert>
      )}
      {editing && <OverrideForm info={editing} onClose={() => setEditing(null)} />}
      <ErrorAlert error={countries.error} />
      {countries.isPending && <Loader />}
      <Accordion variant="separated" chevronPosition="left">
        {(countries.data ?? []).map((c) => (
          <Accordion.Item key={c.country} value={c.country}>
            <Accordion.Control>
              <Group gap="xs">
                <Text fw={600}>{countryText(c.country, i18n.language)}</Text>
                {c.adequacy.length > 0 && (
                  <Badge
                    color={c.adequacy.some((a) => a.scope === 'full') ? 'teal' : 'yellow'}
                    variant="light"
                  >
                    {t(
                      `ui.overview.adequacy.${c.adequacy.some((a) => a.scope === 'full') ? 'full' : 'partial'}`,
                    )}
                  </Badge>
                )}
                {c.overridden && (
                  <Badge color="violet" variant="light">
                    {t('ui.countries.own')}
                  </Badge>
                )}
                {c.assessment && (
                  <Text size="xs" c="dimmed">
                    {t('report.asOf', { date: c.assessment.asOf })}
                  </Text>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                {c.adequacy.map((a) => (
                  <Text key={a.id} size="sm">
                    <b>{a.decision}</b>
                    {a.scopeNote ? ` — ${a.scopeNote}` : ''} ({t('report.asOf', { date: a.asOf })}
                    {a.unverified ? `, ${t('report.unverified')}` : ''})
                  </Text>
                ))}
                {c.assessment ? (
                  <>
                    <Text size="sm">{c.assessment.summary}</Text>
                    <Text size="sm">
                      <b>{t('fields.oversight')}:</b> {c.assessment.oversight}
                    </Text>
                    <Text size="sm">
                      <b>{t('fields.redress')}:</b> {c.assessment.redress}
                    </Text>
                    <List size="xs">
                      {c.assessment.sources.map((s) => (
                        <List.Item key={s.title}>
                          {s.title}
                          {s.url ? ` — ${s.url}` : ''}, {t('report.asOf', { date: s.asOf })}
                          {s.unverified ? ` (${t('report.unverified')})` : ''}
                        </List.Item>
                      ))}
                    </List>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('ui.countries.noAssessment')}
                  </Text>
                )}
                <Group>
                  <Button size="xs" variant="light" onClick={() => setEditing(c)}>
                    {t('ui.countries.editOwn')}
                  </Button>
                  {c.overridden && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => deleteOwn.mutate({ country: c.country })}
                    >
                      {t('ui.countries.deleteOwn')}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  )
}
