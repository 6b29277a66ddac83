import { catalogueOf } from '../i18n/catalogueOf'
import {
  renderBreachMessage,
  renderBreachMessages,
  type BreachMessage,
  type BreachRulesCatalogue,
} from '../rules/breach/messages'

// The breach rules' messages (clock names and explanations, statuses, the risk proposal) in the reader's
// language, instants in the organisation's zone with the offset: the same on the screens, in the PDFs and
// in the reminders. A language without its own texts reads English.

export interface BreachRulesText {
  message(m: BreachMessage): string
  /** Sentences joined by spaces; '' for none. */
  messages(ms: readonly BreachMessage[] | undefined): string
}

export function breachRulesText(lang: string, timeZone: string): BreachRulesText {
  const catalogue: BreachRulesCatalogue = catalogueOf(lang, 'breach').rules
  const o = { catalogue, lang, tz: timeZone, style: 'display' as const }
  return {
    message: (m) => renderBreachMessage(m, o),
    messages: (ms) => (ms ? renderBreachMessages(ms, o) : ''),
  }
}
