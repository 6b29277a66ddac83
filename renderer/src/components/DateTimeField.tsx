import { Group, Input, TextInput } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField } from './DateField'

export interface DateTimeFieldProps {
  label: string
  description?: string
  error?: string
  required?: boolean
  disabled?: boolean
  /** A wall time 'YYYY-MM-DDTHH:MM' (what shared/format/localInput.ts reads), or empty. */
  value: string
  /**
   * The wall time as typed: 'YYYY-MM-DDTHH:MM' once both parts are filled, the raw parts while they are
   * not (the core then names the field), '' once both are cleared.
   */
  onChange: (value: string) => void
  'data-testid'?: string
}

/** "9:30", "09.30", "9h30" → "09:30"; anything else as typed (the core then refuses it). */
const TIME = /^([01]?\d|2[0-3])[:.hH]([0-5]\d)$/
const normalTime = (tm: string) => {
  const m = TIME.exec(tm.trim())
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : tm.trim()
}

const split = (v: string) => {
  const [date = '', time = ''] = v.split('T')
  return { date, time }
}

/**
 * A date and a 24-hour time, typed or picked: day/month/year whatever the computer's locale (a native
 * datetime field follows the operating system's, where 03/04 may be 4 March and 01:40 may be AM/PM),
 * so a legal clock never starts from a misread time.
 */
export function DateTimeField({
  label,
  description,
  error,
  required,
  disabled,
  value,
  onChange,
  'data-testid': testId,
}: DateTimeFieldProps) {
  const { t } = useTranslation('ui')
  const [time, setTime] = useState(split(value).time)
  // A value set from outside (a reset, a record loaded) replaces what was typed.
  useEffect(() => setTime(split(value).time), [value])
  const date = split(value).date
  const emit = (d: string, tm: string) => onChange(d === '' && tm.trim() === '' ? '' : `${d}T${normalTime(tm)}`)
  // The core's refusal speaks of ISO instants; what to type here is said in the field's own terms.
  const shown = error && (date === '' || !TIME.test(time.trim())) ? t('dateField.badDateTime') : error
  return (
    <Input.Wrapper
      label={label}
      description={description}
      error={shown}
      required={required}
      data-testid={testId}
    >
      <Group gap="xs" wrap="nowrap" mt={description ? 4 : 0}>
        <DateField
          aria-label={t('dateField.dateOf', { label })}
          value={date}
          onChange={(d) => emit(d, time)}
          error={!!shown}
          disabled={disabled}
          style={{ flex: 1 }}
          data-testid={testId && `${testId}-date`}
        />
        <TextInput
          aria-label={t('dateField.timeOf', { label })}
          placeholder={t('dateField.timePlaceholder')}
          value={time}
          onChange={(e) => {
            setTime(e.currentTarget.value)
            emit(date, e.currentTarget.value)
          }}
          error={!!shown}
          disabled={disabled}
          inputMode="numeric"
          maxLength={5}
          w={90}
          data-testid={testId && `${testId}-time`}
        />
      </Group>
    </Input.Wrapper>
  )
}
