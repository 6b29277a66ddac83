// The app's proposal from the ENISA score (REFERENCE.md §8 Q20): ENISA levels are not legal thresholds,
// so this is a conservative default that a person confirms or overrides with reasons (Art. 33(5)).
import { z } from 'zod'

/** Art. 34(3): (a) data unintelligible, e.g. encrypted; (b) later measures remove the high risk; (c) disproportionate effort. */
export const Art34ExceptionSchema = z.enum(['a', 'b', 'c'])

export const ProposalInputSchema = z.object({
  /** ENISA SE score. */
  score: z.number().min(0),
  art34Exception: Art34ExceptionSchema.optional(),
})
export type ProposalInput = z.input<typeof ProposalInputSchema>

export const NotificationProposalSchema = z.object({
  kind: z.literal('proposal'),
  authority: z.object({
    propose: z.boolean(),
    /** Not notifying needs a written reason in the decision record; below SE 2 the app asks for it explicitly. */
    writtenReasonRequiredToSkip: z.boolean(),
    reason: z.string(),
  }),
  dataSubjects: z.object({
    propose: z.enum(['communicate', 'public_communication', 'exception', 'not_proposed']),
    exception: Art34ExceptionSchema.optional(),
    reason: z.string(),
  }),
  note: z.string(),
})
export type NotificationProposal = z.infer<typeof NotificationProposalSchema>

export const PROPOSE_AUTHORITY_FROM = 2
export const PROPOSE_DATA_SUBJECTS_FROM = 3

const exceptionText = {
  a: 'Art. 34(3)(a): measures such as encryption made the data unintelligible',
  b: 'Art. 34(3)(b): later measures mean the high risk is no longer likely',
  c: 'Art. 34(3)(c): individual communication would need disproportionate effort',
} as const

export function proposeNotification(input: ProposalInput): NotificationProposal {
  const { score, art34Exception } = ProposalInputSchema.parse(input)
  const notifySa = score >= PROPOSE_AUTHORITY_FROM
  const authority = notifySa
    ? {
        propose: true,
        writtenReasonRequiredToSkip: true,
        reason: `Severity ${score} is ${PROPOSE_AUTHORITY_FROM} or more: the app proposes notifying the supervisory authority (Art. 33(1)); if in doubt, notify (EDPB Guidelines 9/2022).`,
      }
    : {
        propose: false,
        writtenReasonRequiredToSkip: true,
        reason: `Severity ${score} is below ${PROPOSE_AUTHORITY_FROM}: not notifying may be open (breach unlikely to result in a risk, Art. 33(1)), but only with a written reason in the decision record (Art. 33(5)).`,
      }

  let dataSubjects: NotificationProposal['dataSubjects']
  if (score < PROPOSE_DATA_SUBJECTS_FROM) {
    dataSubjects = {
      propose: 'not_proposed',
      reason: `Severity ${score} is below ${PROPOSE_DATA_SUBJECTS_FROM}: no high risk assumed, so no communication to data subjects is proposed (Art. 34(1)); the authority may still require one (Art. 34(4)).`,
    }
  } else if (art34Exception === 'c') {
    dataSubjects = {
      propose: 'public_communication',
      exception: 'c',
      reason: `Severity ${score} suggests a high risk; ${exceptionText.c}, so a public communication or similar measure informing them equally effectively is proposed instead.`,
    }
  } else if (art34Exception) {
    dataSubjects = {
      propose: 'exception',
      exception: art34Exception,
      reason: `Severity ${score} suggests a high risk, but ${exceptionText[art34Exception]}: communication is not required if that holds; record the evidence.`,
    }
  } else {
    dataSubjects = {
      propose: 'communicate',
      reason: `Severity ${score} is ${PROPOSE_DATA_SUBJECTS_FROM} or more, suggesting a high risk: the app proposes communicating to the data subjects without undue delay, in clear and plain language (Art. 34(1)-(2)).`,
    }
  }
  return {
    kind: 'proposal',
    authority,
    dataSubjects,
    note: 'A proposal, not a decision: a named person decides and records who, when and why (Art. 33(5)).',
  }
}
