// The one IPC channel that carries push events (main -> renderer), as (name, payload).
// Shared by electron/main/ipc.ts (sender) and the preload (receiver); no Electron import.
export const EVENT_CHANNEL = 'pwb:event'
