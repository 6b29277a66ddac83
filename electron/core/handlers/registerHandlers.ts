import type { Handlers } from './types'

// Handlers of the register module (issue 4), one per channel in shared/ipc/channels/register.ts.
export const registerHandlers: Handlers = {}
