import { join, resolve } from 'node:path'
import { ManualClock } from '../../clock'
import { createCore } from '../../createCore'
import type { Core } from '../../coreTypes'
import { tempDir } from '../../testing/tempDir'
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
  events: [string, unknown][]
  dispose(): Promise<void>
}

export async function dsarTestCore(now: string): Promise<DsarTestCore> {
  const tmp = tempDir('pwb-dsar-')
  const clock = new ManualClock(now)
  const core = createCore({
    clock,
    host: 'test',
    actor: 'tester',
    resourcesDir: resolve('resources'),
    defaultWorkspaceDir: tmp.dir,
  })
  const events: [string, unknown][] = []
  core.onEvent((name, payload) => events.push([name, payload]))
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const r = await core.invoke(channel, input)
    if (!r.ok)
      throw new Error(
        `${channel}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fields ?? {})}`,
      )
    return r.data as ChannelOutput<C>
  }
  const fail = async (channel: Channel, input: unknown): Promise<ApiError> => {
    const r = await core.invoke(channel, input)
    if (r.ok) throw new Error(`${channel} should have been refused`)
    return r.error
  }
  await call('workspace.create', {
    path: join(tmp.dir, 'dsar.pwb'),
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
  return {
    core,
    clock,
    dir: tmp.dir,
    call,
    fail,
    events,
    async dispose() {
      await core.dispose()
      tmp.cleanup()
    },
  }
}

export const mario: Omit<DsarCaseInput, 'receivedAt'> = {
  requesterName: 'Mario Rossi',
  requesterEmail: 'mario.rossi@example.com',
  relationship: 'customer',
  channel: 'email',
  regime: 'gdpr',
  requestTypes: ['access'],
}
