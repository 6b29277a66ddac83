import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core'
import { Link, useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { FindingsCard } from './FindingsCard'
import { countryText, toolText } from './labels'
import { TransferForm } from './TransferForm'
import { useTransfersWrite } from './transfersApi'

const STATUS_COLOR = { draft: 'yellow', final: 'green', superseded: 'gray' } as const

/** One transfer: does it need a TIA and why, its checks, its TIA versions, and its details (editable). */
export function TransferPage() {
  const { t, i18n } = useTranslation('transfers')
  const { transferId } = useParams({ strict: false }) as { transferId: string }
  const navigate = useNavigate()
  const detail = useApiQuery('transfers.get', { id: transferId })
  const [editing, setEditing] = useState(false)
  const start = useTransfersWrite(
    'transfers.tia.start',
    (tia) => void navigate({ to: '/transfers/tia/$tiaId/edit', params: { tiaId: tia.id } }),
  )
  const d = detail.data
  const draft = d?.tias.find((x) => x.status === 'draft')

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/transfers" size="sm">
        {t('ui.transfer.back')}
      </Anchor>
      <ErrorAlert error={detail.error} />
      {detail.isPending && <Loader />}
      {d && (
        <>
          <PageTitle
            title={`${d.transfer.importerName} — ${countryText(d.transfer.importerCountry, i18n.language)}`}
            intro={d.transfer.activityName}
          />
          <Alert
            color={d.need.required ? 'orange' : 'green'}
            variant="light"
            title={t('ui.transfer.need')}
            data-testid="tia-need"
          >
            <Text size="sm">{t(`reasons.${d.need.reason}`)}</Text>
            <Text size="xs" c="dimmed">
              {t(`reasonSources.${d.need.reason}`)}
            </Text>
          </Alert>
          <Group>
            <Button
              onClick={() => start.mutate({ transferId: d.transfer.id })}
              loading={start.isPending}
              data-testid="start-tia"
            >
              {draft ? t('ui.transfer.continueTia') : t('ui.transfer.startTia')}
            </Button>
            <Button variant="default" onClick={() => setEditing((e) => !e)}>
              {t('ui.transfer.edit')}
            </Button>
          </Group>
          <ErrorAlert error={start.error} />
          {d.findings.length > 0 && <FindingsCard findings={d.findings} />}
          <Card withBorder padding="lg">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('ui.transfer.tias')}
              </Title>
              {d.tias.length === 0 && <Text size="sm">{t('ui.transfer.noTias')}</Text>}
              {d.tias.length > 0 && (
                <Table highlightOnHover data-testid="tia-versions">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('ui.tias.col.version')}</Table.Th>
                      <Table.Th>{t('ui.tias.col.status')}</Table.Th>
                      <Table.Th>{t('ui.tias.col.conclusion')}</Table.Th>
                      <Table.Th>{t('ui.tias.col.review')}</Table.Th>
                      <Table.Th>{t('ui.tias.col.signed')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.tias.map((x) => (
                      <Table.Tr
                        key={x.id}
                        style={{ cursor: 'pointer' }}
                        onClick={() =>
                          void navigate({ to: '/transfers/tia/$tiaId', params: { tiaId: x.id } })
                        }
                      >
                        <Table.Td>{x.version}</Table.Td>
                        <Table.Td>
                          <Badge color={STATUS_COLOR[x.status]} variant="light">
                            {t(`statuses.${x.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{x.conclusion ? t(`conclusions.${x.conclusion}`) : '—'}</Table.Td>
                        <Table.Td c={x.reviewOverdue ? 'red' : undefined}>{x.nextReviewOn ?? '—'}</Table.Td>
                        <Table.Td>{x.signedBy ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          </Card>
          {editing ? (
            <TransferForm transfer={d.transfer} onSaved={() => setEditing(false)} />
          ) : (
            <Card withBorder padding="lg">
              <Stack gap={6}>
                <Title order={3} size="h4">
                  {t('ui.transfer.details')}
                </Title>
                <Text size="sm">
                  <b>{t('fields.tools')}:</b>{' '}
                  {d.transfer.tools.length
                    ? d.transfer.tools.map((x) => toolText(x, t)).join(', ')
                    : t('tools.none')}
                </Text>
                {d.transfer.dpfCheck && (
                  <Text size="sm">
                    <b>{t('fields.dpfCheck')}:</b>{' '}
                    {d.transfer.dpfCheck.certified ? t('answers.yes') : t('answers.no')},{' '}
                    {d.transfer.dpfCheck.checkedOn}
                  </Text>
                )}
                <Text size="sm">
                  <b>{t('fields.importerRole')}:</b> {t(`importerRoles.${d.transfer.importerRole}`)}
                </Text>
                {d.transfer.purpose && (
                  <Text size="sm">
                    <b>{t('fields.purpose')}:</b> {d.transfer.purpose}
                  </Text>
                )}
                <Text size="sm">
                  <b>{t('fields.dataCategories')}:</b> {d.transfer.dataCategories.join(', ') || '—'}
                </Text>
                <Text size="sm">
                  <b>{t('fields.dataSubjects')}:</b> {d.transfer.dataSubjects.join(', ') || '—'}
                </Text>
                {d.transfer.onward.map((o, i) => (
                  <Text size="sm" key={i}>
                    <b>{t('fields.onward')}:</b> {o.recipient} — {countryText(o.country, i18n.language)}
                    {o.tool ? ` (${t(`toolsShort.${o.tool}`)})` : ''}
                  </Text>
                ))}
                {d.transfer.notes && (
                  <Text size="sm" c="dimmed">
                    {d.transfer.notes}
                  </Text>
                )}
              </Stack>
            </Card>
          )}
        </>
      )}
    </Stack>
  )
}
