import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../../shared/domain/register/finding'
import { citationSlot } from '../../../../shared/format/citing'

/** The problem with its article, dimmed, inside the sentence's full stop, as the register PDF writes it. */
function cited(problem: string, source: string) {
  const { body, stop } = citationSlot(problem)
  return (
    <>
      {body}{' '}
      <Text span size="xs" c="dimmed">
        ({source})
      </Text>
      {stop}
    </>
  )
}

/** Completeness findings in plain words: what is missing, what to do, and the article it comes from. */
export function FindingsList({ findings, showActivity = false, limit }: { findings: Finding[]; showActivity?: boolean; limit?: number }) {
  const { t } = useTranslation('register')
  const shown = limit ? findings.slice(0, limit) : findings
  if (findings.length === 0)
    return (
      <Text size="sm" c="green.8" data-testid="findings-none">
        {t('ui.findings.none')}
      </Text>
    )
  return (
    <Stack gap={6} data-testid="findings">
      <List spacing={6} listStyleType="none" p={0}>
        {shown.map((f, i) => (
          <List.Item key={`${f.activityId}-${f.code}-${f.field}-${i}`} data-testid={`finding-${f.code}`}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Badge size="xs" color={f.severity === 'error' ? 'red' : 'yellow'} variant="light" style={{ flexShrink: 0, marginTop: 3 }}>
                {t(`ui.findings.${f.severity}`)}
              </Badge>
              <Stack gap={0}>
                <Text size="sm">
                  {showActivity && (
                    <>
                      <Anchor component={Link} to={`/register/activities/${f.activityId}`} fw={500}>
                        {f.activityName}
                      </Anchor>
                      {t('common:format.colon')}
                    </>
                  )}
                  {cited(t(`findings.${f.code}.problem`, f.params), t(`findings.${f.code}.source`))}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`findings.${f.code}.fix`, f.params)}
                </Text>
              </Stack>
            </Group>
          </List.Item>
        ))}
      </List>
      {limit && findings.length > limit && (
        <Text size="xs" c="dimmed">
          {t('ui.findings.more', { count: findings.length - limit })}
        </Text>
      )}
    </Stack>
  )
}
