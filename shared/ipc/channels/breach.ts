// Channels of the breach module (issue 6). Spread into the contract in shared/ipc/contract.ts.
export const breachChannels = {} as const

/** Report types this module registers (electron/core/reports). */
export const BREACH_REPORTS = [] as const
