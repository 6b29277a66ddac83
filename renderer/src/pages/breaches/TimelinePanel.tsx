import { Text, Timeline } from '@mantine/core'
import { labelled } from '../../../../shared/format/labelled'
import { useTranslation } from 'react-i18next'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import { formatDateTime } from '../../../../shared/format/dateTime'

/** Everything that happened, in time order, in the organisation's zone. */
export function TimelinePanel({ d }: { d: BreachDetail }) {
  const { t, i18n } = useTranslation('breach')
  const what = (e: BreachDetail['timeline'][number]) => {
    const base = t(`labels.timeline.${e.kind}`)
    if (e.kind === 'checklist' && e.refId)
      return labelled(i18n.language, base, t(`labels.checklist.${e.refId}`))
    if (e.kind === 'action' && e.refId) return `${base} (${t(`labels.actionKind.${e.refId}`)})`
    if (e.kind === 'notification' && e.refId) return `${base} (${t(`labels.phase.${e.refId}`)})`
    if (e.kind === 'assessment' && e.text)
      return labelled(i18n.language, base, t(`labels.severity.${e.text}`))
    return base
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="timeline">
      {d.timeline.map((e, i) => (
        <Timeline.Item key={`${e.at}-${i}`} title={what(e)}>
          <Text size="xs" c="dimmed">
            {formatDateTime(e.at, d.timeZone, i18n.language)}
            {e.who ? ` — ${e.who}` : ''}
          </Text>
          {e.text && e.kind !== 'assessment' && <Text size="sm">{e.text}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  )
}
