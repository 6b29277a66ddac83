import { describe, expect, it } from 'vitest'
import { doraClocks } from './doraClocks'

// DORA Reg. (EU) 2022/2554 Art. 19(4); RTS Del. Reg. (EU) 2025/301 Art. 5; REFERENCE.md §4.4, §8 Q22-Q23.
describe('DORA: initial = min(classification + 4 h, awareness + 24 h); intermediate + 72 h; final + 1 month', () => {
  it('classification + 4 h is earlier: initial counts from classification', () => {
    const d = doraClocks({
      awareAt: '2026-03-27T11:00:00Z',
      classifiedAt: '2026-03-27T15:00:00Z',
      tz: 'Europe/Rome',
    })
    expect(d.initial.deadline).toBe('2026-03-27T19:00:00Z')
    expect(d.initial.startEvent).toBe('classification')
    expect(d.initial.period).toEqual({ value: 4, unit: 'hours' })
    // §8 Q22: before the initial notification is submitted, intermediate = initialDue + 72 h
    expect(d.intermediate.startEvent).toBe('initial_deadline')
    expect(d.intermediate.deadline).toBe('2026-03-30T19:00:00Z')
    expect(d.final.startEvent).toBe('intermediate_deadline')
    expect(d.final.deadline).toBe('2026-04-30T19:00:00Z')
  })

  it('awareness + 24 h is earlier: initial is capped at 24 h after awareness', () => {
    const d = doraClocks({
      awareAt: '2026-03-27T11:00:00Z',
      classifiedAt: '2026-03-28T09:00:00Z',
      tz: 'Europe/Rome',
    })
    expect(d.initial.deadline).toBe('2026-03-28T11:00:00Z')
    expect(d.initial.startEvent).toBe('awareness')
    expect(d.initial.explanation).toContain('24 hours after awareness')
  })

  it('after submissions: intermediate from the initial submission, final from the latest intermediate report', () => {
    const d = doraClocks({
      awareAt: '2026-03-27T11:00:00Z',
      classifiedAt: '2026-03-27T15:00:00Z',
      tz: 'Europe/Rome',
      initialSubmittedAt: '2026-03-27T17:30:00Z',
      intermediateSubmittedAt: '2026-03-29T08:00:00Z',
    })
    expect(d.intermediate.startEvent).toBe('submission_of_initial')
    expect(d.intermediate.deadline).toBe('2026-03-30T17:30:00Z')
    expect(d.final.startEvent).toBe('submission_of_intermediate')
    expect(d.final.deadline).toBe('2026-04-29T08:00:00Z')
  })

  it('not yet classified: the 24 h cap is shown and the explanation says it may come earlier', () => {
    const d = doraClocks({ awareAt: '2026-03-27T11:00:00Z', tz: 'UTC' })
    expect(d.initial.deadline).toBe('2026-03-28T11:00:00Z')
    expect(d.initial.explanation).toContain('Not yet classified as major')
  })
})
