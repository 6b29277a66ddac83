// The status flow of a data-subject request (issue 5 item 3):
//   received → identity check → in progress → extended → answered / refused / withdrawn → closed.
// "extended" is reached only through the extension action, which needs reasons and a notice sent within
// the first period (Art. 12(3) third sentence; REFERENCE §8 Q5). A reply (answered/refused) needs a
// decision for every request type; "closed" follows a reply or a withdrawal and ends the case.
import type { DsarStatus } from '../../domain/dsar/enums'

const NEXT: Record<DsarStatus, readonly DsarStatus[]> = {
  received: ['identity_check', 'in_progress', 'answered', 'refused', 'withdrawn'],
  identity_check: ['in_progress', 'answered', 'refused', 'withdrawn'],
  in_progress: ['identity_check', 'answered', 'refused', 'withdrawn'],
  extended: ['identity_check', 'in_progress', 'answered', 'refused', 'withdrawn'],
  answered: ['closed'],
  refused: ['closed'],
  withdrawn: ['closed'],
  closed: [],
}

/** Statuses a case may move to from `from` through a plain transition (not counting "extended"). */
export const nextStatuses = (from: DsarStatus): readonly DsarStatus[] => NEXT[from]

export const canMove = (from: DsarStatus, to: DsarStatus): boolean => NEXT[from].includes(to)

/** Extending is possible only while the reply is still open. */
export const canBeExtended = (status: DsarStatus): boolean =>
  status === 'received' || status === 'identity_check' || status === 'in_progress'
