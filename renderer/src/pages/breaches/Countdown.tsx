import { Text, type TextProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCoreNow } from './useCoreNow'

/** "2 d 03:12:09" from milliseconds (display of a deadline the core returned). */
export function durationText(ms: number, days: (n: number) => string): string {
  const total = Math.floor(Math.abs(ms) / 1000)
  const d = Math.floor(total / 86_400)
  const hms = [Math.floor((total % 86_400) / 3600), Math.floor((total % 3600) / 60), total % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':')
  return d > 0 ? `${days(d)} ${hms}` : hms
}

/** Time left to a deadline, or how long ago it passed, ticking from the core's now (see useCoreNow). */
export function Countdown({
  deadline,
  coreNow,
  compact = false,
  ...props
}: { deadline: string; coreNow: string; /** Just the duration (tables); a minus sign once overdue. */ compact?: boolean } & TextProps) {
  const { t } = useTranslation('breach')
  const now = useCoreNow(coreNow)
  const ms = new Date(deadline).getTime() - now
  const text = durationText(ms, (n) => t('ui.countdown.days', { count: n }))
  return (
    <Text {...props} c={ms < 0 ? 'red' : props.c} style={{ fontVariantNumeric: 'tabular-nums', ...props.style }} data-testid="countdown">
      {compact ? `${ms < 0 ? '−' : ''}${text}` : ms >= 0 ? t('ui.countdown.left', { time: text }) : t('ui.countdown.overdue', { time: text })}
    </Text>
  )
}
