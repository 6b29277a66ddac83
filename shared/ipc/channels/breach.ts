// Channels of the breach module (issue 6). Spread into the contract in shared/ipc/contract.ts.
import { z } from 'zod'
import { IdSchema } from '../../domain/breach/fields'
import { BreachInputSchema, BreachSetStatusSchema, BreachUpdateSchema } from '../../domain/breach/incident'
import {
  ActionInputSchema,
  AssessmentInputSchema,
  ChecklistInputSchema,
  DecisionInputSchema,
  DelayReasonInputSchema,
  NotificationInputSchema,
  ProposalPreviewInputSchema,
  ProposalPreviewSchema,
} from '../../domain/breach/response'
import { BreachDetailSchema, BreachListSchema, ImpactSchema, RunningClocksSchema } from '../../domain/breach/views'

const byId = z.object({ id: IdSchema }).strict()

export const breachChannels = {
  /** Real breaches (never drills), newest awareness first, each with its next deadline and status. */
  'breach.list': { input: z.object({}).strict(), output: BreachListSchema },
  'breach.get': { input: byId, output: BreachDetailSchema },
  'breach.create': { input: BreachInputSchema, output: BreachDetailSchema },
  'breach.update': { input: BreachUpdateSchema, output: BreachDetailSchema },
  'breach.setStatus': { input: BreachSetStatusSchema, output: BreachDetailSchema },
  'breach.addAction': { input: ActionInputSchema, output: BreachDetailSchema },
  /** ENISA severity + EDPB questions -> the app's proposal, without saving. */
  'breach.previewProposal': { input: ProposalPreviewInputSchema, output: ProposalPreviewSchema },
  'breach.assess': { input: AssessmentInputSchema, output: BreachDetailSchema },
  'breach.decide': { input: DecisionInputSchema, output: BreachDetailSchema },
  'breach.logNotification': { input: NotificationInputSchema, output: BreachDetailSchema },
  'breach.recordDelayReason': { input: DelayReasonInputSchema, output: BreachDetailSchema },
  'breach.checklist': { input: ChecklistInputSchema, output: BreachDetailSchema },
  'breach.impact': { input: byId, output: ImpactSchema },
  /** Every outstanding clock of every real breach, soonest first (the dashboard's card on top). */
  'breach.runningClocks': { input: z.object({}).strict(), output: RunningClocksSchema },
} as const

/** Report types this module registers (electron/core/reports). */
export const BREACH_REPORTS = ['breach', 'breach-case', 'breach-sa-draft', 'breach-subject-draft'] as const
