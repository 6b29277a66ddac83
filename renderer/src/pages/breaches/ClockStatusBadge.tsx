import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ClockStatusValue } from '../../../../shared/rules/breach/clockStatus'

const COLOR: Record<ClockStatusValue, string> = {
  pending: 'blue',
  met: 'green',
  missed: 'red',
  late_with_reason: 'orange',
  not_required: 'gray',
}

/** A clock's status as the core computed it; a missed target (not a legal period) says so. */
export function ClockStatusBadge({ status, legal = true, size = 'md' }: { status: ClockStatusValue; legal?: boolean; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('breach')
  const key = status === 'missed' && !legal ? 'missedTarget' : status
  return (
    <Badge color={COLOR[status]} variant="light" size={size} data-testid="clock-status" data-status={status}>
      {t(`labels.clockStatus.${key}`)}
    </Badge>
  )
}
