import { join, resolve } from 'node:path'
import type { BreachInput } from '../../../../shared/domain/breach/incident'
import type { ChannelOutput } from '../../../../shared/ipc/contract'
import { ManualClock } from '../../clock'
import { createCore } from '../../createCore'
import type { Core } from '../../coreTypes'
import { tempDir } from '../../testing/tempDir'

// Test fixtures of the breach module: a core over a temp workspace with a hand-moved clock.

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
  core: Core
  clock: ManualClock
  path: string
  alerts: { key: string; title: string; body: string }[]
  call<T = unknown>(channel: string, input: unknown): Promise<T>
  fail(channel: string, input: unknown): Promise<{ code: string; message: string; fields?: Record<string, string> }>
  restart(): Promise<void>
  cleanup(): Promise<void>
}

export async function breachKit(opts: { now?: string; regimes?: string[]; country?: string; timeZone?: string } = {}): Promise<Kit> {
  const tmp = tempDir()
  const clock = new ManualClock(opts.now ?? NOW)
  const path = join(tmp.dir, 'b.pwb')
  const alerts: Kit['alerts'] = []
  const make = () => {
    const core = createCore({ clock, host: 'test', actor: 'tester', resourcesDir: resolve('resources'), defaultWorkspaceDir: tmp.dir })
    core.onEvent((name, p) => {
      if (name === 'timer.alert') {
        const a = p as { key: string; title: string; body: string }
        alerts.push({ key: a.key, title: a.title, body: a.body })
      }
    })
    return core
  }
  const kit: Kit = {
    core: make(),
    clock,
    path,
    alerts,
    async call<T>(channel: string, input: unknown) {
      const r = await kit.core.invoke(channel, input)
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fields ?? {})}`)
      return r.data as T
    },
    async fail(channel: string, input: unknown) {
      const r = await kit.core.invoke(channel, input)
      if (r.ok) throw new Error(`${channel} should have failed`)
      return r.error
    },
    async restart() {
      await kit.core.dispose()
      kit.core = make()
      await kit.call('workspace.open', { path })
    },
    async cleanup() {
      await kit.core.dispose()
      tmp.cleanup()
    },
  }
  await kit.call('workspace.create', { path, legalName: 'Vimage S.r.l.', country: opts.country ?? 'IT', timeZone: opts.timeZone ?? 'Europe/Rome' })
  if (opts.regimes) {
    const p = await kit.call<Record<string, unknown>>('profile.get', {})
    await kit.call('profile.save', { ...p, regimes: opts.regimes })
  }
  return kit
}

export type Detail = ChannelOutput<'breach.get'>
