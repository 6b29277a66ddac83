import { breach as enBreach } from '../i18n/en/breach'
import { breach as itBreach } from '../i18n/it/breach'
import {
  renderBreachMessage,
  renderBreachMessages,
  type BreachMessage,
  type BreachRulesCatalogue,
} from '../rules/breach/messages'

// The breach rules' messages (clock names and explanations, statuses, the risk proposal) in the reader's
// language, instants in the organisation's zone with the offset: the same on the screens, in the PDFs and
// in the reminders. A language without its own texts reads English.

const CATALOGUES: Record<string, BreachRulesCatalogue | undefined> = { en: enBreach.rules, it: itBreach.rules }

export interface BreachRulesText {
  message(m: BreachMessage): string
  /** Sentences joined by spaces; '' for none. */
  messages(ms: readonly BreachMessage[] | undefined): string
}

export function breachRulesText(lang: string, timeZone: string): BreachRulesText {
  const o = { catalogue: CATALOGUES[lang] ?? enBreach.rules, lang, tz: timeZone, style: 'display' as const }
  return {
    message: (m) => renderBreachMessage(m, o),
    messages: (ms) => (ms ? renderBreachMessages(ms, o) : ''),
  }
}
