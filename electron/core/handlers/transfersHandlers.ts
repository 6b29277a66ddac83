import type { Handlers } from './types'

// Handlers of the transfers module (issue 7), one per channel in shared/ipc/channels/transfers.ts.
export const transfersHandlers: Handlers = {}
