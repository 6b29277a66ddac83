// EDPB risk questions -> risk level (no risk / risk / high risk), combined with the ENISA score into the
// app's proposal (EDPB Guidelines 9/2022 section IV "Assessing risk and high risk", factors taken from
// WP250 rev.01 and recital 75; REFERENCE.md §4.1, §4.2, §8 Q18, Q20). The app proposes; a person decides.
import { z } from 'zod'
import { breach } from '../../i18n/en/breach'
import { type EnisaSeverity, type SeverityLevel } from './enisaSeverity'
import { englishText, msg, phrase, type BreachMessage } from './messages'
import { Art34ExceptionSchema, proposeNotification, type NotificationProposal } from './notificationProposal'

/**
 * The risk factors of EDPB Guidelines 9/2022 (paras on "factors to consider when assessing risk"): type
 * of breach, nature/sensitivity/volume of data, ease of identification, severity of consequences,
 * special characteristics of the individuals, number of individuals; plus the two mitigating facts the
 * guidelines name (data unintelligible, e.g. encrypted with an uncompromised key; data recovered or
 * deleted by a trusted recipient before misuse).
 */
export const RISK_QUESTIONS = [
  'sensitiveData', // Art. 9/10 data, or financial, identity-document, password or location data
  'easilyIdentified', // individuals can be identified directly or easily from the data
  'vulnerableIndividuals', // children, patients, employees or other vulnerable persons
  'largeScale', // a large number of individuals or records
  'maliciousIntent', // theft, hacking, extortion
  'untrustedRecipients', // data reached unknown or untrusted recipients, or were published
  'seriousConsequences', // identity theft, fraud, financial loss, discrimination, physical harm, distress
  'irreversible', // consequences hard or impossible to reverse
  'unintelligible', // mitigating: unintelligible to anyone not authorised (state-of-the-art encryption)
  'recoveredBeforeMisuse', // mitigating: recovered, deleted or contained before any misuse
] as const
export type RiskQuestion = (typeof RISK_QUESTIONS)[number]

/** Plain-English names of the factors, for explanations (`rules.risk.factors` of the breach texts). */
export const RISK_FACTOR_TEXT: Record<RiskQuestion, string> = breach.rules.risk.factors
const factors = (qs: readonly RiskQuestion[]) => qs.map((q) => phrase(`risk.factors.${q}`))

export const MITIGATING_QUESTIONS: readonly RiskQuestion[] = ['unintelligible', 'recoveredBeforeMisuse']

export const RiskAnswerSchema = z.enum(['yes', 'no', 'unknown'])
export type RiskAnswer = z.infer<typeof RiskAnswerSchema>

export const RiskAnswersSchema = z.object(
  Object.fromEntries(RISK_QUESTIONS.map((q) => [q, RiskAnswerSchema.default('unknown')])) as Record<
    RiskQuestion,
    z.ZodDefault<typeof RiskAnswerSchema>
  >,
)
export type RiskAnswers = z.infer<typeof RiskAnswersSchema>

export const RiskLevelSchema = z.enum(['no_risk', 'risk', 'high_risk'])
export type RiskLevel = z.infer<typeof RiskLevelSchema>

const RANK: Record<RiskLevel, number> = { no_risk: 0, risk: 1, high_risk: 2 }
export const higherRisk = (a: RiskLevel, b: RiskLevel): RiskLevel => (RANK[b] > RANK[a] ? b : a)

export interface EdpbRisk {
  level: RiskLevel
  /** The answers that led to the level, for the record. */
  because: RiskQuestion[]
  explanation: string
  /** The explanation as an i18n message (`rules.risk.*`). */
  explanationMessage: BreachMessage
}

const risk = (level: RiskLevel, because: RiskQuestion[], m: BreachMessage): EdpbRisk => ({
  level,
  because,
  explanation: englishText([m]),
  explanationMessage: m,
})

/**
 * "If in doubt, notify" (EDPB 9/2022): an aggravating factor answered "unknown" counts as present and a
 * mitigating one answered "unknown" counts as absent, so doubt never lowers the level.
 */
export function edpbRiskLevel(input: z.input<typeof RiskAnswersSchema>): EdpbRisk {
  const a = RiskAnswersSchema.parse(input)
  const present = (q: RiskQuestion) => a[q] !== 'no'
  const mitigated = a.unintelligible === 'yes' || a.recoveredBeforeMisuse === 'yes'
  const serious = (['sensitiveData', 'vulnerableIndividuals', 'seriousConsequences'] as const).filter(present)
  const aggravating = RISK_QUESTIONS.filter((q) => !MITIGATING_QUESTIONS.includes(q) && present(q))

  if (a.unintelligible === 'yes' && a.easilyIdentified !== 'yes') {
    return risk('no_risk', ['unintelligible'], msg('risk.unintelligible'))
  }
  if (serious.length > 0 && !mitigated) {
    return risk('high_risk', serious, msg('risk.highRisk', { factors: factors(serious) }))
  }
  if (aggravating.length === 0 || (mitigated && a.maliciousIntent === 'no' && a.seriousConsequences === 'no')) {
    return risk(
      'no_risk',
      mitigated ? MITIGATING_QUESTIONS.filter((q) => a[q] === 'yes') : [],
      msg('risk.noRisk'),
    )
  }
  return risk('risk', aggravating, msg('risk.risk', { factors: factors(aggravating) }))
}

/** ENISA levels mapped onto the three legal risk levels: a product default (REFERENCE.md §8 Q20). */
export const ENISA_TO_RISK: Record<SeverityLevel, RiskLevel> = {
  low: 'no_risk',
  medium: 'risk',
  high: 'high_risk',
  very_high: 'high_risk',
}

export const RiskProposalInputSchema = z.object({
  answers: RiskAnswersSchema,
  art34Exception: Art34ExceptionSchema.optional(),
})

export interface RiskProposal {
  /** The higher of the EDPB-question level and the ENISA-mapped level (the conservative choice). */
  riskLevel: RiskLevel
  edpb: EdpbRisk
  enisaRisk: RiskLevel
  notification: NotificationProposal
  proposeAuthority: boolean
  proposeSubjects: NotificationProposal['dataSubjects']['propose']
  explanation: string
  /** The explanation as i18n messages (`rules.risk.summary` and the proposal's note). */
  explanationMessages: BreachMessage[]
}

/**
 * The proposal shown beside the decision: ENISA (§8 Q20) and the EDPB questions each give a level; the
 * higher wins. The authority is proposed when either says so; the data subjects when the level is high
 * unless an Art. 34(3) exception is claimed.
 */
export function proposeRisk(
  severity: Pick<EnisaSeverity, 'score' | 'level'>,
  input: z.input<typeof RiskProposalInputSchema>,
): RiskProposal {
  const { answers, art34Exception } = RiskProposalInputSchema.parse(input)
  const edpb = edpbRiskLevel(answers)
  const enisaRisk = ENISA_TO_RISK[severity.level]
  const riskLevel = higherRisk(edpb.level, enisaRisk)
  const notification = proposeNotification({ score: severity.score, art34Exception })
  const proposeAuthority = notification.authority.propose || riskLevel !== 'no_risk'
  let proposeSubjects = notification.dataSubjects.propose
  if (riskLevel === 'high_risk' && proposeSubjects === 'not_proposed') {
    proposeSubjects = art34Exception === 'c' ? 'public_communication' : art34Exception ? 'exception' : 'communicate'
  }
  const explanationMessages = [
    msg('risk.summary', {
      edpb: phrase(`risk.level.${edpb.level}`),
      score: severity.score,
      severity: phrase(`risk.severity.${severity.level}`),
      enisa: phrase(`risk.level.${enisaRisk}`),
      proposed: phrase(`risk.level.${riskLevel}`),
      authority: phrase(proposeAuthority ? 'risk.authority.notify' : 'risk.authority.skip'),
      subjects:
        proposeSubjects === 'exception'
          ? phrase('risk.subjects.exception', { exception: art34Exception ?? '' })
          : phrase(`risk.subjects.${proposeSubjects}`),
    }),
    notification.noteMessage,
  ]
  const explanation = englishText(explanationMessages)
  return { riskLevel, edpb, enisaRisk, notification, proposeAuthority, proposeSubjects, explanation, explanationMessages }
}
