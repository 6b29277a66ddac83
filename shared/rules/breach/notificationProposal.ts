// The app's proposal from the ENISA score (REFERENCE.md §8 Q20): ENISA levels are not legal thresholds,
// so this is a conservative default that a person confirms or overrides with reasons (Art. 33(5)).
import { z } from 'zod'
import { BreachMessageSchema, englishText, msg, phrase, type BreachMessage } from './messages'

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
    reasonMessage: BreachMessageSchema,
  }),
  dataSubjects: z.object({
    propose: z.enum(['communicate', 'public_communication', 'exception', 'not_proposed']),
    exception: Art34ExceptionSchema.optional(),
    reason: z.string(),
    reasonMessage: BreachMessageSchema,
  }),
  note: z.string(),
  /** `reason`/`note` are plain English; the *Message fields hold them as i18n messages (`rules.proposal.*`). */
  noteMessage: BreachMessageSchema,
})
export type NotificationProposal = z.infer<typeof NotificationProposalSchema>

export const PROPOSE_AUTHORITY_FROM = 2
export const PROPOSE_DATA_SUBJECTS_FROM = 3

/** A reason in English and as its message. */
const because = (m: BreachMessage) => ({ reason: englishText([m]), reasonMessage: m })

export function proposeNotification(input: ProposalInput): NotificationProposal {
  const { score, art34Exception } = ProposalInputSchema.parse(input)
  const notifySa = score >= PROPOSE_AUTHORITY_FROM
  const authority = {
    propose: notifySa,
    writtenReasonRequiredToSkip: true,
    ...because(
      msg(notifySa ? 'proposal.authorityPropose' : 'proposal.authoritySkip', { score, threshold: PROPOSE_AUTHORITY_FROM }),
    ),
  }

  let dataSubjects: NotificationProposal['dataSubjects']
  if (score < PROPOSE_DATA_SUBJECTS_FROM) {
    dataSubjects = {
      propose: 'not_proposed',
      ...because(msg('proposal.subjectsNotProposed', { score, threshold: PROPOSE_DATA_SUBJECTS_FROM })),
    }
  } else if (art34Exception === 'c') {
    dataSubjects = {
      propose: 'public_communication',
      exception: 'c',
      ...because(msg('proposal.subjectsPublic', { score, exception: phrase('proposal.exception.c') })),
    }
  } else if (art34Exception) {
    dataSubjects = {
      propose: 'exception',
      exception: art34Exception,
      ...because(msg('proposal.subjectsException', { score, exception: phrase(`proposal.exception.${art34Exception}`) })),
    }
  } else {
    dataSubjects = {
      propose: 'communicate',
      ...because(msg('proposal.subjectsCommunicate', { score, threshold: PROPOSE_DATA_SUBJECTS_FROM })),
    }
  }
  const noteMessage = msg('proposal.note')
  return { kind: 'proposal', authority, dataSubjects, note: englishText([noteMessage]), noteMessage }
}
