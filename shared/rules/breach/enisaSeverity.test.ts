import { describe, expect, it } from 'vitest'
import { enisaSeverity, severityLevel } from './enisaSeverity'
import { proposeNotification } from './notificationProposal'

// ENISA, Recommendations for a methodology of the assessment of severity of personal data breaches,
// v1.0, Dec 2013: SE = DPC x EI + CB; levels low < 2 <= medium < 3 <= high < 4 <= very high (REFERENCE.md §4.2).
describe('ENISA severity: scales and every level boundary', () => {
  it('1.75 low: simple data (1) x maximum (1) + known recipients 0.25 + malicious 0.5', () => {
    const s = enisaSeverity({
      data: [{ type: 'simple' }],
      easeOfIdentification: 'maximum',
      confidentiality: 'known_recipients',
      malicious: true,
    })
    expect(s).toMatchObject({ dpc: 1, ei: 1, cb: 0.75, score: 1.75, level: 'low' })
  })

  it('2 medium: behavioural (2) x maximum (1), nothing else', () => {
    expect(enisaSeverity({ data: [{ type: 'behavioural' }], easeOfIdentification: 'maximum' })).toMatchObject(
      { score: 2, level: 'medium' },
    )
  })

  it('2.75 medium: financial (3) x significant (0.75) + unknown recipients 0.5', () => {
    const s = enisaSeverity({
      data: [{ type: 'financial' }],
      easeOfIdentification: 'significant',
      confidentiality: 'unknown_recipients',
    })
    expect(s).toMatchObject({ dpc: 3, ei: 0.75, cb: 0.5, score: 2.75, level: 'medium' })
  })

  it('3 high: financial (3) x maximum (1)', () => {
    expect(enisaSeverity({ data: [{ type: 'financial' }], easeOfIdentification: 'maximum' })).toMatchObject({
      score: 3,
      level: 'high',
    })
  })

  it('3.75 high: sensitive (4) x significant (0.75) + integrity recoverable 0.25 + availability permanent 0.5', () => {
    const s = enisaSeverity({
      data: [{ type: 'sensitive' }],
      easeOfIdentification: 'significant',
      integrity: 'recoverable',
      availability: 'permanent',
    })
    expect(s).toMatchObject({ score: 3.75, level: 'high' })
  })

  it('4 very high: sensitive (4) x maximum (1); 6 is the top of the scale', () => {
    expect(enisaSeverity({ data: [{ type: 'sensitive' }], easeOfIdentification: 'maximum' })).toMatchObject({
      score: 4,
      level: 'very_high',
    })
    const top = enisaSeverity({
      data: [{ type: 'sensitive' }],
      easeOfIdentification: 'maximum',
      confidentiality: 'unknown_recipients',
      integrity: 'not_recoverable',
      availability: 'permanent',
      malicious: true,
    })
    expect(top).toMatchObject({ cb: 2, score: 6, level: 'very_high' })
  })

  it('negligible 0.25 and limited 0.5 identification', () => {
    expect(enisaSeverity({ data: [{ type: 'sensitive' }], easeOfIdentification: 'negligible' }).score).toBe(1)
    expect(enisaSeverity({ data: [{ type: 'sensitive' }], easeOfIdentification: 'limited' }).score).toBe(2)
  })

  it('DPC: the highest of several data types; adjustments clamped to [1, 4]', () => {
    const s = enisaSeverity({
      data: [{ type: 'simple' }, { type: 'financial' }, { type: 'behavioural' }],
      easeOfIdentification: 'maximum',
    })
    expect(s).toMatchObject({ dpc: 3, dpcFrom: 'financial' })
    const up = enisaSeverity({
      data: [
        {
          type: 'simple',
          adjustments: [
            { delta: 3, reason: 'large volume' },
            { delta: 2, reason: 'vulnerable persons' },
          ],
        },
      ],
      easeOfIdentification: 'maximum',
    })
    expect(up.dpc).toBe(4)
    const down = enisaSeverity({
      data: [
        {
          type: 'sensitive',
          adjustments: [
            { delta: -3, reason: 'public data' },
            { delta: -3, reason: 'invalid data' },
          ],
        },
      ],
      easeOfIdentification: 'maximum',
    })
    expect(down.dpc).toBe(1)
  })

  it('an adjustment needs a reason; at least one data type', () => {
    expect(() =>
      enisaSeverity({
        data: [{ type: 'simple', adjustments: [{ delta: 1, reason: ' ' }] }],
        easeOfIdentification: 'maximum',
      }),
    ).toThrow()
    expect(() => enisaSeverity({ data: [], easeOfIdentification: 'maximum' })).toThrow()
  })

  it('severityLevel at the exact thresholds', () => {
    expect([1.75, 2, 2.75, 3, 3.75, 4].map(severityLevel)).toEqual([
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'very_high',
    ])
  })
})

// REFERENCE.md §8 Q20: SE >= 2 proposes SA notification; SE >= 3 proposes communication unless Art. 34(3);
// SE < 2 needs a written reason to skip. A proposal, not a decision.
describe('proposal from the score', () => {
  it('1.75: no SA notification proposed, written reason required to skip', () => {
    const p = proposeNotification({ score: 1.75 })
    expect(p.kind).toBe('proposal')
    expect(p.authority).toMatchObject({ propose: false, writtenReasonRequiredToSkip: true })
    expect(p.dataSubjects.propose).toBe('not_proposed')
  })

  it('2 and 2.75: SA notification proposed, data subjects not', () => {
    for (const score of [2, 2.75]) {
      const p = proposeNotification({ score })
      expect(p.authority.propose).toBe(true)
      expect(p.dataSubjects.propose).toBe('not_proposed')
    }
  })

  it('3: both proposed', () => {
    const p = proposeNotification({ score: 3 })
    expect(p.authority.propose).toBe(true)
    expect(p.dataSubjects.propose).toBe('communicate')
  })

  it('3 with Art. 34(3)(a) encryption: exception; with (c): public communication instead', () => {
    expect(proposeNotification({ score: 4, art34Exception: 'a' }).dataSubjects).toMatchObject({
      propose: 'exception',
      exception: 'a',
    })
    expect(proposeNotification({ score: 3, art34Exception: 'c' }).dataSubjects).toMatchObject({
      propose: 'public_communication',
      exception: 'c',
    })
  })
})
