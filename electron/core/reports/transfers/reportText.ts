import type { TFunction } from 'i18next'
import type { Content } from 'pdfmake/interfaces'
import type { TransferTool } from '../../../../shared/domain/transfers/transfer'
import { localeFor } from '../../../../shared/format/dateTime'

// Small helpers shared by the transfers register and the TIA report.

/** "United States (US)" in the report language. */
export function countryLabel(code: string, lang: string): string {
  try {
    const name = new Intl.DisplayNames([localeFor(lang)], { type: 'region' }).of(code)
    return name && name !== code ? `${name} (${code})` : code
  } catch {
    return code
  }
}

/** "SCC (module 2)" etc. */
export function toolLabel(
  x: Pick<TransferTool, 'tool' | 'sccModule' | 'decisionId'>,
  tt: TFunction,
  short = true,
): string {
  const name = tt(`${short ? 'toolsShort' : 'tools'}.${x.tool}`)
  if (x.tool === 'scc' && x.sccModule) return `${name} (${tt('prefill.module', { module: x.sccModule })})`
  if (x.tool === 'adequacy' && x.decisionId) return `${name} (${x.decisionId})`
  return name
}

/** A source line: title, address, "as of YYYY-MM-DD", and "to verify" when unverified. */
export function sourceLine(
  s: { title: string; url?: string; asOf: string; unverified?: boolean },
  tt: TFunction,
): Content {
  return {
    text: [
      { text: s.title },
      ...(s.url ? [{ text: ` — ${s.url}`, style: 'small' }] : []),
      { text: `, ${tt('report.asOf', { date: s.asOf })}`, style: 'small' },
      ...(s.unverified ? [{ text: ` (${tt('report.unverified')})`, style: 'small', italics: true }] : []),
    ],
  }
}

export const small = (text: string): Content => ({ text, style: 'small' })
