import { Anchor, List, Text } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import type { ActivityDependents } from '../../../../shared/domain/register/dependents'
import { BreachItems, DependentsBlock, DependentsCard } from './DependentsParts'

/** What names the activity elsewhere (breaches, transfers, requests), each linking to its page. */
export function ActivityDependentsCard({ deps }: { deps: ActivityDependents }) {
  const { t } = useTranslation('register')
  const nothing = deps.breaches.length + deps.transfers.length + deps.requests.length === 0
  return (
    <DependentsCard
      testId="activity-dependents"
      title={t('ui.activity.dependents')}
      empty={nothing ? t('ui.activity.noDependents') : undefined}
    >
      {deps.breaches.length > 0 && (
        <DependentsBlock title={t('ui.activity.breaches')}>
          <BreachItems
            breaches={deps.breaches}
            drillLabel={t('ui.activity.drill')}
            testId="activity-breach"
          />
        </DependentsBlock>
      )}
      {deps.transfers.length > 0 && (
        <DependentsBlock title={t('ui.activity.transfers')} note={t('ui.activity.transfersLeft')}>
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
        </DependentsBlock>
      )}
      {deps.requests.length > 0 && (
        <DependentsBlock title={t('ui.activity.requests')}>
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
        </DependentsBlock>
      )}
    </DependentsCard>
  )
}
