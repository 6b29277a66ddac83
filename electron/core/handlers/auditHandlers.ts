import { listAudit, verifyAudit } from '../audit/auditLog'
import type { Handlers } from './types'

export const auditHandlers: Handlers = {
  'audit.list': (input, s) => s.workspace.read((db) => listAudit(db, input.limit)),
  'audit.verify': (_i, s) => s.workspace.read(verifyAudit),
}
