import { join } from 'node:path'
import type { BreachInput } from '../../../../shared/domain/breach/incident'
import type { ChannelOutput } from '../../../../shared/ipc/contract'
import type { ManualClock } from '../../clock'
import type { Core } from '../../coreTypes'
import { testCore, timerAlerts } from '../../testing/testCore'

// Test fixtures of the breach module: the test core (testCore.ts) over a workspace of its own.

export const NOW = '2026-03-27T22:40:00Z' // Friday 23:40 in Rome: the stolen laptop of the issue

export function laptopBreach(over: Partial<BreachInput> = {}): BreachInput {
  return {
    title: 'Stolen laptop with customer data',
    discoveredAt: '2026-03-27T22:30:00Z',
    discoveryHow: 'An employee reported the theft by phone',
    awareAt: '2026-03-27T22:30:00Z',
    awareBy: 'Anna Bianchi',
    natures: ['confidentiality', 'availability'],
    causeKind: 'external_malicious',
    cause: 'Laptop stolen from a car',
    subjectCategories: ['Customers'],
    subjectCount: 350,
    recordCount: 1200,
    dataCategories: [{ name: 'Contact details', special: false }],
    ...over,
  }
}

export interface Kit {
  readonly core: Core
  clock: ManualClock
  path: string
  /** The timer alerts sent so far, across restarts. */
  readonly alerts: { key: string; title: string; body: string }[]
  call<T = unknown>(channel: string, input: unknown): Promise<T>
  fail(channel: string, input: unknown): Promise<{ code: string; message: string; fields?: Record<string, string> }>
  restart(): Promise<void>
  cleanup(): Promise<void>
}

export async function breachKit(opts: { now?: string; regimes?: string[]; country?: string; timeZone?: string } = {}): Promise<Kit> {
  const tc = testCore({ at: opts.now ?? NOW, actor: 'tester' })
  const path = join(tc.dir, 'b.pwb')
  const kit: Kit = {
    get core() {
      return tc.core
    },
    clock: tc.clock,
    path,
    get alerts() {
      return timerAlerts(tc)
    },
    call: (channel, input) => tc.call(channel, input),
    fail: (channel, input) => tc.fail(channel, input),
    async restart() {
      await tc.restart()
      await tc.call('workspace.open', { path })
    },
    cleanup: () => tc.dispose(),
  }
  await kit.call('workspace.create', { path, legalName: 'Vimage S.r.l.', country: opts.country ?? 'IT', timeZone: opts.timeZone ?? 'Europe/Rome' })
  if (opts.regimes) {
    const p = await kit.call<Record<string, unknown>>('profile.get', {})
    await kit.call('profile.save', { ...p, regimes: opts.regimes })
  }
  return kit
}

export type Detail = ChannelOutput<'breach.get'>
