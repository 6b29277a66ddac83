// Channels of the dsar module (issue 5). Spread into the contract in shared/ipc/contract.ts.
export const dsarChannels = {} as const

/** Report types this module registers (electron/core/reports). */
export const DSAR_REPORTS = [] as const
