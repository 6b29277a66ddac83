import { Anchor, Badge, Card, List, Stack, Text, Title } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActivityDependents } from '../../../../shared/domain/register/dependents'

/** What names the activity elsewhere (breaches, transfers, requests), each linking to its page. */
export function ActivityDependentsCard({ deps }: { deps: ActivityDependents }) {
  const { t } = useTranslation('register')
  const nothing = deps.breaches.length + deps.transfers.length + deps.requests.length === 0
  return (
    <Card withBorder padding="md" data-testid="activity-dependents">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('ui.activity.dependents')}
        </Title>
        {nothing && (
          <Text size="sm" c="dimmed">
            {t('ui.activity.noDependents')}
          </Text>
        )}
        {deps.breaches.length > 0 && (
          <Block title={t('ui.activity.breaches')}>
            {deps.breaches.map((b) => (
              <List.Item key={b.id}>
                <Anchor component={Link} to={`/breaches/${b.id}`} data-testid="activity-breach">
                  {b.title}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  ({b.ref})
                </Text>
                {b.drill && (
                  <Badge ml={6} size="xs" variant="light" color="grape" data-testid="activity-breach-drill">
                    {t('ui.activity.drill')}
                  </Badge>
                )}
              </List.Item>
            ))}
          </Block>
        )}
        {deps.transfers.length > 0 && (
          <Block title={t('ui.activity.transfers')} note={t('ui.activity.transfersLeft')}>
            {deps.transfers.map((tr) => (
              <List.Item key={tr.id}>
                <Anchor component={Link} to={`/transfers/${tr.id}`} data-testid="activity-transfer">
                  {t('ui.activity.transferTo', { importer: tr.importer, country: tr.country })}
                </Anchor>
                {tr.status === 'ended' && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('transferStatuses.ended', { ns: 'transfers' })})
                  </Text>
                )}
              </List.Item>
            ))}
          </Block>
        )}
        {deps.requests.length > 0 && (
          <Block title={t('ui.activity.requests')}>
            {deps.requests.map((r) => (
              <List.Item key={r.id}>
                <Anchor component={Link} to={`/requests/${r.id}`} data-testid="activity-request">
                  {r.id}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  ({t(`status.${r.status}`, { ns: 'dsarUi' })})
                </Text>
              </List.Item>
            ))}
          </Block>
        )}
      </Stack>
    </Card>
  )
}

function Block({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      <List spacing={4} size="sm">
        {children}
      </List>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Stack>
  )
}
