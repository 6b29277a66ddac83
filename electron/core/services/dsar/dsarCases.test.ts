import { afterEach, describe, expect, it } from 'vitest'
import { dsarTestCore, mario, type DsarTestCore } from './dsarTestCore'

// The DSAR case through the contract (issue 5 items 2-3): every date is the rule's (shared/rules/dsar),
// computed from stored facts; sources cited per case: REFERENCE.md §3.2, §3.3, §8.

let t: DsarTestCore
afterEach(async () => t?.dispose())

describe('logging a request', () => {
  it('computes the GDPR clock from the receipt: 31 Jan 2026 → Sat 28 Feb → Mon 2 Mar (Reg. 1182/71 Art. 3(2)(c), 3(4))', async () => {
    t = await dsarTestCore('2026-02-02T10:00:00Z')
    const v = await t.call('dsar.save', { ...mario, receivedAt: '2026-01-31T09:15' })
    expect(v.case.id).toBe('DSAR-2026-001')
    expect(v.case.receivedAt).toBe('2026-01-31T08:15:00.000Z') // 09:15 in Rome (CET)
    expect(v.clock).toMatchObject({
      receivedDate: '2026-01-31',
      target: '2026-02-28',
      due: '2026-03-02',
      daysLeft: 28,
      overdue: false,
      keepsRunning: true,
    })
    expect(v.clock.explanation.join(' ')).toMatch(
      /not a working day, so the legal limit moves to the next working day, Monday 2 March 2026/,
    )
    expect(v.clock.extensionNoticeBy).toBe('2026-02-28')
    expect(v.clock.extendedDue).toBe('2026-04-28') // min(30 Apr, 28 Apr), §8 Q4
    expect(v.nextSteps.map((s) => s.key)).toContain('next.verifyIdentityRunning')
    const audit = await t.call('audit.list', { limit: 10 })
    expect(audit.rows[0]).toMatchObject({ entity: 'dsar', entityId: 'DSAR-2026-001', action: 'create' })
  })

  it('takes the calendar day of arrival in the controller’s zone (§8 Q2): 23:30 UTC on 30 Jan is 31 Jan in Rome', async () => {
    t = await dsarTestCore('2026-02-02T10:00:00Z')
    const v = await t.call('dsar.save', { ...mario, receivedAt: '2026-01-30T23:30:00Z' })
    expect(v.clock.receivedDate).toBe('2026-01-31')
    expect(v.clock.due).toBe('2026-03-02')
  })

  it('numbers references per year of receipt', async () => {
    t = await dsarTestCore('2026-02-02T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2025-12-30T10:00' })
    await t.call('dsar.save', { ...mario, receivedAt: '2026-01-05T10:00' })
    const third = await t.call('dsar.save', { ...mario, receivedAt: '2026-01-06T10:00' })
    expect(third.case.id).toBe('DSAR-2026-002')
    expect((await t.call('dsar.list', {})).map((r) => r.id)).toEqual([
      'DSAR-2026-002',
      'DSAR-2026-001',
      'DSAR-2025-001',
    ])
  })

  it('refuses a receipt in the future, naming the field, and saves nothing', async () => {
    t = await dsarTestCore('2026-02-02T10:00:00Z')
    const e = await t.fail('dsar.save', { ...mario, receivedAt: '2026-02-03T09:00' })
    expect(e).toMatchObject({ code: 'VALIDATION', fields: { receivedAt: 'validation.dsarFuture' } })
    expect(e.message).toMatch(/receivedAt \(This date is in the future/)
    expect(await t.call('dsar.list', {})).toEqual([])
  })

  it('refuses a request type the law does not have, and a bad holiday calendar', async () => {
    t = await dsarTestCore('2026-02-02T10:00:00Z')
    const e = await t.fail('dsar.save', {
      ...mario,
      receivedAt: '2026-01-31T09:15',
      requestTypes: ['access', 'ccpa-know'],
    })
    expect(e.fields).toEqual({ 'requestTypes.1': 'validation.dsarTypeForRegime' })
    const c = await t.fail('dsar.save', { ...mario, receivedAt: '2026-01-31T09:15', country: 'US' })
    expect(c.fields).toEqual({ country: 'validation.dsarCountry' })
    const none = await t.fail('dsar.save', { ...mario, receivedAt: '2026-01-31T09:15', requestTypes: [] })
    expect(none.fields).toEqual({ requestTypes: 'validation.dsarTypeRequired' })
  })

  it('suggests the regime from the requester’s country and the declared laws', async () => {
    t = await dsarTestCore('2026-02-02T10:00:00Z')
    expect(await t.call('dsar.suggest', { requesterCountry: 'GB' })).toMatchObject({
      regime: 'uk',
      country: 'GB-ENG',
    })
    expect(await t.call('dsar.suggest', { requesterCountry: 'DE' })).toMatchObject({
      regime: 'gdpr',
      country: 'IT',
    })
    expect(await t.call('dsar.suggest', {})).toMatchObject({
      regime: 'gdpr',
      country: 'IT',
      today: '2026-02-02',
      time: '11:00',
    })
  })
})

describe('UK GDPR Art. 12A: start and pauses (REFERENCE §3.3)', () => {
  const uk = { ...mario, regime: 'uk', receivedAt: '2026-09-03T10:00' } as const

  it('waits for the identity information asked for, then runs from its arrival: 3 Sep → ID 10 Sep → Sat 10 Oct → Mon 12 Oct', async () => {
    t = await dsarTestCore('2026-09-04T12:00:00Z')
    await t.call('dsar.save', uk)
    let v = await t.call('dsar.eventAdd', {
      caseId: 'DSAR-2026-001',
      kind: 'id_requested',
      on: '2026-09-04',
      reason: 'Name does not match the account',
    })
    expect(v.clock.waiting).toEqual({ kind: 'identity', since: '2026-09-04' })
    expect(v.clock.target).toBe('2026-10-04') // provisional: as if it arrived today
    expect(v.nextSteps[0].key).toBe('next.waiting.identity')
    expect(v.clock.explanation.join(' ')).toContain(
      'The identity information asked for on Friday 4 September 2026 has not arrived, so the period has not started',
    )
    t.clock.set('2026-09-10T12:00:00Z')
    v = await t.call('dsar.eventAdd', {
      caseId: 'DSAR-2026-001',
      kind: 'id_received',
      on: '2026-09-10',
      reason: 'Passport copy by e-mail',
    })
    expect(v.clock.waiting).toBeUndefined()
    expect(v.clock).toMatchObject({
      target: '2026-10-10',
      due: '2026-10-12',
      unpausedTarget: '2026-10-03',
      unpausedDue: '2026-10-05',
      keepsRunning: false,
    })
    expect(v.timeline.map((i) => i.kind)).toEqual(['received', 'event.id_requested', 'event.id_received'])
  })

  it('does not count the clarification days, first and last included, and shows the open pause', async () => {
    t = await dsarTestCore('2026-09-07T12:00:00Z')
    await t.call('dsar.save', uk)
    let v = await t.call('dsar.eventAdd', {
      caseId: 'DSAR-2026-001',
      kind: 'clarification_requested',
      on: '2026-09-07',
      reason: 'Which years of e-mails?',
    })
    expect(v.clock.pauses).toEqual([{ from: '2026-09-07', to: null, open: true }])
    expect(v.clock.waiting?.kind).toBe('clarification')
    expect(v.clock.messages.map((m) => m.key)).toContain('explain.ukPauseOpen')
    expect(v.clock.messages.map((m) => m.key)).not.toContain('explain.ukPause')
    t.clock.set('2026-09-14T12:00:00Z')
    v = await t.call('dsar.eventAdd', {
      caseId: 'DSAR-2026-001',
      kind: 'clarification_received',
      on: '2026-09-14',
      reason: '2024 and 2025',
    })
    expect(v.clock).toMatchObject({
      pausedDays: 8,
      target: '2026-10-11',
      due: '2026-10-12',
      unpausedTarget: '2026-10-03',
    })
    expect(v.clock.pauses).toEqual([{ from: '2026-09-07', to: '2026-09-14', open: false }])
    expect(v.clock.messages.map((m) => m.key)).toContain('explain.ukPause')
  })

  it('refuses an arrival nothing asked for, a second open clarification, and dates outside receipt..today', async () => {
    t = await dsarTestCore('2026-09-10T12:00:00Z')
    await t.call('dsar.save', uk)
    expect(
      await t.fail('dsar.eventAdd', {
        caseId: 'DSAR-2026-001',
        kind: 'id_received',
        on: '2026-09-05',
        reason: 'x',
      }),
    ).toMatchObject({
      fields: { kind: 'validation.dsarNothingToAnswer' },
    })
    await t.call('dsar.eventAdd', {
      caseId: 'DSAR-2026-001',
      kind: 'clarification_requested',
      on: '2026-09-05',
      reason: 'x',
    })
    expect(
      (
        await t.fail('dsar.eventAdd', {
          caseId: 'DSAR-2026-001',
          kind: 'clarification_requested',
          on: '2026-09-06',
          reason: 'y',
        })
      ).fields,
    ).toEqual({
      kind: 'validation.dsarClarificationOpen',
    })
    expect(
      (
        await t.fail('dsar.eventAdd', {
          caseId: 'DSAR-2026-001',
          kind: 'id_requested',
          on: '2026-09-02',
          reason: 'y',
        })
      ).fields,
    ).toEqual({
      on: 'validation.dsarBeforeReceipt',
    })
    expect(
      (
        await t.fail('dsar.eventAdd', {
          caseId: 'DSAR-2026-001',
          kind: 'id_requested',
          on: '2026-09-11',
          reason: 'y',
        })
      ).fields,
    ).toEqual({
      on: 'validation.dsarFuture',
    })
    expect(
      (
        await t.fail('dsar.eventAdd', {
          caseId: 'DSAR-2026-001',
          kind: 'id_requested',
          on: '2026-09-08',
          reason: ' ',
        })
      ).fields,
    ).toEqual({
      reason: 'validation.required',
    })
  })

  it('GDPR: the same events do not move the date, and the app says the clock keeps running (§8 Q6)', async () => {
    t = await dsarTestCore('2026-09-10T12:00:00Z')
    await t.call('dsar.save', { ...uk, regime: 'gdpr' })
    await t.call('dsar.eventAdd', {
      caseId: 'DSAR-2026-001',
      kind: 'id_requested',
      on: '2026-09-04',
      reason: 'doubt',
    })
    const v = await t.call('dsar.eventAdd', {
      caseId: 'DSAR-2026-001',
      kind: 'id_received',
      on: '2026-09-10',
      reason: 'ID',
    })
    expect(v.clock).toMatchObject({ target: '2026-10-03', due: '2026-10-05', keepsRunning: true })
    expect(v.clock.waiting).toBeUndefined()
    expect(v.clock.messages.map((m) => m.key)).toContain('explain.noPauseEu')
  })
})

describe('extension (Art. 12(3); REFERENCE §8 Q4, Q5)', () => {
  it('extends within the first period, with reasons, once; the limit becomes the extended one', async () => {
    t = await dsarTestCore('2026-02-20T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-01-31T09:15' })
    const v = await t.call('dsar.extend', {
      id: 'DSAR-2026-001',
      on: '2026-02-20',
      reason: 'Twelve years of e-mail archives to review',
    })
    expect(v.case.status).toBe('extended')
    expect(v.clock).toMatchObject({
      extended: true,
      target: '2026-04-28',
      due: '2026-04-28',
      firstDue: '2026-03-02',
      canExtend: false,
    })
    expect(v.clock.extendBlocked?.key).toBe('extendBlocked.already')
    const again = await t.fail('dsar.extend', { id: 'DSAR-2026-001', on: '2026-02-20', reason: 'again' })
    expect(again).toMatchObject({ code: 'FORBIDDEN' })
    expect(again.message).toMatch(/already extended on 2026-02-20/)
    expect(v.timeline.at(-1)).toMatchObject({ kind: 'status', params: { from: 'received', to: 'extended' } })
  })

  it('blocks "extend" after the first period’s target, even before the rolled legal limit', async () => {
    t = await dsarTestCore('2026-03-01T10:00:00Z') // Sunday 1 Mar: after target 28 Feb, before due 2 Mar
    await t.call('dsar.save', { ...mario, receivedAt: '2026-01-31T09:15' })
    const v = await t.call('dsar.get', { id: 'DSAR-2026-001' })
    expect(v.clock).toMatchObject({
      canExtend: false,
      extendBlocked: { key: 'extendBlocked.late', params: { noticeBy: '2026-02-28' } },
    })
    const e = await t.fail('dsar.extend', { id: 'DSAR-2026-001', on: '2026-03-01', reason: 'complex' })
    expect(e.code).toBe('FORBIDDEN')
    expect(e.message).toMatch(/Too late to extend/)
    expect((await t.call('dsar.get', { id: 'DSAR-2026-001' })).case.status).toBe('received')
  })

  it('needs the notice day between receipt and today, and the reasons', async () => {
    t = await dsarTestCore('2026-02-20T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-02-10T09:15' })
    expect(
      (await t.fail('dsar.extend', { id: 'DSAR-2026-001', on: '2026-02-05', reason: 'complex' })).fields,
    ).toEqual({ on: 'validation.dsarBeforeReceipt' })
    expect(
      (await t.fail('dsar.extend', { id: 'DSAR-2026-001', on: '2026-02-21', reason: 'complex' })).fields,
    ).toEqual({ on: 'validation.dsarFuture' })
    expect(
      (await t.fail('dsar.extend', { id: 'DSAR-2026-001', on: '2026-02-20', reason: '' })).fields,
    ).toEqual({ reason: 'validation.required' })
  })

  it('has no extension where the law has none (LGPD)', async () => {
    t = await dsarTestCore('2026-02-02T10:00:00Z')
    const v = await t.call('dsar.save', { ...mario, regime: 'lgpd', receivedAt: '2026-02-01T09:15' })
    expect(v.clock).toMatchObject({
      due: '2026-02-16',
      canExtend: false,
      extendBlocked: { key: 'extendBlocked.regime' },
    })
  })
})

describe('status flow, decisions and the reply', () => {
  it('enforces the flow, needs a decision per type, and records the reply in time', async () => {
    t = await dsarTestCore('2026-02-10T10:00:00Z')
    await t.call('dsar.save', {
      ...mario,
      receivedAt: '2026-02-02T09:15',
      requestTypes: ['access', 'erasure'],
    })
    expect((await t.fail('dsar.transition', { id: 'DSAR-2026-001', to: 'closed' })).message).toMatch(
      /cannot become “Closed”/,
    )
    expect((await t.fail('dsar.transition', { id: 'DSAR-2026-001', to: 'extended' })).message).toMatch(
      /Use “Extend”/,
    )
    await t.call('dsar.transition', { id: 'DSAR-2026-001', to: 'in_progress' })
    expect((await t.fail('dsar.transition', { id: 'DSAR-2026-001', to: 'answered' })).message).toMatch(
      /missing: access, erasure/,
    )
    await t.call('dsar.decisionSave', {
      caseId: 'DSAR-2026-001',
      type: 'access',
      outcome: 'granted',
      decidedOn: '2026-02-10',
    })
    const partial = await t.fail('dsar.decisionSave', {
      caseId: 'DSAR-2026-001',
      type: 'erasure',
      outcome: 'partly_granted',
      decidedOn: '2026-02-10',
    })
    expect(partial.fields).toEqual({
      ground: 'validation.dsarGroundRequired',
      reason: 'validation.dsarReasonRequired',
    })
    expect(
      (
        await t.fail('dsar.decisionSave', {
          caseId: 'DSAR-2026-001',
          type: 'portability',
          outcome: 'granted',
          decidedOn: '2026-02-10',
        })
      ).fields,
    ).toEqual({
      type: 'validation.dsarDecisionType',
    })
    await t.call('dsar.decisionSave', {
      caseId: 'DSAR-2026-001',
      type: 'erasure',
      outcome: 'partly_granted',
      ground: 'exemption',
      reason: 'Invoices must be kept for 10 years (Art. 2220 c.c.)',
      decidedOn: '2026-02-10',
    })
    expect((await t.fail('dsar.transition', { id: 'DSAR-2026-001', to: 'refused' })).message).toMatch(
      /mark the request as answered/,
    )
    const v = await t.call('dsar.transition', { id: 'DSAR-2026-001', to: 'answered', on: '2026-02-10' })
    expect(v.case).toMatchObject({ status: 'answered', answeredOn: '2026-02-10' })
    expect(v.clock.onTime).toBe(true)
    expect(v.allowedTransitions).toEqual(['closed'])
    expect(
      (
        await t.fail('dsar.eventAdd', {
          caseId: 'DSAR-2026-001',
          kind: 'id_requested',
          on: '2026-02-10',
          reason: 'x',
        })
      ).code,
    ).toBe('FORBIDDEN')
    const deadlines = await t.call('deadlines.list', {})
    expect(deadlines.find((d) => d.key === 'dsar:DSAR-2026-001')).toMatchObject({
      status: 'met',
      dueDate: '2026-03-02',
      legal: true,
    })
  })

  it('a reply after the legal limit needs the reason for the delay', async () => {
    t = await dsarTestCore('2026-03-10T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-01-31T09:15' })
    await t.call('dsar.decisionSave', {
      caseId: 'DSAR-2026-001',
      type: 'access',
      outcome: 'no_data',
      decidedOn: '2026-03-09',
    })
    expect((await t.call('dsar.get', { id: 'DSAR-2026-001' })).clock).toMatchObject({
      overdue: true,
      daysLeft: -8,
    })
    expect(
      (await t.fail('dsar.transition', { id: 'DSAR-2026-001', to: 'answered', on: '2026-03-09' })).fields,
    ).toEqual({
      lateReason: 'validation.dsarLateReason',
    })
    const v = await t.call('dsar.transition', {
      id: 'DSAR-2026-001',
      to: 'answered',
      on: '2026-03-09',
      lateReason: 'Staff illness',
    })
    expect(v.clock.onTime).toBe(false)
    expect((await t.call('deadlines.list', {})).find((d) => d.key === 'dsar:DSAR-2026-001')?.status).toBe(
      'late_with_reason',
    )
  })

  it('a refusal is late after the first month even when extended (Art. 12(4); §8 Q9)', async () => {
    t = await dsarTestCore('2026-02-20T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-01-31T09:15' })
    await t.call('dsar.extend', { id: 'DSAR-2026-001', on: '2026-02-20', reason: 'complex' })
    t.clock.set('2026-03-20T10:00:00Z')
    await t.call('dsar.decisionSave', {
      caseId: 'DSAR-2026-001',
      type: 'access',
      outcome: 'refused',
      ground: 'excessive',
      reason: 'Fifth identical request this year',
      decidedOn: '2026-03-20',
    })
    expect(
      (await t.fail('dsar.transition', { id: 'DSAR-2026-001', to: 'refused', on: '2026-03-20' })).fields,
    ).toEqual({ lateReason: 'validation.dsarLateReason' })
    const v = await t.call('dsar.transition', {
      id: 'DSAR-2026-001',
      to: 'refused',
      on: '2026-03-20',
      lateReason: 'Decided late',
    })
    expect(v.clock.onTime).toBe(false)
  })

  it('withdrawal needs a reason; identity and Art. 12(5) are recorded', async () => {
    t = await dsarTestCore('2026-02-10T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-02-02T09:15' })
    expect((await t.fail('dsar.identity', { id: 'DSAR-2026-001', status: 'verified' })).fields).toEqual({
      method: 'validation.dsarIdentityMethod',
      checkedOn: 'validation.required',
    })
    let v = await t.call('dsar.identity', {
      id: 'DSAR-2026-001',
      status: 'verified',
      method: 'account_match',
      checkedOn: '2026-02-03',
    })
    expect(v.case.identity).toMatchObject({
      status: 'verified',
      method: 'account_match',
      checkedOn: '2026-02-03',
    })
    expect((await t.fail('dsar.art125', { id: 'DSAR-2026-001', assessment: 'excessive' })).fields).toEqual({
      handling: 'validation.dsarChoose',
      reason: 'validation.dsarReasonRequired',
    })
    v = await t.call('dsar.art125', {
      id: 'DSAR-2026-001',
      assessment: 'excessive',
      handling: 'fee',
      fee: 'EUR 20',
      reason: 'Third copy this month',
    })
    expect(v.nextSteps.map((s) => s.key)).toContain('next.feeWarn')
    expect((await t.fail('dsar.transition', { id: 'DSAR-2026-001', to: 'withdrawn' })).fields).toEqual({
      reason: 'validation.dsarReasonRequired',
    })
    v = await t.call('dsar.transition', {
      id: 'DSAR-2026-001',
      to: 'withdrawn',
      reason: 'Withdrew after the fee warning',
    })
    expect(v.clock.onTime).toBeNull()
    expect((await t.call('deadlines.list', {})).find((d) => d.key === 'dsar:DSAR-2026-001')?.status).toBe(
      'not_required',
    )
  })
})

describe('search checklist', () => {
  it('keeps free-text systems with who searched and what was found, and checks register links', async () => {
    t = await dsarTestCore('2026-02-10T10:00:00Z')
    await t.call('dsar.save', { ...mario, receivedAt: '2026-02-02T09:15' })
    let v = await t.call('dsar.searchSave', {
      caseId: 'DSAR-2026-001',
      systemName: 'HubSpot CRM',
      result: 'pending',
    })
    const id = v.case.searches[0].id
    expect(v.nextSteps.map((s) => s.key)).toContain('next.search')
    expect(
      (
        await t.fail('dsar.searchSave', {
          caseId: 'DSAR-2026-001',
          id,
          systemName: 'HubSpot CRM',
          result: 'found',
        })
      ).fields,
    ).toEqual({
      searchedBy: 'validation.required',
      searchedOn: 'validation.required',
      findings: 'validation.dsarFindings',
    })
    v = await t.call('dsar.searchSave', {
      caseId: 'DSAR-2026-001',
      id,
      systemName: 'HubSpot CRM',
      result: 'found',
      searchedBy: 'Anna',
      searchedOn: '2026-02-09',
      findings: 'Contact record and 14 e-mails',
    })
    expect(v.case.searches).toHaveLength(1)
    expect(v.case.searches[0]).toMatchObject({
      result: 'found',
      searchedBy: 'Anna',
      findings: 'Contact record and 14 e-mails',
    })
    expect(
      (
        await t.fail('dsar.searchSave', {
          caseId: 'DSAR-2026-001',
          systemName: 'X',
          registerSystemId: 'nope',
          result: 'pending',
        })
      ).fields,
    ).toEqual({
      registerSystemId: 'validation.dsarUnknownSystem',
    })
    v = await t.call('dsar.searchDelete', { caseId: 'DSAR-2026-001', id })
    expect(v.case.searches).toEqual([])
    // An empty register offers nothing to tick: the panel then asks for systems by name.
    expect(await t.call('dsar.searchSources', {})).toEqual({ registerAvailable: false, systems: [], activities: [] })
    const crm = await t.call('register.saveSystem', { name: 'CRM', type: 'saas' })
    const sales = await t.call('register.saveActivity', { name: 'Sales', systemIds: [crm.id] })
    expect(await t.call('dsar.searchSources', {})).toEqual({
      registerAvailable: true,
      systems: [{ id: crm.id, name: 'CRM' }],
      activities: [{ id: sales.id, name: 'Sales', systems: [{ id: crm.id, name: 'CRM' }] }],
    })
  })
})
