import { join } from 'node:path'
import type { ManualClock } from '../../clock'
import type { Core } from '../../coreTypes'
import { testCore } from '../../testing/testCore'
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract'
import type { ApiError } from '../../../../shared/ipc/result'
import type { DsarCaseInput } from '../../../../shared/domain/dsar/inputs'

// A core over a temp workspace for the DSAR tests: an Italian controller (Europe/Rome) on a hand-moved clock.

export interface DsarTestCore {
  core: Core
  clock: ManualClock
  dir: string
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
  fail(channel: Channel, input: unknown): Promise<ApiError>
  /** Every event the core sent (testCore.ts). */
  events: { name: string; payload: unknown }[]
  dispose(): Promise<void>
}

export async function dsarTestCore(now: string): Promise<DsarTestCore> {
  const tc = testCore({ at: now, actor: 'tester' })
  // Typed by the contract: each channel's input is checked and its output inferred.
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    tc.call<ChannelOutput<C>>(channel, input)
  await call('workspace.create', {
    path: join(tc.dir, 'dsar.pwb'),
    legalName: 'Vimage S.r.l.',
    country: 'IT',
    timeZone: 'Europe/Rome',
  })
  const profile = await call('profile.get', {})
  await call('profile.save', {
    ...profile,
    contactEmail: 'privacy@vimage.it',
    regimes: ['gdpr', 'uk_gdpr', 'ccpa'],
  })
  return { ...tc, call }
}

export const mario: Omit<DsarCaseInput, 'receivedAt'> = {
  requesterName: 'Mario Rossi',
  requesterEmail: 'mario.rossi@example.com',
  relationship: 'customer',
  channel: 'email',
  regime: 'gdpr',
  requestTypes: ['access'],
}
