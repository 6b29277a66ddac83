import type { Language } from '../../../shared/reference/regimes'
import type { Clock } from '../clock'
import type { Workspace } from '../store/workspace'

/** The sample organisations a demo workspace can be made from (resources/demo/<sample>/). */
export const DEMO_SAMPLES = ['vimage', 'virtual-contact'] as const
export type DemoSample = (typeof DEMO_SAMPLES)[number]

export interface DemoContext {
  ws: Workspace
  resourcesDir: string
  clock: Clock
  /** Which sample organisation is being built; seeders with data for one sample only check it. */
  sample: DemoSample
  /** The language of the demo's texts (and of the workspace): each seeder localizes its data to it. */
  language: Language
}

/**
 * A module's demo data; seeders run in `order` (register before the modules that link to it), one after
 * the other. Most are synchronous; a seeder whose records need asynchronous work (the DSAR demo prints its
 * letters to PDF, each at its point in the case's history) returns a promise, awaited before the next runs.
 */
export interface DemoSeeder {
  order: number
  name: string
  seed(ctx: DemoContext): void | Promise<void>
}

const seeders: DemoSeeder[] = []

export function registerDemoSeeder(s: DemoSeeder): void {
  if (!seeders.some((x) => x.name === s.name)) seeders.push(s)
}

export function demoSeeders(): DemoSeeder[] {
  return [...seeders].sort((a, b) => a.order - b.order)
}
