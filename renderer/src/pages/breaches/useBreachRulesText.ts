import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { breachRulesText, type BreachRulesText } from '../../../../shared/format/breachText'

/** The breach rules' messages in the UI language, times in the organisation's zone (shared/format/breachText). */
export function useBreachRulesText(timeZone: string): BreachRulesText {
  const { i18n } = useTranslation('breach')
  return useMemo(() => breachRulesText(i18n.language, timeZone), [i18n.language, timeZone])
}
