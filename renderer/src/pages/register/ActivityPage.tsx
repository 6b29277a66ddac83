import { Anchor, Badge, Box, Button, Card, Grid, Group, Loader, Modal, Stack, Tabs, Text, Title } from '@mantine/core'
import { Link, useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { ActivityDependentsCard } from './ActivityDependentsCard'
import { ActivityForm } from './ActivityForm'
import { draftOf, emptyDraft } from './activityDraft'
import { DpiaScreeningForm } from './DpiaScreeningForm'
import { FindingsList } from './FindingsList'
import { useActivity, useRegisterWrite } from './registerApi'

/** One activity: the editor, what names it elsewhere, what it still lacks, its DPIA screening. `new` opens an empty draft. */
export function ActivityPage() {
  const { t } = useTranslation('register')
  const navigate = useNavigate()
  const { activityId } = useParams({ strict: false }) as { activityId: string }
  const isNew = activityId === 'new'
  const q = useActivity(activityId, !isNew)
  const [tab, setTab] = useState<string | null>('details')
  const [confirmDelete, setConfirmDelete] = useState(false)
  const save = useRegisterWrite('register.saveActivity', (a) => {
    if (isNew) void navigate({ to: `/register/activities/${a.id}` })
  })
  const remove = useRegisterWrite('register.deleteActivity', () => void navigate({ to: '/register' }))
  const back = () => void navigate({ to: '/register' })

  if (!isNew && q.isPending) return <Loader />
  if (!isNew && !q.data) return <ErrorAlert error={q.error} />
  const data = isNew ? undefined : q.data
  const findings = data?.findings ?? []
  const errors = findings.filter((f) => f.severity === 'error').length
  // A real breach keeps naming the activity for good (the core refuses the deletion); a drill holds nothing back.
  const inBreach = !!data && data.dependents.breaches.some((b) => !b.drill)
  const transfers = data?.dependents.transfers.length ?? 0
  // The core takes a deleted activity out of the drills that name it (audited); the confirmation says so.
  const drills = data?.dependents.breaches.filter((b) => b.drill).length ?? 0
  const deleteHint = inBreach
    ? t('ui.activity.deleteInBreach')
    : transfers > 0
      ? t('ui.activity.deleteLeavesTransfers', { count: transfers })
      : undefined

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <PageTitle title={data ? data.activity.name : t('ui.activity.newTitle')} intro={t('ui.activity.intro')}>
          <Anchor component={Link} to="/register" size="sm">
            {t('ui.activity.back')}
          </Anchor>
        </PageTitle>
        {data && (
          <Stack gap={4} align="flex-end" maw={300} style={{ flexShrink: 0 }}>
            <Group gap="xs">
              <Badge variant="light" data-testid="activity-status">
                {t(`status.${data.activity.status}`)}
              </Badge>
              <Button
                variant="subtle"
                color="red"
                disabled={inBreach}
                onClick={() => setConfirmDelete(true)}
                data-testid="delete-activity"
              >
                {t('ui.activity.delete')}
              </Button>
            </Group>
            {deleteHint && (
              <Text size="xs" c="dimmed" ta="right" data-testid="delete-activity-hint">
                {deleteHint}
              </Text>
            )}
          </Stack>
        )}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Tabs value={tab} onChange={setTab}>
            <Tabs.List mb="md">
              <Tabs.Tab value="details">{t('ui.activity.tabDetails')}</Tabs.Tab>
              <Tabs.Tab value="dpia" disabled={isNew} data-testid="tab-dpia">
                {t('ui.activity.tabDpia')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="details">
              <ActivityForm
                // A fresh form after each save, so it shows what was stored.
                key={data?.activity.updatedAt ?? 'new'}
                initial={data ? draftOf(data.activity) : emptyDraft()}
                pending={save.isPending}
                error={save.error}
                onSubmit={(d) => save.mutate({ ...d, ...(data ? { id: data.activity.id } : {}) })}
                onCancel={back}
              />
            </Tabs.Panel>
            {data && (
              <Tabs.Panel value="dpia">
                <DpiaScreeningForm activityId={data.activity.id} screening={data.screening} />
              </Tabs.Panel>
            )}
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          {data && (
            <Box mb="md">
              <ActivityDependentsCard deps={data.dependents} />
            </Box>
          )}
          <Stack gap="md" pos="sticky" top={16}>
            <Card withBorder padding="md" data-testid="activity-findings">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={3} size="h5">
                    {t('ui.activity.findingsTitle')}
                  </Title>
                  {data && (
                    <Badge color={errors ? 'red' : 'green'} variant="light">
                      {t('ui.completeness.errors', { count: errors })}
                    </Badge>
                  )}
                </Group>
                {data ? <FindingsList findings={findings} /> : <Text size="sm" c="dimmed">{t('ui.activity.findingsAfterSave')}</Text>}
              </Stack>
            </Card>
            {data && (
              <Card withBorder padding="md">
                <Stack gap={4}>
                  <Title order={3} size="h5">
                    {t('ui.activity.exemptionTitle')}
                  </Title>
                  <Text size="sm">
                    {data.exemption.exempt
                      ? t('report.fields.exemptionExempt')
                      : t('report.fields.exemptionKept', { blockers: data.exemption.blockers.map((b) => t(`exemption.${b}`)).join('; ') })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('ui.activity.exemptionHelp')}
                  </Text>
                </Stack>
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title={t('ui.activity.deleteTitle')}>
        <Stack>
          <Text size="sm">{t('ui.activity.deleteConfirm', { name: data?.activity.name ?? '' })}</Text>
          {transfers > 0 && <Text size="sm">{t('ui.activity.deleteLeavesTransfers', { count: transfers })}</Text>}
          {drills > 0 && <Text size="sm">{t('ui.activity.deleteLeavesDrills', { count: drills })}</Text>}
          <ErrorAlert error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              {t('ui.form.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => data && remove.mutate({ id: data.activity.id })}>
              {t('ui.activity.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
