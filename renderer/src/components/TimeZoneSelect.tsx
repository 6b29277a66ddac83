import { Select, type SelectProps } from '@mantine/core'
import { useMemo } from 'react'
import { ianaTimeZones } from '../reference/timeZones'

export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const data = useMemo(() => ianaTimeZones(), [])
  return <Select searchable data={data} {...props} />
}
