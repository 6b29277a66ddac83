// Channels of the register module (issue 4). Spread into the contract in shared/ipc/contract.ts.
export const registerChannels = {} as const

/** Report types this module registers (electron/core/reports). */
export const REGISTER_REPORTS = [] as const
