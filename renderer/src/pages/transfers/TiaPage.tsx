import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { Link, useNavigate, useParams } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import type { Tia } from '../../../../shared/domain/transfers/tia'
import { useApiQuery } from '../../api/queries'
import { useProfile } from '../../api/useWorkspace'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { formatDay, formatInstant } from '../../format/formatInstant'
import { countryText } from './labels'
import { WrittenFile } from '../../components/WrittenFile'
import { useTransfersWrite } from './transfersApi'

const STATUS_COLOR = { draft: 'yellow', final: 'green', superseded: 'gray' } as const

/** One TIA version: its answers step by step, its versions, the PDF, and the way to change it (a new version). */
export function TiaPage() {
  const { t, i18n } = useTranslation('transfers')
  const { tiaId } = useParams({ strict: false }) as { tiaId: string }
  const navigate = useNavigate()
  const timeZone = useProfile().data?.timeZone ?? 'UTC'
  const tia = useApiQuery('transfers.tia.get', { id: tiaId })
  const versions = useApiQuery(
    'transfers.tia.list',
    { transferId: tia.data?.transferId ?? '' },
    { enabled: !!tia.data },
  )
  const edit = (id: string) => void navigate({ to: '/transfers/tia/$tiaId/edit', params: { tiaId: id } })
  const newVersion = useTransfersWrite('transfers.tia.newVersion', (v) => edit(v.id))
  const remove = useTransfersWrite('transfers.tia.deleteDraft', () => void navigate({ to: '/transfers' }))
  const pdf = useTransfersWrite('report.create')
  const x = tia.data
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/transfers" size="sm">
        {t('ui.transfer.back')}
      </Anchor>
      <ErrorAlert error={tia.error} />
      {tia.isPending && <Loader />}
      {x && (
        <>
          <Group justify="space-between" align="flex-start">
            <PageTitle
              title={t('ui.tia.title', { importer: x.importerName })}
              intro={`${t('ui.tia.version', { version: x.version })} · ${countryText(x.importerCountry, i18n.language)}`}
            >
              <Group gap="xs">
                <Badge color={STATUS_COLOR[x.status]} variant="light" data-testid="tia-status">
                  {t(`statuses.${x.status}`)}
                </Badge>
                {x.signedBy && x.signedAt && (
                  <Text size="sm">
                    {t('ui.tia.signedBy', {
                      who: x.signedBy,
                      when: formatInstant(x.signedAt, timeZone, i18n.language),
                    })}
                  </Text>
                )}
                {x.content.step6.nextReviewOn && x.status === 'final' && (
                  <Text size="sm">{t('ui.tia.review', { date: formatDay(x.content.step6.nextReviewOn, i18n.language) })}</Text>
                )}
              </Group>
            </PageTitle>
            <Group>
              <Button
                variant="default"
                onClick={() => pdf.mutate({ type: 'tia', caseId: x.id })}
                loading={pdf.isPending}
                data-testid="tia-pdf"
              >
                {t('ui.tia.pdf')}
              </Button>
              {x.status === 'draft' && <Button onClick={() => edit(x.id)}>{t('ui.tia.continue')}</Button>}
              {x.status === 'draft' && (
                <Button variant="subtle" color="red" onClick={() => remove.mutate({ id: x.id })}>
                  {t('ui.tia.deleteDraft')}
                </Button>
              )}
              {x.status === 'final' && (
                <Button
                  onClick={() => newVersion.mutate({ id: x.id })}
                  loading={newVersion.isPending}
                  data-testid="tia-new-version"
                >
                  {t('ui.tia.edit')}
                </Button>
              )}
            </Group>
          </Group>
          {x.status === 'superseded' && (
            <Alert color="gray" variant="light">
              {t('ui.tia.supersededNote')}
            </Alert>
          )}
          <ErrorAlert error={pdf.error ?? newVersion.error ?? remove.error} />
          {pdf.data && (
            <WrittenFile title={t('ui.tia.pdfWritten')} path={pdf.data.path} data-testid="tia-pdf-result" />
          )}
          <TiaAnswers tia={x} />
          {versions.data && versions.data.length > 1 && (
            <Card withBorder padding="lg">
              <Title order={3} size="h4" mb="sm">
                {t('ui.tia.versions')}
              </Title>
              <Table highlightOnHover>
                <Table.Tbody>
                  {versions.data.map((v) => (
                    <Table.Tr
                      key={v.id}
                      style={{ cursor: 'pointer' }}
                      onClick={() => void navigate({ to: '/transfers/tia/$tiaId', params: { tiaId: v.id } })}
                    >
                      <Table.Td>{t('ui.tia.version', { version: v.version })}</Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOR[v.status]} variant="light">
                          {t(`statuses.${v.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{v.signedBy ?? '—'}</Table.Td>
                      <Table.Td>{v.nextReviewOn ? formatDay(v.nextReviewOn, i18n.language) : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          )}
        </>
      )}
    </Stack>
  )
}

function TiaAnswers({ tia }: { tia: Tia }) {
  const { t } = useTranslation('transfers')
  const c = tia.content
  const line = (label: string, value: string | undefined) =>
    value ? (
      <Text size="sm">
        <b>{label}:</b> {value}
      </Text>
    ) : null
  const ans = (a: string | undefined) => (a ? t(`answers.${a}`) : undefined)
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder padding="md">
        <Title order={4} mb={6}>
          {t('report.step1')}
        </Title>
        {line(t('fields.exporter'), c.step1.exporter)}
        {line(t('fields.importer'), c.step1.importer)}
        {line(t('fields.purpose'), c.step1.purpose)}
        {line(t('fields.dataCategories'), c.step1.dataCategories.join(', '))}
        {line(t('fields.dataSubjects'), c.step1.dataSubjects.join(', '))}
        {line(t('fields.clearTextAccess'), ans(c.step1.clearTextAccess))}
      </Card>
      <Card withBorder padding="md">
        <Title order={4} mb={6}>
          {t('report.step2')}
        </Title>
        {line(t('fields.tool'), c.step2.tool ? t(`tools.${c.step2.tool}`) : undefined)}
        {line(t('fields.toolDetails'), c.step2.toolDetails)}
        {line(t('fields.adequacyStatus'), c.step2.adequacyStatus)}
      </Card>
      <Card withBorder padding="md">
        <Title order={4} mb={6}>
          {t('report.step3')}
        </Title>
        {line(t('fields.importerInScope'), ans(c.step3.importerInScope))}
        {line(t('fields.lawImpinges'), ans(c.step3.lawImpinges))}
        {line(t('fields.practiceApplies'), ans(c.step3.practiceApplies))}
        {line(t('fields.assessment'), c.step3.assessment)}
        {c.step3.sources.map((s) => (
          <Text key={s.title} size="xs" c="dimmed">
            {s.title}, {t('report.asOf', { date: s.asOf })}
          </Text>
        ))}
      </Card>
      <Card withBorder padding="md">
        <Title order={4} mb={6}>
          {t('report.step4')}
        </Title>
        {c.step4.measures.map((m, i) => (
          <Text key={i} size="sm">
            {m.key ? t(`measures.${m.key}.label`) : m.text}
          </Text>
        ))}
        {c.step4.measures.length === 0 && <Text size="sm">{t('report.noMeasures')}</Text>}
      </Card>
      <Card withBorder padding="md">
        <Title order={4} mb={6}>
          {t('report.step5')} · {t('report.step6')}
        </Title>
        {line(t('fields.steps'), c.step5.steps)}
        {line(t('fields.nextReviewOn'), c.step6.nextReviewOn)}
        {line(t('fields.triggers'), c.step6.triggers)}
      </Card>
      <Card withBorder padding="md">
        <Title order={4} mb={6}>
          {t('report.conclusionHeading')}
        </Title>
        {line(t('fields.level'), c.conclusion.level ? t(`conclusions.${c.conclusion.level}`) : undefined)}
        {line(t('fields.reasons'), c.conclusion.reasons)}
        {c.conclusion.probability && (
          <Text size="xs" c="dimmed">
            {t('report.probabilityHeading')}:{' '}
            {t('report.probability', {
              percent: c.conclusion.probability.percent,
              years: c.conclusion.probability.periodYears,
            })}
          </Text>
        )}
      </Card>
    </SimpleGrid>
  )
}
