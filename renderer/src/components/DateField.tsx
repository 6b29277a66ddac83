import { DateInput, type DateInputProps } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { DATE_FIELD_FORMAT, parseTypedDate } from '../../../shared/format/typedDate'

export interface DateFieldProps extends Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue' | 'valueFormat' | 'dateParser'> {
  /** 'YYYY-MM-DD', or empty. */
  value: string | null | undefined
  /** 'YYYY-MM-DD', or '' once cleared. */
  onChange: (value: string) => void
}

/**
 * A calendar date field: typed or picked, shown day/month/year in the workspace's language whatever the
 * computer's locale (a native date input follows the operating system's, where 03/04 may be 4 March).
 */
export function DateField({ value, onChange, ...rest }: DateFieldProps) {
  const { t } = useTranslation('ui')
  return (
    <DateInput
      valueFormat={DATE_FIELD_FORMAT}
      dateParser={parseTypedDate}
      placeholder={t('dateField.placeholder')}
      clearable={!rest.required && !rest.readOnly}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      {...rest}
    />
  )
}
