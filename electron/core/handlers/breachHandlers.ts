import type { Handlers } from './types'

// Handlers of the breach module (issue 6), one per channel in shared/ipc/channels/breach.ts.
export const breachHandlers: Handlers = {}
