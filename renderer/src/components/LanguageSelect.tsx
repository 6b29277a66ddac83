import { Select, type SelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '../../../shared/reference/regimes'

export function LanguageSelect({
  languages = LANGUAGES,
  ...props
}: Omit<SelectProps, 'data'> & { languages?: readonly string[] }) {
  const { t } = useTranslation()
  return (
    <Select
      data={languages.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
      allowDeselect={false}
      {...props}
    />
  )
}
