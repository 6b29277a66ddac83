import type { Result } from '../../shared/ipc/result'
import type { Core } from '../core/coreTypes'
import { isTrustedRendererUrl } from './securityOptions'

// The check every ipcMain handler runs before the core sees a call. Electron-free, so it is
// unit-tested (security.test.ts); ipc.ts only registers it.

/** The part of an IpcMainInvokeEvent the guard reads. */
export interface InvokeSender {
  senderFrame: { url: string } | null
}

export const FORBIDDEN_MESSAGE =
  'This request did not come from the Privacy Workbench window, so it was refused. Nothing was changed.'

/** An ipcMain.handle listener for `channel`: refuses frames from anywhere but our renderer. */
export function guardedHandler(core: Pick<Core, 'invoke'>, channel: string, devServerUrl?: string) {
  return async (event: InvokeSender, input: unknown): Promise<Result<unknown>> => {
    // senderFrame is null when the frame navigated away or was destroyed before the call arrived.
    const url = event.senderFrame?.url
    if (!url || !isTrustedRendererUrl(url, devServerUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE } }
    }
    try {
      return await core.invoke(channel, input)
    } catch (err) {
      // core.invoke promises never to throw; if it does, the wall still holds.
      const detail = err instanceof Error ? err.message : String(err)
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `Something went wrong inside the app: ${detail}. Nothing was changed.`,
        },
      }
    }
  }
}
