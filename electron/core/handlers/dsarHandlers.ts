import type { Handlers } from './types'

// Handlers of the dsar module (issue 5), one per channel in shared/ipc/channels/dsar.ts.
export const dsarHandlers: Handlers = {}
