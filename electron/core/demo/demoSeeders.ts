import type { Clock } from '../clock'
import type { Workspace } from '../store/workspace'

export interface DemoContext {
  ws: Workspace
  resourcesDir: string
  clock: Clock
}

/** A module's demo data; seeders run in `order` (register before the modules that link to it). */
export interface DemoSeeder {
  order: number
  name: string
  seed(ctx: DemoContext): void
}

const seeders: DemoSeeder[] = []

export function registerDemoSeeder(s: DemoSeeder): void {
  if (!seeders.some((x) => x.name === s.name)) seeders.push(s)
}

export function demoSeeders(): DemoSeeder[] {
  return [...seeders].sort((a, b) => a.order - b.order)
}
