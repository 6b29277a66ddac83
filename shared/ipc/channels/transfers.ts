// Channels of the transfers module (issue 7). Spread into the contract in shared/ipc/contract.ts.
export const transfersChannels = {} as const

/** Report types this module registers (electron/core/reports). */
export const TRANSFERS_REPORTS = [] as const
