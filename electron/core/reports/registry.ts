import type { Language } from '../../../shared/reference/regimes'
import type { Workspace } from '../store/workspace'

export interface ReportContext {
  lang: Language
  fontsDir: string
  appVersion: string
  /** For per-case reports (dsar-case, breach-case, tia). */
  caseId?: string
}

/** One entry per report type; every builder uses the shared layout (layout.ts) and returns the PDF bytes. */
export type ReportBuilder = (ws: Workspace, ctx: ReportContext) => Promise<Buffer>

const builders = new Map<string, ReportBuilder>()

export function registerReport(type: string, build: ReportBuilder): void {
  builders.set(type, build)
}

export function reportBuilder(type: string): ReportBuilder | undefined {
  return builders.get(type)
}
