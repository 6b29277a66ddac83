import { join } from 'node:path'
import { AUTHORITIES } from '../../../shared/reference/authorities'
import { createReport } from '../services/reportService'
import type { Handlers } from './types'

export const reportHandlers: Handlers = {
  'report.create': (input, s) =>
    createReport(s.workspace, input, {
      fontsDir: join(s.options.resourcesDir, 'fonts'),
      appVersion: s.options.appVersion ?? '0.0.0',
    }),
  'reference.authorities': () => AUTHORITIES.map((a) => ({ ...a })),
}
