import type { TFunction } from 'i18next'
import type { TransferTool } from '../../../../shared/domain/transfers/transfer'
import { countryName } from '../../format/countryName'

/** "SCC (module 2)", "DPF", "Adequacy (JP)". */
export function toolText(x: Pick<TransferTool, 'tool' | 'sccModule' | 'decisionId'>, t: TFunction): string {
  const name = t(`toolsShort.${x.tool}`, { ns: 'transfers' })
  if (x.tool === 'scc' && x.sccModule)
    return `${name} (${t('prefill.module', { ns: 'transfers', module: x.sccModule })})`
  if (x.tool === 'adequacy' && x.decisionId) return `${name} (${x.decisionId})`
  return name
}

/** "United States (US)" in the UI language. */
export const countryText = (code: string, lang: string): string => `${countryName(code, lang)} (${code})`
