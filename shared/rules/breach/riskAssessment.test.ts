import { describe, expect, it } from 'vitest'
import { enisaSeverity } from './enisaSeverity'
import { edpbRiskLevel, proposeRisk, RISK_QUESTIONS, type RiskAnswers } from './riskAssessment'

// EDPB Guidelines 9/2022 (risk factors; "if in doubt, notify"), Art. 33(1), 34(1), 34(3); REFERENCE.md §8 Q18, Q20.
const none = Object.fromEntries(RISK_QUESTIONS.map((q) => [q, 'no'])) as RiskAnswers

describe('EDPB risk questions', () => {
  it('all unknown is high risk: doubt never lowers the level (EDPB 9/2022 "if in doubt, notify")', () => {
    expect(edpbRiskLevel({}).level).toBe('high_risk')
  })

  it('no factor present: no risk', () => {
    expect(edpbRiskLevel(none).level).toBe('no_risk')
  })

  it('encrypted with an uncompromised key: no risk, even for sensitive data', () => {
    const r = edpbRiskLevel({ ...none, sensitiveData: 'yes', unintelligible: 'yes' })
    expect(r).toMatchObject({ level: 'no_risk', because: ['unintelligible'] })
  })

  it('sensitive data reaching untrusted recipients: high risk naming the factor', () => {
    const r = edpbRiskLevel({ ...none, sensitiveData: 'yes', untrustedRecipients: 'yes' })
    expect(r.level).toBe('high_risk')
    expect(r.because).toContain('sensitiveData')
  })

  it('malicious but without serious-consequence factors: risk, not high risk', () => {
    expect(edpbRiskLevel({ ...none, maliciousIntent: 'yes', easilyIdentified: 'yes' }).level).toBe('risk')
  })

  it('mis-sent e-mail deleted by a trusted recipient, no malice: no risk', () => {
    const r = edpbRiskLevel({ ...none, easilyIdentified: 'yes', recoveredBeforeMisuse: 'yes' })
    expect(r.level).toBe('no_risk')
  })
})

describe('proposal = the higher of EDPB and ENISA (§8 Q20)', () => {
  const low = enisaSeverity({ data: [{ type: 'simple' }], easeOfIdentification: 'limited' }) // 0.5: low
  const high = enisaSeverity({ data: [{ type: 'sensitive' }], easeOfIdentification: 'maximum' }) // 4: very high

  it('low ENISA and no EDPB factor: no notification proposed, reason required to skip', () => {
    const p = proposeRisk(low, { answers: none })
    expect(p).toMatchObject({ riskLevel: 'no_risk', proposeAuthority: false, proposeSubjects: 'not_proposed' })
    expect(p.notification.authority.writtenReasonRequiredToSkip).toBe(true)
  })

  it('low ENISA but EDPB high risk: the higher wins and the data subjects are proposed', () => {
    const p = proposeRisk(low, { answers: { ...none, seriousConsequences: 'yes' } })
    expect(p).toMatchObject({ riskLevel: 'high_risk', proposeAuthority: true, proposeSubjects: 'communicate' })
  })

  it('very high ENISA with Art. 34(3)(c): public communication instead', () => {
    const p = proposeRisk(high, { answers: none, art34Exception: 'c' })
    expect(p).toMatchObject({ riskLevel: 'high_risk', proposeSubjects: 'public_communication' })
    expect(p.explanation).toContain('Art. 34(3)(c)')
  })
})
