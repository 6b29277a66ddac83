import { Select, type SelectProps } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { countryName } from '../format/countryName'
import { COUNTRY_CODES } from '../reference/countryCodes'

export function CountrySelect(props: Omit<SelectProps, 'data'>) {
  const { i18n } = useTranslation()
  const lang = i18n.language
  const data = useMemo(
    () =>
      COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code, lang)} (${code})` })).sort(
        (a, b) => a.label.localeCompare(b.label, lang),
      ),
    [lang],
  )
  return <Select searchable data={data} {...props} />
}
