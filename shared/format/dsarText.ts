import type { DsarTimelineItem } from '../domain/dsar/views'

// One case-history entry in words, the same on the case page and in the closing pack PDF. `ui` translates
// the dsarUi namespace, `rules` the dsar namespace (request types), `day` prints a YYYY-MM-DD date.

export type Translate = (key: string, params?: Record<string, unknown>) => string

export interface DsarTextDeps {
  ui: Translate
  rules: Translate
  day: (d: string) => string
}

export function timelineText(
  item: DsarTimelineItem,
  { ui, rules, day }: DsarTextDeps,
): { what: string; detail: string } {
  const p = item.params
  const s = (k: string) => (p[k] === undefined ? '' : String(p[k]))
  if (item.kind.startsWith('event.')) return { what: ui(`events.${item.kind.slice(6)}`), detail: s('reason') }
  switch (item.kind) {
    case 'received':
      return { what: ui('timeline.received', { channel: ui(`channels.${s('channel')}`) }), detail: '' }
    case 'status':
      return {
        what: ui('timeline.status', { from: ui(`status.${s('from')}`), to: ui(`status.${s('to')}`) }),
        detail: s('reason'),
      }
    case 'identity':
      return {
        what: ui('timeline.identity', { status: ui(`identityStatuses.${s('status')}`) }),
        detail: p.method ? ui(`identityMethods.${s('method')}`) : '',
      }
    case 'art125Warned':
      return { what: ui('timeline.art125Warned'), detail: s('fee') }
    case 'extension':
      return { what: ui('timeline.extension', { due: day(s('due')) }), detail: s('reason') }
    case 'search':
      return {
        what: ui('timeline.search', {
          system: s('system') || '—',
          result: ui(`searchResults.${s('result')}`),
        }),
        detail: p.by ? ui('timeline.by', { by: s('by') }) : '',
      }
    case 'decision':
      return {
        what: ui('timeline.decision', {
          type: rules(`types.${s('type')}`),
          outcome: ui(`outcomes.${s('outcome')}`),
        }),
        detail: p.ground ? ui(`grounds.${s('ground')}`) : '',
      }
    case 'letter':
      return {
        what: ui('timeline.letter', { letter: ui(`letterKinds.${s('letter')}`) }),
        detail: s('lang').toUpperCase(),
      }
    case 'attachment':
      return { what: ui('timeline.attachment', { file: s('file') || '—' }), detail: '' }
    case 'closed':
      return { what: ui('timeline.closed'), detail: '' }
    case 'purged':
      return { what: ui('timeline.purged'), detail: '' }
    default:
      return { what: item.kind, detail: '' }
  }
}
