import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { breachKit, laptopBreach, type Detail, type Kit } from './breachTestKit'

// Issue 6 items 2-5, 11: the incident record, decision record (Art. 33(5)), notifications log, statuses.
let k: Kit
beforeEach(async () => {
  k = await breachKit()
})
afterEach(async () => k.cleanup())

const create = (over = {}) => k.call<Detail>('breach.create', laptopBreach(over))

describe('the incident record', () => {
  it('creates a breach with every field of item 2, numbered and audited, with its 72 h clock', async () => {
    const act = await k.call<{ id: string }>('register.saveActivity', { name: 'Customer relations' })
    const ven = await k.call<{ id: string }>('register.saveVendor', { name: 'Aruba', country: 'IT', role: 'processor' })
    const d = await create({
      subjectCountries: ['it', 'FR'],
      dataCategories: [
        { name: 'Contact details', special: false },
        { name: 'Health data', special: true },
      ],
      activityIds: [act.id],
      vendorIds: [ven.id],
      contact: { name: 'Anna Bianchi', email: 'privacy@vimage.it' },
      likelyConsequences: 'Phishing against customers',
      startedAt: '2026-03-27T18:00:00Z',
      ongoing: true,
    })
    expect(d.breach).toMatchObject({
      ref: 'BR-2026-001',
      drill: false,
      status: 'open',
      natures: ['confidentiality', 'availability'],
      subjectCountries: ['FR', 'IT'],
      dataCategories: [
        { name: 'Contact details', special: false },
        { name: 'Health data', special: true },
      ],
      activityIds: [act.id],
      vendorIds: [ven.id],
      contact: { name: 'Anna Bianchi', email: 'privacy@vimage.it' },
      ongoing: true,
    })
    expect(d.clocks.map((c) => [c.clock.id, c.clock.deadline, c.status.status])).toEqual([
      ['gdpr.sa', '2026-03-30T22:30:00Z', 'pending'],
    ])
    expect(d.nextClock).toMatchObject({ clockId: 'gdpr.sa', deadline: '2026-03-30T22:30:00Z', status: 'pending' })
    expect(d.authority).toMatchObject({ code: 'IT', name: 'Garante per la protezione dei dati personali' })
    expect(d.timeline.map((e) => e.kind)).toEqual(['started', 'discovered', 'aware'])
    const audit = await k.call<{ rows: { entity: string; entityId: string; action: string }[] }>('audit.list', {})
    expect(audit.rows[0]).toMatchObject({ entity: 'breach', entityId: d.breach.id, action: 'create' })
    expect((await create()).breach.ref).toBe('BR-2026-002')
  })

  it('refuses bad input with an error naming the field, and saves nothing', async () => {
    const e1 = await k.fail('breach.create', laptopBreach({ title: '  ', awareAt: '2026-03-27T22:00:00Z' }))
    expect(e1.code).toBe('VALIDATION')
    expect(e1.fields).toMatchObject({ title: 'validation.required', awareAt: 'breach:validation.awareBeforeDiscovery' })
    expect(e1.message).toContain('title')
    const e2 = await k.fail('breach.create', laptopBreach({ awareAt: '2026-03-27T22:35:00Z' }))
    expect(e2.fields).toEqual({ awareReasoning: 'breach:validation.awareReasonRequired' })
    const e3 = await k.fail('breach.create', laptopBreach({ natures: [], role: 'processor' }))
    expect(e3.fields).toMatchObject({ natures: 'breach:validation.natureRequired', controllerName: 'breach:validation.controllerRequired' })
    const e4 = await k.fail('breach.create', laptopBreach({ awareAt: '2026-03-28T09:00:00Z', awareReasoning: 'x' }))
    expect(e4.fields).toEqual({ awareAt: 'breach:validation.inFuture' })
    expect(e4.message).toContain('in the future: awareAt')
    const e5 = await k.fail('breach.create', laptopBreach({ awareAt: '2026-03-27 22:30' }))
    expect(e5.fields).toEqual({ awareAt: 'breach:validation.instant' })
    expect((await k.call<{ items: unknown[] }>('breach.list', {})).items).toEqual([])
  })

  it('refuses an activity or vendor that is not in the register, naming the ids, and saves nothing', async () => {
    const e = await k.fail('breach.create', laptopBreach({ activityIds: ['no-such-activity'], vendorIds: ['no-such-vendor'] }))
    expect(e.code).toBe('VALIDATION')
    expect(e.fields).toEqual({ activityIds: 'breach:validation.unknownActivity', vendorIds: 'breach:validation.unknownVendor' })
    expect(e.message).toContain('no-such-activity, no-such-vendor')
    expect((await k.call<{ items: unknown[] }>('breach.list', {})).items).toEqual([])
    const b = await create()
    const e2 = await k.fail('breach.update', { ...laptopBreach({ vendorIds: ['gone'] }), id: b.breach.id })
    expect(e2.fields).toEqual({ vendorIds: 'breach:validation.unknownVendor' })
    expect((await k.call<Detail>('breach.get', { id: b.breach.id })).breach.vendorIds).toEqual([])
  })

  it('stores instants typed with an offset as UTC', async () => {
    const d = await create({ discoveredAt: '2026-03-27T23:30:00+01:00', awareAt: '2026-03-27T23:30:00+01:00' })
    expect(d.breach.awareAt).toBe('2026-03-27T22:30:00Z')
  })

  it('an update is audited with before and after, and moves the deadline', async () => {
    const d = await create()
    const u = await k.call<Detail>('breach.update', {
      ...laptopBreach({ awareAt: '2026-03-27T22:35:00Z', awareReasoning: 'Confirmed customer files were on it' }),
      id: d.breach.id,
    })
    expect(u.clocks[0].clock.deadline).toBe('2026-03-30T22:35:00Z')
    expect(u.breach.ref).toBe('BR-2026-001')
    const audit = await k.call<{ rows: { action: string; payload: { before: { awareAt: string }; after: { awareAt: string } } }[] }>('audit.list', {})
    expect(audit.rows[0].action).toBe('update')
    expect(audit.rows[0].payload.before.awareAt).toBe('2026-03-27T22:30:00Z')
    expect(audit.rows[0].payload.after.awareAt).toBe('2026-03-27T22:35:00Z')
  })

  it('unknown id: NOT_FOUND in plain words', async () => {
    const e = await k.fail('breach.get', { id: 'nope' })
    expect(e).toMatchObject({ code: 'NOT_FOUND', message: 'There is no breach with id “nope” in this workspace.' })
  })
})

describe('drills never reach real lists, deadlines or statistics (item 11)', () => {
  it('a drill is numbered apart and absent from breach.list, deadlines.list and the running clocks', async () => {
    const drill = await create({ drill: true, title: 'Drill: ransomware' })
    expect(drill.breach).toMatchObject({ drill: true, ref: 'DR-2026-001' })
    const real = await create()
    expect(real.breach.ref).toBe('BR-2026-001')
    const list = await k.call<{ items: { id: string }[] }>('breach.list', {})
    expect(list.items.map((i) => i.id)).toEqual([real.breach.id])
    const deadlines = await k.call<{ entityId: string }[]>('deadlines.list', {})
    expect(deadlines.map((d) => d.entityId)).toEqual([real.breach.id])
    const running = await k.call<{ clocks: { breachId: string }[] }>('breach.runningClocks', {})
    expect(running.clocks.map((c) => c.breachId)).toEqual([real.breach.id])
    // The drill itself is still readable (the Drills module works on it).
    expect((await k.call<Detail>('breach.get', { id: drill.breach.id })).breach.drill).toBe(true)
  })
})

describe('assessment, decision and notifications', () => {
  const enisa = { data: [{ type: 'simple' }], easeOfIdentification: 'maximum', confidentiality: 'unknown_recipients', malicious: true }
  const answers = {
    sensitiveData: 'no',
    easilyIdentified: 'yes',
    vulnerableIndividuals: 'no',
    largeScale: 'no',
    maliciousIntent: 'yes',
    untrustedRecipients: 'yes',
    seriousConsequences: 'no',
    irreversible: 'no',
    unintelligible: 'no',
    recoveredBeforeMisuse: 'no',
  }

  it('stores the ENISA score and EDPB answers with the proposal; the preview gives the same', async () => {
    const d = await create()
    const preview = await k.call<{ severity: { score: number }; proposal: { riskLevel: string } }>('breach.previewProposal', { enisa, answers })
    expect(preview.severity.score).toBe(2) // 1 x 1 + 0.5 + 0.5
    const a = await k.call<Detail>('breach.assess', { breachId: d.breach.id, enisa, answers, assessedBy: 'Anna' })
    expect(a.assessments[0]).toMatchObject({
      severity: { score: 2, level: 'medium' },
      answers: { maliciousIntent: 'yes' },
      proposal: { riskLevel: 'risk', proposeAuthority: true, proposeSubjects: 'not_proposed' },
    })
    expect(a.assessments[0].proposal.riskLevel).toBe(preview.proposal.riskLevel)
  })

  it('a risk cannot go unnotified; "no risk" with reasons makes the clock not required, never missed', async () => {
    const d = await create()
    const id = d.breach.id
    const bad = await k.fail('breach.decide', {
      breachId: id,
      riskLevel: 'risk',
      notifyAuthority: false,
      subjects: 'not_required',
      decidedBy: 'Anna',
      reasoning: 'x',
    })
    expect(bad.fields).toMatchObject({
      notifyAuthority: 'breach:validation.riskNeedsNotification',
      authorityReason: 'breach:validation.noNotifyReason',
      subjectsReason: 'breach:validation.subjectsReasonRequired',
    })
    await k.call('breach.assess', { breachId: id, enisa: { data: [{ type: 'simple' }], easeOfIdentification: 'negligible' }, answers, assessedBy: 'Anna' })
    const ok = await k.call<Detail>('breach.decide', {
      breachId: id,
      riskLevel: 'no_risk',
      notifyAuthority: false,
      authorityReason: 'Full-disk encryption with a strong key; the key was not on the laptop.',
      subjects: 'not_required',
      subjectsReason: 'No risk.',
      decidedBy: 'Anna Bianchi',
      reasoning: 'Data unintelligible (Art. 34(3)(a) would also apply).',
    })
    expect(ok.decisions[0]).toMatchObject({ decidedBy: 'Anna Bianchi', decidedAt: '2026-03-27T22:40:00Z', riskLevel: 'no_risk' })
    expect(ok.decisions[0].followsProposal).toBe(false) // the answers propose a risk
    k.clock.set('2026-04-10T00:00:00Z')
    const later = await k.call<Detail>('breach.get', { id })
    expect(later.clocks[0].status).toMatchObject({ status: 'not_required', decisionId: ok.decisions[0].id })
    const list = await k.call<{ items: { notification: string; overallStatus: string }[] }>('breach.list', {})
    expect(list.items[0]).toMatchObject({ notification: 'not_notified', overallStatus: 'not_required' })
  })

  it('high risk needs the data subjects told or an Art. 34(3) exception named', async () => {
    const d = await create()
    const e = await k.fail('breach.decide', {
      breachId: d.breach.id,
      riskLevel: 'high_risk',
      notifyAuthority: true,
      subjects: 'not_required',
      subjectsReason: 'x',
      decidedBy: 'Anna',
      reasoning: 'x',
    })
    expect(e.fields).toEqual({ subjects: 'breach:validation.highRiskNeedsSubjects' })
    const ex = await k.fail('breach.decide', {
      breachId: d.breach.id,
      riskLevel: 'high_risk',
      notifyAuthority: true,
      subjects: 'exception',
      decidedBy: 'Anna',
      reasoning: 'x',
    })
    expect(ex.fields).toMatchObject({ art34Exception: 'breach:validation.exceptionRequired' })
  })

  it('the notification logged against the clock turns it met; the log keeps recipient, channel, reference', async () => {
    const d = await create()
    k.clock.set('2026-03-29T10:00:00Z')
    const n = await k.call<Detail>('breach.logNotification', {
      breachId: d.breach.id,
      clockId: 'gdpr.sa',
      phase: 'initial',
      recipientKind: 'supervisory_authority',
      authorityCode: 'IT',
      channel: 'online_form',
      sentAt: '2026-03-29T09:00:00Z',
      reference: 'GPDP-2026-123',
      content: 'Initial notification',
    })
    expect(n.notifications[0]).toMatchObject({
      recipientName: 'Garante per la protezione dei dati personali',
      regime: 'gdpr',
      reference: 'GPDP-2026-123',
      recordedBy: 'tester',
    })
    expect(n.clocks[0].status.status).toBe('met')
    expect(n.overallStatus).toBe('met')
    expect(n.nextClock).toBeNull()
    const e = await k.fail('breach.logNotification', {
      breachId: d.breach.id,
      clockId: 'nis2.notification',
      phase: 'initial',
      recipientKind: 'csirt_or_competent_authority',
      channel: 'email',
      sentAt: '2026-03-29T09:00:00Z',
      content: 'x',
    })
    expect(e.fields).toEqual({ recipientName: 'breach:validation.recipientRequired' })
    const e2 = await k.fail('breach.logNotification', {
      breachId: d.breach.id,
      clockId: 'nis2.notification',
      phase: 'initial',
      recipientKind: 'csirt_or_competent_authority',
      recipientName: 'CSIRT Italia',
      channel: 'email',
      sentAt: '2026-03-29T09:00:00Z',
      content: 'x',
    })
    expect(e2.fields).toEqual({ clockId: 'breach:validation.unknownClock' })
  })

  it('past the deadline with nothing sent: missed, reason required; with reasons: late_with_reason (Art. 33(1))', async () => {
    const d = await create()
    k.clock.set('2026-03-30T22:30:01Z')
    const missed = await k.call<Detail>('breach.get', { id: d.breach.id })
    expect(missed.clocks[0].status).toMatchObject({ status: 'missed', reasonRequired: true, outstanding: true })
    const r = await k.call<Detail>('breach.recordDelayReason', { breachId: d.breach.id, clockId: 'gdpr.sa', reason: 'Forensic report came late' })
    expect(r.clocks[0].status).toMatchObject({ status: 'late_with_reason', delayReason: 'Forensic report came late' })
    expect(r.timeline.at(-1)).toMatchObject({ kind: 'delayReason', refId: 'gdpr.sa' })
  })

  it('checklist items and actions go on the timeline with who and when', async () => {
    const d = await create()
    await k.call('breach.checklist', { breachId: d.breach.id, item: 'contain', done: true })
    const a = await k.call<Detail>('breach.addAction', { breachId: d.breach.id, kind: 'containment', description: 'Remote wipe requested', by: 'IT' })
    expect(a.checklist).toEqual([{ item: 'contain', doneAt: '2026-03-27T22:40:00Z', doneBy: 'tester' }])
    expect(a.actions[0]).toMatchObject({ kind: 'containment', at: '2026-03-27T22:40:00Z', by: 'IT' })
    const off = await k.call<Detail>('breach.checklist', { breachId: d.breach.id, item: 'contain', done: false })
    expect(off.checklist).toEqual([])
  })

  it('closing keeps the breach in the register with its status', async () => {
    const d = await create()
    const c = await k.call<Detail>('breach.setStatus', { id: d.breach.id, status: 'closed', note: 'Laptop recovered' })
    expect(c.breach).toMatchObject({ status: 'closed', closedAt: '2026-03-27T22:40:00Z', closeNote: 'Laptop recovered' })
    expect((await k.call<{ items: unknown[] }>('breach.list', {})).items).toHaveLength(1)
  })
})

describe('clocks per applicable regime', () => {
  it('NIS2 clocks run only when the incident is flagged significant; the processor clock is a target', async () => {
    await k.cleanup()
    k = await breachKit({ regimes: ['gdpr', 'nis2'] })
    const plain = await create()
    expect(plain.clocks.map((c) => c.clock.id)).toEqual(['gdpr.sa'])
    expect(plain.regimes.find((r) => r.regime === 'nis2')).toMatchObject({ applies: false, why: 'flag_off' })
    const sig = await create({ flags: { nis2Significant: true } })
    expect(sig.clocks.map((c) => c.clock.id)).toEqual(['nis2.earlyWarning', 'gdpr.sa', 'nis2.notification', 'nis2.finalReport'])
    const proc = await create({ role: 'processor', controllerName: 'Acme S.p.A.' })
    expect(proc.clocks.map((c) => [c.clock.id, c.clock.isLegalPeriod, c.clock.deadline])).toEqual([
      ['gdpr.processorToController', false, '2026-03-28T22:30:00Z'],
    ])
  })

  it('shows the safer deadline from the processor’s awareness beside the controller’s (§8 Q12)', async () => {
    const d = await create({ processorAwareAt: '2026-03-27T10:00:00Z' })
    expect(d.clocks.map((c) => [c.clock.id, c.clock.deadline])).toEqual([
      ['gdpr.sa.fromProcessorAwareness', '2026-03-30T10:00:00Z'],
      ['gdpr.sa', '2026-03-30T22:30:00Z'],
    ])
  })
})

describe('impact query (item 6)', () => {
  it('links register records by id; authorities and regimes from the facts', async () => {
    const a1 = await k.call<{ id: string }>('register.saveActivity', { name: 'Website analytics' })
    const v1 = await k.call<{ id: string }>('register.saveVendor', { name: 'Aruba', country: 'IT', role: 'processor' })
    const d = await create({ activityIds: [a1.id], vendorIds: [v1.id], subjectCountries: ['IT', 'CH'], dataCategories: [{ name: 'Health', special: true }] })
    const i = await k.call<{
      registerAvailable: boolean
      activities: { id: string }[]
      authorities: { code: string }[]
      suggestedRegimes: { regime: string }[]
      suggestedClocks: { id: string }[]
      specialCategories: boolean
    }>('breach.impact', { id: d.breach.id })
    expect(i.activities.map((a) => a.id)).toEqual([a1.id])
    expect(i.authorities.map((a) => a.code)).toEqual(['IT'])
    expect(i.suggestedRegimes.map((r) => r.regime)).toEqual(['fadp'])
    expect(i.suggestedClocks.map((c) => c.id)).toEqual(['gdpr.sa'])
    expect(i.specialCategories).toBe(true)
    expect(i.registerAvailable).toBe(true)
  })
})
